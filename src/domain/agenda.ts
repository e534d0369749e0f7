/** The morning agenda: who is due, planned visits first, filled up to the day's capacity. */
import { addDays, weekday, type IsoDate } from './dates.js';
import { compareDates, compareText } from './order.js';
import type { Summary } from './summary.js';

export interface Agenda {
  date: IsoDate;
  /** The first day covered: today, or on a day off the next working day. */
  from: IsoDate;
  /** True when today is not a working day: the agenda is then the next working day's. */
  dayOff: boolean;
  /** Last day covered. */
  until: IsoDate;
  items: Summary[];
  spillover: Summary[];
  /** Customers not contacted yet and not overdue: shown apart, to be met when there is room. */
  newCustomers: Summary[];
  /** The next working day after the window, and who falls due by then: a preview. */
  nextDay: IsoDate;
  tomorrow: Summary[];
}

/** Most urgent first: most days overdue, then hottest. */
export function byUrgency(a: Summary, b: Summary): number {
  return b.overdueDays - a.overdueDays || (b.heat ?? 0) - (a.heat ?? 0) || compareDates(a.due, b.due) || compareText(a.name, b.name);
}

/**
 * Who gets a place in a full day: hottest first, since a warm deal is the one a missed visit
 * cools; then most days overdue. A deal that went cold long ago waits for the weekly review.
 */
function byPriority(a: Summary, b: Summary): number {
  return (b.heat ?? 0) - (a.heat ?? 0) || b.overdueDays - a.overdueDays || compareDates(a.due, b.due) || compareText(a.name, b.name);
}

/** Overdue first, then by due date, hottest first within a day. */
export function byDue(a: Summary, b: Summary): number {
  return b.overdueDays - a.overdueDays || compareDates(a.due, b.due) || (b.heat ?? 0) - (a.heat ?? 0) || compareText(a.name, b.name);
}

/** The first working day after `date` (any day when no weekday is a working day). */
export function nextWorkday(date: IsoDate, workdays: number[]): IsoDate {
  for (let i = 1; i <= 7; i++) {
    const d = addDays(date, i);
    if (workdays.includes(weekday(d))) return d;
  }
  return addDays(date, 1);
}

/** A customer never contacted, without a plan, and not yet one cadence old: not overdue yet. */
function isNew(s: Summary): boolean {
  return s.status === 'active' && s.reason === 'new' && s.overdueDays === 0;
}

/** The new customers among `active`, soonest due first: shown apart by the agenda and the review. */
export function newOnes(active: Summary[]): Summary[] {
  return active.filter(isNew).sort((a, b) => compareDates(a.due, b.due) || compareText(a.name, b.name));
}

/**
 * Who is due from the first day to the window's last day, planned visits first, then by
 * priority, up to `capacity` a day; the rest spills over. New customers are listed apart.
 * On a day that is not a working day, the agenda is the next working day's. Previews the
 * next working day after the window.
 */
export function buildAgenda(all: Summary[], today: IsoDate, days: number, capacity: number, workdays = [1, 2, 3, 4, 5]): Agenda {
  const off = !workdays.includes(weekday(today));
  const start = off ? nextWorkday(today, workdays) : today;
  const until = addDays(start, days - 1);
  const active = all.filter((s) => s.status === 'active');
  const due = active.filter((s) => s.due <= until && !isNew(s));
  const planned = due.filter((s) => s.reason === 'planned').sort(byPriority);
  const rest = due.filter((s) => s.reason !== 'planned').sort(byPriority);
  const room = capacity * days;
  const chosen = [...planned, ...rest].slice(0, room);
  const spillover = [...planned, ...rest].slice(room);
  const nextDay = nextWorkday(until, workdays);
  return {
    date: today,
    from: start,
    dayOff: off,
    until,
    items: chosen.sort(byDue),
    spillover,
    newCustomers: newOnes(active),
    nextDay,
    tomorrow: active.filter((s) => s.due > until && s.due <= nextDay && !isNew(s)).sort(byDue),
  };
}
