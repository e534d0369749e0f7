import path from 'node:path';
import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { checkStage } from '../domain/entry.js';
import { Failure, issue, UserError } from '../domain/errors.js';
import { oneLine, renderEntry } from '../domain/format.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { slugKey, slugOf } from '../domain/slug.js';
import { outcome, type Outcome } from '../outcome.js';
import { nameKey } from '../domain/resolve.js';
import type { OptionsOf } from '../specs.js';
import { createCustomer } from './customer-file.js';

/** `followup new <name>`: creates the customer's file from the template and prints its path. */
export default async function newCustomer(ctx: Context, [rawName]: string[], opts: OptionsOf<'new'>): Promise<Outcome> {
  const name = oneLine(rawName ?? '');
  if (name === '') throw new UserError(issue('new.noName'));
  const book = ctx.notebook();
  const config = await book.config();
  // Every deal starts somewhere: without --stage, at the first configured stage.
  const stage = opts.stage === undefined ? config.stages[0] : checkStage(opts.stage, config);
  const next = opts.next === undefined ? undefined : parseUserDate(opts.next, ctx.today, '--next');
  if (next !== undefined && next < ctx.today) throw new UserError(issue('new.nextBeforeToday', { next, today: ctx.today }));
  // Only the names are needed to refuse a twin: the front matter of each file, not its entries.
  const { keys, files } = await book.keys();
  const twin = keys.find((c) => c.name !== null && nameKey(c.name) === nameKey(name));
  if (twin) throw new UserError(issue('new.exists', { name, file: twin.relPath }));

  const folder = (opts.folder ?? '').replace(/\\/g, '/').replace(/\/+$/, '');
  // Only folders the notebook reads: relative, no dot-folders or node_modules, printable names.
  const unread = (part: string) => part === '' || part === '..' || part.startsWith('.') || part === 'node_modules';
  if (folder !== '' && (/^\/|^[A-Za-z]:/.test(folder) || /[\x00-\x1f\x7f]/.test(folder) || folder.split('/').some(unread))) {
    throw new UserError(issue('new.badFolder', { given: opts.folder ?? '' }));
  }
  const entries = next ? [renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[config.locale])] : [];
  const draft = { name, contact: opts.contact, phone: opts.phone, stage, cadence: opts.cadence, tags: opts.tag, folder, entries };
  const taken = new Set(files.map((f) => slugKey(slugOf(f))));
  const { slug, relPath } = await createCustomer(book, config, ctx.today, draft, taken).catch((e: NodeJS.ErrnoException & { errno?: string }) => {
    const code = e instanceof Failure ? e.errno : e.code;
    if (folder && (code === 'ENOTDIR' || code === 'EEXIST')) throw new UserError(issue('new.folderInTheWay', { folder }));
    throw e;
  });
  const full = book.display(relPath);
  const shown = path.relative(ctx.io.cwd, full).startsWith('..') ? full : path.relative(ctx.io.cwd, full);
  return outcome({ result: { slug, name, path: relPath, file: full }, view: () => [shown] });
}
