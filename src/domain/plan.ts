/** The weekly plan: the visits due in a window of working days, spread within each day's capacity. */
import { addDays, weekday, weekStart, type IsoDate } from './dates.js';
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

export const DEFAULT_PLAN_DAYS = 5;

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
export function byDueThenHeat(a: Placeable, b: Placeable): number {
  return a.due.localeCompare(b.due) || (b.heat ?? 0) - (a.heat ?? 0) || a.name.localeCompare(b.name);
}

/**
 * Spreads the active customers due by the window's end over its working days. A planned visit
 * on one of those days keeps it, before anyone else and even past capacity (the rep chose it).
 * Everyone else, earliest due and hottest first, takes the first day with room on or after
 * their due date; failing that the latest earlier day with room; failing that, unplaced.
 */
export function placeVisits<T extends Placeable>(all: T[], window: PlanWindow, capacity: number): Placement<T> {
  const days: PlanDay<T>[] = window.days.map((date) => ({ date, items: [] }));
  const slot = new Map(days.map((d, i) => [d.date, i]));
  const due = all.filter((s) => s.status === 'active' && s.due <= window.until).sort(byDueThenHeat);
  const rest: T[] = [];
  for (const s of due) {
    const i = s.reason === 'planned' ? slot.get(s.due) : undefined;
    if (i === undefined) rest.push(s);
    else days[i]!.items.push(s);
  }
  const unplaced: T[] = [];
  const hasRoom = (i: number) => days[i]!.items.length < capacity;
  for (const s of rest) {
    const start = days.findIndex((d) => d.date >= s.due);
    let i = -1;
    if (start !== -1) for (let j = start; j < days.length && i === -1; j++) if (hasRoom(j)) i = j;
    const before = start === -1 ? days.length : start;
    if (i === -1) for (let j = before - 1; j >= 0 && i === -1; j--) if (hasRoom(j)) i = j;
    if (i === -1) unplaced.push(s);
    else days[i]!.items.push(s);
  }
  return { days, unplaced };
}
