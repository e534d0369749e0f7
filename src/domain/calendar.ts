/**
 * Which visits go into a calendar export, and the facts each event says: pure, so the same
 * notebook on the same day always gives the same events.
 */
import type { Reminder } from './config.js';
import { addDays, type IsoDate } from './dates.js';
import { chronological, compareDates, compareText } from './order.js';
import type { Summary } from './summary.js';
import type { Entry } from './types.js';

export type VisitKind = 'planned' | 'cadence' | 'overdue';

export interface VisitEvent {
  /** Stable per customer and visit: `<slug>-<due date>@followup`, so a re-import updates it. */
  uid: string;
  /** The day of the event: the visit's date, or today for an overdue customer. */
  date: IsoDate;
  /** The date the visit fell due (differs from `date` only when overdue). */
  due: IsoDate;
  kind: VisitKind;
  overdueDays: number;
  /** DTSTAMP: a date from the data (the last entry, else the file's creation), never the clock. */
  stamp: IsoDate;
  /** Raised each day an overdue event moves, so a calendar that imported it takes the new date. */
  sequence: number;
  slug: string;
  name: string;
  stage: string | null;
  contact: string | null;
  phone: string | null;
  plan: string | null;
  lastContact: IsoDate | null;
  lastState: string | null;
  /** Minutes before the event's start (local midnight) that the alarm rings; null: no alarm. */
  alarmMinutes: number | null;
}

/** What the export needs of each customer besides its summary. */
export interface CalendarSource {
  summary: Summary;
  contact: string | null;
  phone: string | null;
  created: IsoDate | null;
  entries: Entry[];
}

/** Minutes from the alarm to the start of an all-day event (its local midnight). */
export function alarmMinutes(r: Reminder | null): number | null {
  if (r === null) return null;
  const [h, m] = r.time.split(':').map(Number);
  return r.daysBefore * 24 * 60 - (h! * 60 + m!);
}

/** The safe part of a UID: the file's slug, which may hold Chinese, never spaces or `@`. */
function uidPart(slug: string): string {
  return slug.replace(/[\s@]+/g, '-');
}

/**
 * The event of one customer when it is active and due from today to `until` (inclusive; null:
 * no end), else null: a planned visit on its date, a visit due by cadence on its, an overdue
 * customer on today. A calendar lists them inCalendarOrder.
 */
export function calendarEvent(s: CalendarSource, today: IsoDate, until: IsoDate | null, reminder: Reminder | null): VisitEvent | null {
  const sum = s.summary;
  if (sum.status !== 'active') return null;
  const date = sum.due < today ? today : sum.due;
  if (until !== null && date > until) return null;
  const ordered = chronological(s.entries.filter((e) => e.date <= today));
  const lastContact = [...ordered].reverse().find((e) => e.isContact);
  const last = ordered[ordered.length - 1];
  const kind: VisitKind = sum.due < today ? 'overdue' : sum.reason === 'planned' ? 'planned' : 'cadence';
  return {
    uid: `${uidPart(sum.slug)}-${sum.due}@followup`,
    date,
    due: sum.due,
    kind,
    overdueDays: sum.overdueDays,
    stamp: last?.date ?? s.created ?? sum.due,
    sequence: kind === 'overdue' ? sum.overdueDays : 0,
    slug: sum.slug,
    name: sum.name,
    stage: sum.stage,
    contact: s.contact,
    phone: s.phone,
    plan: sum.nextAction,
    lastContact: sum.lastContact,
    lastState: lastContact?.fields.state ?? null,
    alarmMinutes: alarmMinutes(reminder),
  };
}

/** Events sorted as a calendar export lists them: by date, then name, then slug. */
export function inCalendarOrder(events: VisitEvent[]): VisitEvent[] {
  return events.sort((a, b) => compareDates(a.date, b.date) || compareText(a.name, b.name) || compareText(a.slug, b.slug));
}

/** The last day of a window of `days` days from today, or null for no limit. */
export function windowEnd(today: IsoDate, days: number | undefined): IsoDate | null {
  return days === undefined ? null : addDays(today, days - 1);
}
