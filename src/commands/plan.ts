import type { Context } from '../context.js';
import { appendBlock, renderEntry } from '../domain/format.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { buildPlan, planWindow, type PlanDay } from '../domain/plan.js';
import type { Summary } from '../domain/summary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { planView, type PlanResult } from '../ui/views/plan.js';
import { openDigests, skipped, summarizeAll, type Opened } from './shared.js';

/** `followup plan`: the visits due in the coming working days, spread within capacity. */
export default async function plan(ctx: Context, _args: string[], o: OptionsOf<'plan'>): Promise<Outcome> {
  const opened = await openDigests(ctx, { owner: o.owner });
  const { config } = opened;
  const window = planWindow(ctx.today, config.workdays, { days: o.days, week: o.week });
  const placed = buildPlan(summarizeAll(opened, ctx.today), ctx.today, window, config.capacity);
  const applied = o.apply ? await apply(ctx, opened, placed.days) : 0;
  const again = ['followup plan', o.week ? '--week' : o.days ? `--days ${o.days}` : '', '--apply'].filter(Boolean).join(' ');
  const result: PlanResult = {
    from: window.from,
    until: window.until,
    today: placed.today,
    days: placed.days,
    unplaced: placed.unplaced,
    applied,
    capacity: config.capacity,
    applyWith: o.apply ? null : again,
  };
  return outcome({ result, view: planView, json: ({ capacity: _c, applyWith: _a, ...rest }) => rest, warnings: skipped(opened.problems) });
}

/** A plan entry dated today for each placed customer not already planned on that day. */
async function apply(ctx: Context, opened: Opened, days: PlanDay<Summary>[]): Promise<number> {
  const vocab = LOCALES[opened.config.locale];
  let written = 0;
  for (const day of days) {
    for (const s of day.items) {
      // Already due that day (by plan or by rhythm), or kept on today's agenda: nothing to write.
      if (s.due === day.date || day.date === ctx.today) continue;
      const next = [day.date, s.nextAction].filter(Boolean).join(' ');
      const block = renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, vocab);
      await opened.book.update(s.path, (text) => appendBlock(text, block));
      written++;
    }
  }
  return written;
}
