import type { Context } from '../context.js';
import { buildReview } from '../domain/review.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { reviewView } from '../ui/views/review.js';
import { openSummaries, skipped } from './shared.js';

/** `followup overdue`: the weekly review of the rhythm. */
export default async function overdue(ctx: Context, _args: string[], o: OptionsOf<'overdue'>): Promise<Outcome> {
  const opened = await openSummaries(ctx, o);
  const review = buildReview(opened.summaries, ctx.today);
  return outcome({ result: review, view: reviewView, warnings: skipped(opened.problems), code: o.exitCode && review.items.length > 0 ? 1 : 0 });
}
