/** What report commands do first: open the notebook, read every customer's digest, summarise. */
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { issue, UserError, type Issue } from '../domain/errors.js';
import { append } from '../domain/lists.js';
import { sameStage } from '../domain/method/stages.js';
import { currentStage, summarize, type Summary } from '../domain/summary.js';
import type { CustomerFacts, FileProblem } from '../domain/types.js';
import type { Notebook } from '../store/notebook.js';

export interface Opened {
  book: Notebook;
  config: Config;
  digests: CustomerFacts[];
  /** Files skipped because they could not be read, and what was read and not counted (warnings). */
  problems: FileProblem[];
  /** Every customer of the notebook, filtered out or not. */
  customers: number;
}

/** What every report may be narrowed to: a tag, a stage, a folder of the notebook (a region), an owner. */
interface Filter {
  tag?: string | undefined;
  stage?: string | undefined;
  folder?: string | undefined;
  owner?: string | undefined;
}

/** Whether a customer's `owner:` (one name, or a list of names) names `owner`; case does not count. */
function ownedBy(d: CustomerFacts, owner: string): boolean {
  const want = owner.trim().toLowerCase();
  return d.profile.owners.some((n) => n.toLowerCase() === want);
}

/** True when a customer passes the filter: its tag, its stage now, its file under the folder, its owner. */
function matches(d: CustomerFacts, f: Filter, today: string): boolean {
  if (f.tag !== undefined) {
    const tag = f.tag.trim().replace(/^#/, '').toLowerCase();
    if (!d.profile.tags.some((t) => t.toLowerCase() === tag)) return false;
  }
  if (f.stage !== undefined && !sameStage(currentStage(d, today), f.stage.trim())) return false;
  if (f.folder !== undefined) {
    const folder = f.folder.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '').toLowerCase();
    if (folder !== '' && !d.relPath.toLowerCase().startsWith(`${folder}/`)) return false;
  }
  if (f.owner !== undefined && !ownedBy(d, f.owner)) return false;
  return true;
}

/** What a report opens when it needs only the summaries: the filtered customers, each summarised as it came. */
export interface OpenedSummaries extends Omit<Opened, 'digests'> {
  summaries: Summary[];
}

/**
 * Every customer's digest that passes the filter; files that cannot be read come back as
 * problems, to be reported. `customers` counts them all, so a view can tell an empty notebook
 * from a filter that matches nobody.
 */
export async function openDigests(ctx: Context, filter: Filter = {}): Promise<Opened> {
  const { kept, ...opened } = await openEach(ctx, filter, (d) => d);
  return { ...opened, digests: kept };
}

/** As openDigests, each customer summarised as of today as its digest comes, so that no digest is kept. */
export async function openSummaries(ctx: Context, filter: Filter = {}): Promise<OpenedSummaries> {
  const { kept, ...opened } = await openEach(ctx, filter, (d, config) => summarize(d, config, ctx.today));
  return { ...opened, summaries: kept };
}

/** The notebook and its config, and what `keep` makes of each customer that passes the filter, as the digests come. */
async function openEach<T>(ctx: Context, filter: Filter, keep: (d: CustomerFacts, config: Config) => T): Promise<Omit<Opened, 'digests'> & { kept: T[] }> {
  const book = ctx.notebook();
  const config = await book.config();
  const kept: T[] = [];
  const owner = filter.owner;
  const owners: string[] = [];
  let owned = false;
  let customers = 0;
  const problems = await book.eachDigest((d) => {
    customers++;
    if (owner !== undefined) {
      owned ||= ownedBy(d, owner);
      append(owners, d.profile.owners);
    }
    if (matches(d, filter, ctx.today)) kept.push(keep(d, config));
  });
  if (owner !== undefined && !owned) {
    // Most likely a typo: say which owners there are rather than print an empty report.
    const names = new Map(owners.sort().map((n) => [n.toLowerCase(), n]));
    throw new UserError(issue('owner.none', { owner, owners: [...names.values()] }));
  }
  return { book, config, problems, customers, kept };
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
