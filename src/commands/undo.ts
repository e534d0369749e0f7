import type { Context } from '../context.js';
import { localDate } from '../domain/dates.js';
import { outcome, type Outcome } from '../outcome.js';
import { clean } from '../ui/text.js';

/** `followup undo [customer]`: takes back the tool's last write, when the file did not change since. */
export default async function undo(ctx: Context, [query]: string[]): Promise<Outcome> {
  const book = ctx.notebook();
  const relPath = query === undefined ? undefined : (await book.find(query, { for: 'write' }).catch(async (e) => {
    // A file the tool created and that now cannot be read is still its own to take back.
    const { keys } = await book.keys();
    const exact = keys.find((k) => k.relPath === query || k.slug === query.replace(/\.md$/, ''));
    if (exact) return { relPath: exact.relPath };
    throw e;
  })).relPath;
  const done = await book.undo(relPath);
  // The local time of the write, to the minute: what a person remembers of it.
  const at = new Date(done.at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = `${localDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return outcome({
    result: { file: done.file, at: at.toISOString(), created: done.created },
    view: (r, { t }) => [t.undo.done(clean(r.file), when, r.created)],
  });
}
