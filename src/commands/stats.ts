import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { issue, UserError } from '../domain/errors.js';
import { buildStats, defaultSince } from '../domain/stats.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { statsView } from '../ui/views/stats.js';
import { openDigests, skipped } from './shared.js';

/** `followup stats`: contacts per week, rhythm, close-ask rate, funnel and outcomes of a period. */
export default async function stats(ctx: Context, _args: string[], o: OptionsOf<'stats'>): Promise<Outcome> {
  const until = o.until ? parseUserDate(o.until, ctx.today, '--until') : ctx.today;
  const since = o.since ? parseUserDate(o.since, ctx.today, '--since') : defaultSince(until);
  if (since > until) throw new UserError(issue('stats.sinceAfterUntil', { since, until }));
  const opened = await openDigests(ctx, o);
  const result = buildStats(opened.digests, opened.config, since, until);
  return outcome({ result, view: statsView, warnings: skipped(opened.problems) });
}
