/**
 * Heat: the water on the stove (docs/method.md). Each contact brings the deal part of the way
 * to 100 degrees, more when it moved the stage or asked for the close; a gap longer than the
 * cadence cools it, slowly at first and fast once the gap is well past the cadence.
 */
import type { Config, HeatSettings } from '../config.js';
import { daysBetween, type IsoDate } from '../dates.js';
import type { EntryFacts } from '../types.js';
import { isForward, stageSteps } from './stages.js';

export interface HeatPoint {
  date: IsoDate;
  heat: number;
}

/** What is left of `heat` after `gap` days between contacts, for a given cadence. */
export function cool(heat: number, gap: number, cadence: number, s: HeatSettings): number {
  const late = (gap - cadence) / cadence;
  if (late <= 0) return heat;
  return heat / (1 + (late / s.halfOverdue) ** 2);
}

/** Heat now and after every contact, from entries in chronological order. */
export function heatOf(ordered: EntryFacts[], cadence: number, config: Config, today: IsoDate) {
  const s = config.heat;
  const history: HeatPoint[] = [];
  let heat = 0;
  let previous: IsoDate | null = null;
  for (const { entry: e, change } of stageSteps(ordered)) {
    const advanced = change !== undefined && isForward(change.from, e.stage!.to, config.stages);
    if (!e.isContact || e.date > today) continue;
    if (previous !== null) heat = cool(heat, daysBetween(e.date, previous), cadence, s);
    const share = Math.min(1, s.contact + (advanced ? s.progress : 0) + (e.closeAsked ? s.close : 0));
    heat += (100 - heat) * share;
    previous = e.date;
    history.push({ date: e.date, heat: Math.round(heat) });
  }
  if (previous !== null) heat = cool(heat, daysBetween(today, previous), cadence, s);
  return { heat: Math.round(heat), history };
}
