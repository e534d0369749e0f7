import type { Context } from '../context.js';
import { Failure, issue, UserError, type Issue } from '../domain/errors.js';
import { appendBlock, renderEntry } from '../domain/format.js';
import { localeOfText } from '../domain/format/detect.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { buildPlan, planWindow, type PlanDay } from '../domain/plan.js';
import type { Summary } from '../domain/summary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { planView, type PlanResult } from '../ui/views/plan.js';
import { openSummaries, skipped, type OpenedSummaries } from './shared.js';

/** `followup plan`: the visits due in the coming working days, spread within capacity. */
export default async function plan(ctx: Context, _args: string[], o: OptionsOf<'plan'>): Promise<Outcome> {
  const opened = await openSummaries(ctx, o);
  const { config } = opened;
  const window = planWindow(ctx.today, config.workdays, { days: o.days, week: o.week });
  const placed = buildPlan(opened.summaries, ctx.today, window, config.capacity);
  const { written, failed } = o.apply ? await apply(ctx, opened, placed.days) : { written: [], failed: [] };
  const applied = written.length;
  const again = ['followup plan', o.week ? '--week' : o.days ? `--days ${o.days}` : '', '--apply'].filter(Boolean).join(' ');
  const result: PlanResult = {
    from: window.from,
    until: window.until,
    days: placed.days,
    unplaced: placed.unplaced,
    applied,
    capacity: config.capacity,
    applyWith: o.apply ? null : again,
  };
  // Some files written and some not: say exactly which, and fail, rather than claim either.
  const partial = failed.length > 0 ? [issue('plan.partial', { written, failed })] : [];
  return outcome({
    result,
    view: planView,
    json: ({ capacity: _c, applyWith: _a, ...rest }) => ({ ...rest, written, failed: failed.map((f) => f.file) }),
    warnings: [...skipped(opened.problems), ...partial],
    code: failed.length > 0 ? 1 : 0,
  });
}

/**
 * A plan entry dated today for each placed customer not already planned on that day. A file
 * that cannot be written does not stop the others; each one is accounted for.
 */
async function apply(ctx: Context, opened: OpenedSummaries, days: PlanDay<Summary>[]): Promise<{ written: string[]; failed: { file: string; issue: Issue }[] }> {
  const written: string[] = [];
  const failed: { file: string; issue: Issue }[] = [];
  for (const day of days) {
    for (const s of day.items) {
      // Already due that day (by plan or by rhythm), or kept on today's agenda: nothing to write.
      if (s.due === day.date || day.date === ctx.today) continue;
      const next = [day.date, s.nextAction].filter(Boolean).join(' ');
      // In the words the file is written in, whatever the notebook's locale.
      const block = (text: string) => renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[localeOfText(text, opened.config.locale)]);
      try {
        await opened.book.update(s.path, (text) => appendBlock(text, block(text)));
        written.push(s.path);
      } catch (e) {
        if (!(e instanceof Failure || e instanceof UserError)) throw e;
        failed.push({ file: s.path, issue: e.issue });
      }
    }
  }
  return { written, failed };
}
