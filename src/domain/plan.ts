/** The weekly plan: the visits due in a window of working days, spread within each day's capacity. */
import { buildAgenda } from './agenda.js';
import { addDays, weekday, weekStart, type IsoDate } from './dates.js';
import { compareDates, compareText } from './order.js';
import type { Summary } from './summary.js';

/** What placing a customer needs to know (a Summary has all of it). */
export type Placeable = Pick<Summary, 'name' | 'status' | 'due' | 'reason' | 'heat'>;

export interface PlanWindow {
  from: IsoDate;
  until: IsoDate;
  /** The working days from `from` to `until`, in order. */
  days: IsoDate[];
}

export interface PlanDay<T> {
  date: IsoDate;
  items: T[];
}

export interface Placement<T> {
  days: PlanDay<T>[];
  /** Due in the window, but no working day had room. */
  unplaced: T[];
}

const DEFAULT_PLAN_DAYS = 5;

/**
 * `--days n`: the next n working days, today included when it is one (from and until are the
 * first and last of them). `--week`: next calendar week, the Monday after today to the Sunday
 * after it, and its working days.
 */
export function planWindow(today: IsoDate, workdays: number[], o: { days?: number; week?: boolean }): PlanWindow {
  const works = (d: IsoDate) => workdays.includes(weekday(d));
  if (o.week) {
    const from = addDays(weekStart(today), 7);
    const week = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    return { from, until: addDays(from, 6), days: week.filter(works) };
  }
  const n = o.days ?? DEFAULT_PLAN_DAYS;
  // Config never allows an empty list, but without a real weekday the loop below would not end.
  if (!workdays.some((d) => d >= 0 && d <= 6)) throw new Error('no working days to plan on');
  const days: IsoDate[] = [];
  for (let d = today; days.length < n; d = addDays(d, 1)) if (works(d)) days.push(d);
  return { from: days[0]!, until: days[days.length - 1]!, days };
}

/** Earliest due first, hottest first on the same day, then by name so a plan is repeatable. */
function byDueThenHeat(a: Placeable, b: Placeable): number {
  return compareDates(a.due, b.due) || (b.heat ?? 0) - (a.heat ?? 0) || compareText(a.name, b.name);
}

/**
 * Spreads the active customers due by the window's end over its working days.
 * - Visits pinned to the window's first day (today's agenda, when the window starts today) and
 *   visits planned for a working day of the window keep their day, even past capacity.
 * - The backlog, customers due before the window starts, is spread evenly: each, earliest due
 *   and hottest first, takes the first day whose load is below the fair share, ceil((backlog +
 *   kept visits) / working days) at most `capacity`; failing that, the first day with room.
 * - Everyone due inside the window takes the first day on or after their due date with room
 *   under capacity; failing that, the latest earlier day with room (a little early beats
 *   missing it). Whoever finds no room is unplaced.
 */
export function placeVisits<T extends Placeable>(all: T[], window: PlanWindow, capacity: number, pinned: T[] = []): Placement<T> {
  const days: PlanDay<T>[] = window.days.map((date) => ({ date, items: [] }));
  const slot = new Map(days.map((d, i) => [d.date, i]));
  const held = new Set<T>(pinned);
  if (days.length > 0) days[0]!.items.push(...pinned);
  // New customers have no date of their own yet: they are spread with the backlog.
  const backlogged = (s: T) => s.due < window.from || s.reason === 'new';
  const due = all
    .filter((s) => !held.has(s) && s.status === 'active' && (s.due <= window.until || s.reason === 'new'))
    .sort((a, b) => Number(backlogged(b)) - Number(backlogged(a)) || byDueThenHeat(a, b));
  const rest: T[] = [];
  for (const s of due) {
    const i = s.reason === 'planned' ? slot.get(s.due) : undefined;
    if (i === undefined) rest.push(s);
    else days[i]!.items.push(s);
  }
  const kept = days.reduce((n, d) => n + d.items.length, 0);
  const backlog = rest.filter(backlogged).length;
  const share = Math.min(capacity, Math.ceil((backlog + kept) / Math.max(1, days.length)));
  const below = (limit: number) => (i: number) => days[i]!.items.length < limit;
  const unplaced: T[] = [];
  for (const s of rest) {
    const found = days.findIndex((d) => d.date >= s.due);
    const start = found === -1 ? days.length : found;
    const i =
      backlogged(s)
        ? (firstFrom(0, days.length, below(share)) ?? firstFrom(0, days.length, below(capacity)))
        : (firstFrom(start, days.length, below(capacity)) ?? latestBefore(start, below(capacity)));
    if (i === null) unplaced.push(s);
    else days[i]!.items.push(s);
  }
  return { days, unplaced };
}

function firstFrom(start: number, end: number, ok: (i: number) => boolean): number | null {
  for (let i = start; i < end; i++) if (ok(i)) return i;
  return null;
}

function latestBefore(end: number, ok: (i: number) => boolean): number | null {
  for (let i = end - 1; i >= 0; i--) if (ok(i)) return i;
  return null;
}

export type Plan = Placement<Summary>;

/**
 * The plan for `window` as of `today`: every active customer who is due by the window's end,
 * overdue or new, within capacity. When the window starts today, today's agenda stays on its
 * first day. When it starts later (planning next week on a Friday), those overdue or due today
 * are planned into it too (they are due; whoever is seen today anyway carries the plan out, or
 * keeps it open, as docs/method.md says); customers due between today and the window on a
 * working day, or on a day the rep planned, keep their own days.
 */
export function buildPlan(all: Summary[], today: IsoDate, window: PlanWindow, capacity: number): Plan {
  // A window that starts today starts on a working day (a day off starts it on the next one):
  // today's agenda, with the window's weekdays as the working ones, is kept.
  if (window.from <= today) {
    const agenda = buildAgenda(all, today, 1, capacity, [...new Set(window.days.map(weekday))]).items;
    return placeVisits(all, window, capacity, agenda.filter((s) => s.due <= today));
  }
  const comesFirst = (s: Summary) =>
    s.reason !== 'new' && s.due > today && s.due < window.from && (s.reason === 'planned' || workdayBefore(s.due, window));
  return placeVisits(
    all.filter((s) => !comesFirst(s)),
    window,
    capacity,
  );
}

/** True when a working day falls on or after `date` and before the window starts. */
function workdayBefore(date: IsoDate, window: PlanWindow): boolean {
  // The window's weekdays are the working ones: `--week` spans a whole week, and the days
  // `--days` skips before its first are all days off. Someone due by rhythm on the weekend
  // before next week has no day of their own, so they are planned with the backlog.
  const works = new Set(window.days.map(weekday));
  for (let d = date; d < window.from; d = addDays(d, 1)) if (works.has(weekday(d))) return true;
  return false;
}
