/**
 * `followup merge-file %O %A %B %L %P`: git's merge driver for customer files (registered by
 * `init`). Writes the merge into %A; exit 0 when clean, 1 when conflict markers were left.
 * A file this merge does not know (no front matter, not UTF-8) gets git's own line merge.
 */
import type { Context } from '../context.js';
import { hasFrontMatter, mergeCustomer } from '../domain/merge.js';
import { outcome, type Outcome } from '../outcome.js';
import { readText, replaceFile } from '../store/fs.js';

export default async function mergeFile(ctx: Context, [base, ours, theirs, size]: string[]): Promise<Outcome> {
  const markerSize = size && /^\d+$/.test(size) && Number(size) > 0 ? Number(size) : 7;
  let merged: { text: string; conflicts: number } | null = null;
  try {
    const [b, a, t] = await Promise.all([readText(base!), readText(ours!), readText(theirs!)]);
    if (hasFrontMatter(a) || hasFrontMatter(t)) merged = mergeCustomer(b, a, t, { markerSize });
  } catch {
    // Not text this tool reads, or a case the merge did not foresee: git's line merge still
    // leaves both sides in the file, with markers where they differ, so nothing is lost.
    merged = null;
  }
  if (merged === null) {
    const { lineMerge } = await import('../adapters/git.js');
    return outcome({ result: null, code: (await lineMerge(ours!, base!, theirs!, markerSize, ctx.io.env)) ? 0 : 1 });
  }
  await replaceFile(ours!, merged.text);
  return outcome({ result: null, code: merged.conflicts > 0 ? 1 : 0 });
}
