/**
 * iCalendar output through ical-generator. Every value comes from the notebook, none from the
 * clock (DTSTAMP is a date of the data), so the same notebook on the same day gives the same
 * bytes and a file kept in git does not churn.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { toDay, type IsoDate } from '../domain/dates.js';

export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  stamp: IsoDate;
  sequence: number;
  summary: string;
  description: string;
  /** Minutes before the day's start; null for no alarm. */
  alarmMinutes: number | null;
}

/** A date as the instant ical-generator reads back as that calendar day (it writes all-day dates in UTC). */
function day(iso: IsoDate): Date {
  return new Date(toDay(iso) * 86_400_000); // Date.UTC would read the years 0 to 99 as 19xx
}

/** The calendar as iCalendar text (CRLF lines, as RFC 5545 asks). */
export function renderCalendar(name: string, events: CalendarEvent[]): string {
  const cal = ical({ name, prodId: { company: 'followup', product: 'followup', language: 'EN' } });
  for (const e of events) {
    const event = cal.createEvent({
      id: e.uid,
      start: day(e.date),
      allDay: true,
      stamp: day(e.stamp),
      sequence: e.sequence,
      summary: e.summary,
      description: e.description,
    });
    // A trigger relative to an all-day event counts from its local midnight: 360 minutes
    // before it is 18:00 the day before, wherever the phone is.
    if (e.alarmMinutes !== null) event.createAlarm({ type: ICalAlarmType.display, trigger: e.alarmMinutes * 60, description: e.summary });
  }
  // RFC 5545 ends every line, the last one too, with CRLF; ical-generator leaves the last bare.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
