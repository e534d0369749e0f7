/** What most commands do first: load the notebook, pick a customer, summarise. */
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import { UserError } from '../domain/errors.js';
import { resolveCustomer } from '../domain/resolve.js';
import { summarize, type Summary } from '../domain/summary.js';
import type { Customer } from '../domain/types.js';
import type { Notebook } from '../store/notebook.js';
import { clean } from '../ui/text.js';

export interface Opened {
  book: Notebook;
  config: Config;
  customers: Customer[];
}

/** Loads every customer; files that cannot be read are reported on stderr and left out. */
export async function openNotebook(ctx: Context): Promise<Opened> {
  const book = ctx.notebook();
  const config = await book.config();
  const { customers, problems } = await book.load();
  ctx.reportProblems(problems);
  return { book, config, customers };
}

/** The customer a person means, or a UserError naming the candidates. */
export function pickCustomer(customers: Customer[], query: string): Customer {
  const r = resolveCustomer(customers, query);
  if ('customer' in r) return r.customer;
  if (r.candidates.length === 0) {
    throw new UserError(`no customer matches '${clean(query)}'; 'followup list' shows them all`);
  }
  const names = r.candidates.slice(0, 8).map((c) => `${clean(c.profile.name)} (${clean(c.relPath.replace(/\.md$/i, ''))})`);
  const more = r.candidates.length > 8 ? ` and ${r.candidates.length - 8} more` : '';
  throw new UserError(`'${clean(query)}' matches ${r.candidates.length} customers: ${names.join(', ')}${more}; be more specific`);
}

export function summarizeAll(o: Opened, today: string): Summary[] {
  return o.customers.map((c) => summarize(c, o.config, today));
}
