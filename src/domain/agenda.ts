/** The morning agenda: who is due, planned visits first, filled up to the day's capacity. */
import { addDays, type IsoDate } from './dates.js';
import type { Summary } from './summary.js';

export interface Agenda {
  date: IsoDate;
  /** Last day covered. */
  until: IsoDate;
  items: Summary[];
  spillover: Summary[];
  /** Due the day after the window: a preview. */
  tomorrow: Summary[];
}

/** Most urgent first: most days overdue, then hottest. */
export function byUrgency(a: Summary, b: Summary): number {
  return b.overdueDays - a.overdueDays || (b.heat ?? 0) - (a.heat ?? 0) || a.due.localeCompare(b.due) || a.name.localeCompare(b.name);
}

/** Overdue first, then by due date, hottest first within a day. */
export function byDue(a: Summary, b: Summary): number {
  return b.overdueDays - a.overdueDays || a.due.localeCompare(b.due) || (b.heat ?? 0) - (a.heat ?? 0) || a.name.localeCompare(b.name);
}

export function buildAgenda(all: Summary[], today: IsoDate, days: number, capacity: number): Agenda {
  const until = addDays(today, days - 1);
  const active = all.filter((s) => s.status === 'active');
  const due = active.filter((s) => s.due <= until);
  const planned = due.filter((s) => s.reason === 'planned').sort(byDue);
  const rest = due.filter((s) => s.reason !== 'planned').sort(byUrgency);
  const room = capacity * days;
  const chosen = [...planned, ...rest].slice(0, room);
  const spillover = [...planned, ...rest].slice(room).sort(byUrgency);
  const after = addDays(until, 1);
  return {
    date: today,
    until,
    items: chosen.sort(byDue),
    spillover,
    tomorrow: active.filter((s) => s.due === after).sort(byDue),
  };
}
