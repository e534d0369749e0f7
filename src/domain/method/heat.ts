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

/**
 * Heat now and after every contact day, from entries in chronological order. Contacts on one
 * day count once (the best of them). A day that moved the stage gets the full share; each
 * contact day since the stage last moved gets half the contact share of the one before, so
 * contacts that make no progress add less and less and a stalled deal cannot be hot.
 */
export function heatOf(ordered: EntryFacts[], cadence: number, config: Config, today: IsoDate) {
  const s = config.heat;
  const days: { date: IsoDate; advanced: boolean; closed: boolean }[] = [];
  for (const { entry: e, change } of stageSteps(ordered)) {
    if (!e.isContact || e.date > today) continue;
    const advanced = change !== undefined && isForward(change.from, e.stage!.to, config.stages);
    const last = days[days.length - 1];
    if (last && last.date === e.date) {
      last.advanced ||= advanced;
      last.closed ||= e.closeAsked === true;
    } else days.push({ date: e.date, advanced, closed: e.closeAsked === true });
  }
  const history: HeatPoint[] = [];
  let heat = 0;
  let previous: IsoDate | null = null;
  let still = 0; // contact days since the stage last moved forward
  for (const d of days) {
    if (previous !== null) heat = cool(heat, daysBetween(d.date, previous), cadence, s);
    still = d.advanced ? 0 : still + (previous === null ? 0 : 1);
    const share = Math.min(1, (s.contact + (d.advanced ? s.progress : 0) + (d.closed ? s.close : 0)) / 2 ** still);
    heat += (100 - heat) * share;
    previous = d.date;
    history.push({ date: d.date, heat: Math.round(heat) });
  }
  if (previous !== null) heat = cool(heat, daysBetween(today, previous), cadence, s);
  return { heat: Math.round(heat), history };
}
