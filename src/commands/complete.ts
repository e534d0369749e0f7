/**
 * `followup __complete customers`: what a completion script offers after a command that takes
 * a customer: every customer file's handle, one a line. File names only, no file is read, so it
 * stays fast on thousands of customers; nothing on stderr, whatever happens.
 */
import type { Context } from '../context.js';
import { slugOf } from '../domain/slug.js';
import { outcome, type Outcome } from '../outcome.js';

export default async function complete(ctx: Context, [what]: string[]): Promise<Outcome> {
  let words: string[] = [];
  if (what === 'customers') {
    try {
      words = (await ctx.notebook().files()).files.map(slugOf);
    } catch {
      // No notebook here: nothing to offer.
    }
  }
  return outcome({ result: words, view: (w: string[]) => w });
}
