/** What most commands do first: load the notebook, pick a customer, summarise. */
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { UserError } from '../domain/errors.js';
import { resolveCustomer } from '../domain/resolve.js';
import { summarize, type Summary } from '../domain/summary.js';
import { FormatError } from '../domain/errors.js';
import { parseCustomer } from '../domain/format.js';
import { slugOf } from '../domain/slug.js';
import { messages as m } from '../i18n/messages.js';
import type { Customer, FileProblem } from '../domain/types.js';
import type { Notebook } from '../store/notebook.js';
import { clean } from '../ui/text.js';

export interface Opened {
  book: Notebook;
  config: Config;
  customers: Customer[];
  /** Files skipped because they could not be read (already reported). */
  problems: FileProblem[];
  /** Every Markdown file in the notebook. */
  files: string[];
}

/** Loads every customer; files that cannot be read are reported on stderr and left out. */
export async function openNotebook(ctx: Context): Promise<Opened> {
  const book = ctx.notebook();
  const config = await book.config();
  const { customers, problems, files } = await book.load();
  ctx.reportProblems(problems);
  return { book, config, customers, problems, files };
}

/** The customer a person means, or a UserError naming the candidates. */
export function pickCustomer({ customers, problems }: Pick<Opened, 'customers' | 'problems'>, query: string): Customer {
  const r = resolveCustomer(customers, query);
  if ('customer' in r) return r.customer;
  if (r.candidates.length === 0) {
    const q = query.normalize('NFKC').toLowerCase().replace(/\.md$/, '');
    const skipped = problems.find((p) => p.relPath.normalize('NFKC').toLowerCase().replace(/\.md$/, '').split('/').pop()!.includes(q));
    if (skipped && q !== '') {
      throw new UserError(m.pick.skipped(clean(query), clean(skipped.relPath), clean(skipped.reason)));
    }
    throw new UserError(m.pick.noMatch(clean(query)));
  }
  const names = r.candidates.slice(0, 8).map((c) => m.pick.candidate(clean(c.profile.name), clean(c.relPath.replace(/\.md$/i, ''))));
  throw new UserError(m.pick.ambiguous(clean(query), r.candidates.length, names, Math.max(0, r.candidates.length - 8)));
}

export function summarizeAll(o: Opened, today: string): Summary[] {
  return o.customers.map((c) => summarize(c, o.config, today));
}

/**
 * Rewrites a customer file through `change`, which gets the file's text as it is now and the
 * customer read from that text (so checks run on what is really there, not on an earlier read).
 * A result the tool could not read back is refused, nothing written: an edit must never turn a
 * customer into a skipped file. Returns the customer as written.
 */
export async function updateCustomer(
  book: Notebook,
  relPath: string,
  change: (text: string, current: Customer) => string,
): Promise<Customer> {
  const read = (text: string, unreadable: (reason: string) => Error): Customer => {
    try {
      const doc = parseCustomer(text);
      if (doc === null) throw new FormatError(m.update.notACustomer);
      return { ...doc, slug: slugOf(relPath), relPath };
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      throw unreadable(e.line ? `line ${e.line}: ${e.message}` : e.message);
    }
  };
  let written: Customer | null = null;
  await book.update(relPath, (text) => {
    const out = change(text, read(text, (reason) => new UserError(`${relPath}: ${reason}`)));
    written = read(out, (reason) => new Error(m.update.unreadable(relPath, reason)));
    return out;
  });
  return written!;
}
