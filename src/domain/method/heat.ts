/**
 * Heat: the water on the stove (docs/method.md). Each contact brings the deal part of the way
 * to 100 degrees, more when it moved the stage or asked for the close; a gap longer than the
 * cadence cools it, slowly at first and fast once the gap is well past the cadence.
 */
import type { Config, HeatSettings } from '../config.js';
import { fromDay, toDay, type IsoDate } from '../dates.js';
import { CLOSE_ASKED, CONTACT, FactsCursor, MOVED } from '../facts.js';
import type { ReportFacts } from '../types.js';
import { isForward } from './stages.js';

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
 * Heat now and after every contact day, from a customer's packed facts. Contacts on one day
 * count once (the best of them). A day that moved the stage forward gets the full share; each
 * contact day since the stage last moved forward gets half the contact share of the one before, so contacts
 * that make no progress add less and less and a stalled deal cannot be hot.
 */
export function heatOf(facts: ReportFacts, cadence: number, config: Config, today: IsoDate): { heat: number; history: HeatPoint[] } {
  const history: HeatPoint[] = [];
  return { heat: heatWalk(facts, cadence, config, toDay(today), history), history };
}

/** The heat on day `until`, without the history (what a report of 10,000 customers needs). */
export function heatNow(facts: ReportFacts, cadence: number, config: Config, until: number): number {
  return heatWalk(facts, cadence, config, until, null);
}

/** Walks the contact days up to `until`, noting the heat after each in `history` when given. */
function heatWalk(facts: ReportFacts, cadence: number, config: Config, until: number, history: HeatPoint[] | null): number {
  const s = config.heat;
  let heat = 0;
  let previous: number | null = null;
  let still = 0; // contact days since the stage last moved forward
  // The contact day being gathered, and whether a contact of it moved the stage forward or asked for the close.
  let day: number | null = null;
  let advanced = false;
  let closed = false;
  const at = new FactsCursor(facts);
  for (;;) {
    const more = at.next() && at.day <= until;
    // A contact day ends at the first contact of a later day, or with the entries.
    if (day !== null && (!more || (at.flags & CONTACT && at.day !== day))) {
      if (previous !== null) heat = cool(heat, day - previous, cadence, s);
      still = advanced ? 0 : still + (previous === null ? 0 : 1);
      const share = Math.min(1, (s.contact + (advanced ? s.progress : 0) + (closed ? s.close : 0)) / 2 ** still);
      heat += (100 - heat) * share;
      previous = day;
      history?.push({ date: fromDay(day), heat: Math.round(heat) });
      day = null;
    }
    if (!more) break;
    if (!(at.flags & CONTACT)) continue;
    if (day === null) {
      day = at.day;
      advanced = false;
      closed = false;
    }
    if (at.flags & MOVED && isForward(at.text(at.from), at.text(at.stage), config.stages)) advanced = true;
    if (at.flags & CLOSE_ASKED) closed = true;
  }
  if (previous !== null) heat = cool(heat, until - previous, cadence, s);
  return Math.round(heat);
}
