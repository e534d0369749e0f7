/** What report commands do first: open the notebook, read every customer's digest, summarise. */
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { issue, type Issue } from '../domain/errors.js';
import { summarize, type Summary } from '../domain/summary.js';
import type { Digest, FileProblem } from '../domain/types.js';
import type { Notebook } from '../store/notebook.js';

export interface Opened {
  book: Notebook;
  config: Config;
  digests: Digest[];
  /** Files skipped because they could not be read. */
  problems: FileProblem[];
  /** Every Markdown file in the notebook. */
  files: string[];
}

/** Every customer's digest; files that cannot be read come back as problems, to be reported. */
export async function openDigests(ctx: Context): Promise<Opened> {
  const book = ctx.notebook();
  const config = await book.config();
  const { digests, problems, files } = await book.digests();
  return { book, config, digests, problems, files };
}

/**
 * A warning for each file that was skipped, so the rest of a report still prints, and for each
 * part of a file that was read and not counted (a date-like heading, an entry in a comment).
 */
export function skipped(problems: FileProblem[]): Issue[] {
  return problems.map((p) =>
    p.warning ? issue('file.notCounted', { file: p.relPath, issue: p.issue, line: p.line }) : issue('file.skipped', { file: p.relPath, issue: p.issue, line: p.line }),
  );
}

export function summarizeAll(o: Pick<Opened, 'digests' | 'config'>, today: string): Summary[] {
  return o.digests.map((c) => summarize(c, o.config, today));
}
