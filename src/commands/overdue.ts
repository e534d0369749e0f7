import type { Context } from '../context.js';
import { buildReview } from '../domain/review.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { reviewView } from '../ui/views/review.js';
import { openDigests, skipped, summarizeAll } from './shared.js';

/** `followup overdue`: the weekly review of the rhythm. */
export default async function overdue(ctx: Context, _args: string[], o: OptionsOf<'overdue'>): Promise<Outcome> {
  const opened = await openDigests(ctx, { owner: o.owner });
  const review = buildReview(summarizeAll(opened, ctx.today), ctx.today);
  return outcome({ result: review, view: reviewView, warnings: skipped(opened.problems), code: o.exitCode && review.items.length > 0 ? 1 : 0 });
}
