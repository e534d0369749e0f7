/** What report commands do first: open the notebook, read every customer's digest, summarise. */
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { issue, UserError, type Issue } from '../domain/errors.js';
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

/** Whether a customer's `owner:` (one name, or a list of names) names `owner`; case does not count. */
export function ownedBy(fields: Record<string, unknown>, owner: string): boolean {
  const want = owner.trim().toLowerCase();
  return ownerNames(fields).some((n) => n.toLowerCase() === want);
}

/** The names in a customer's `owner:` key, as written. */
function ownerNames(fields: Record<string, unknown>): string[] {
  const value = fields.owner;
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return names.filter((n): n is string => typeof n === 'string').map((n) => n.trim()).filter(Boolean);
}

/**
 * Every customer's digest (with `owner`, only that rep's customers); files that cannot be read
 * come back as problems, to be reported.
 */
export async function openDigests(ctx: Context, o: { owner?: string | undefined } = {}): Promise<Opened> {
  const book = ctx.notebook();
  const config = await book.config();
  const { digests: all, problems, files } = await book.digests();
  const owner = o.owner;
  const digests = owner === undefined ? all : all.filter((d) => ownedBy(d.profile.fields, owner));
  if (owner !== undefined && digests.length === 0) {
    // Most likely a typo: say which owners there are rather than print an empty report.
    const owners = new Map(all.flatMap((d) => ownerNames(d.profile.fields)).sort().map((n) => [n.toLowerCase(), n]));
    throw new UserError(issue('owner.none', { owner, owners: [...owners.values()] }));
  }
  return { book, config, digests, problems, files };
}

/** A warning for each file that was skipped, so the rest of a report still prints. */
export function skipped(problems: FileProblem[]): Issue[] {
  return problems.map((p) => issue('file.skipped', { file: p.relPath, issue: p.issue, line: p.line }));
}

export function summarizeAll(o: Pick<Opened, 'digests' | 'config'>, today: string): Summary[] {
  return o.digests.map((c) => summarize(c, o.config, today));
}
