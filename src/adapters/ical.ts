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

/**
 * The calendar as iCalendar text (CRLF lines, as RFC 5545 asks), in pieces: the calendar's
 * head, each event, its end. ical-generator writes the events; the pieces are folded here.
 */
export function* calendarPieces(name: string, events: Iterable<CalendarEvent>): Generator<string> {
  const cal = ical({ name, prodId: { company: 'followup', product: 'followup', language: 'EN' } });
  // The calendar without events: its head, then its end.
  const empty = fold(cal.toString());
  const end = empty.lastIndexOf('END:VCALENDAR');
  yield empty.slice(0, end);
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
    // Each event is written and dropped: the calendar never holds them all.
    yield fold(event.toString());
    cal.clear();
  }
  // RFC 5545 ends every line, the last one too, with CRLF; ical-generator leaves the last bare.
  const last = empty.slice(end);
  yield last.endsWith('\r\n') ? last : `${last}\r\n`;
}

/**
 * Lines folded as ical-generator 10 folds a whole calendar: a line break and a space before
 * the character that would take a line past 74 octets of UTF-8 (75 with the space). Done here
 * because it encodes every character on its own, which took most of an export's time (six
 * seconds for 10,000 events). Per line, so folding pieces gives the text folding the whole does.
 */
export function fold(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  let out = '';
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const at = i;
    const c = line.charCodeAt(i);
    let size: number;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c < 0xd800 || c > 0xdbff) size = 3;
    else {
      // A high surrogate goes with the unit after it, whatever that is, as it does there; a
      // surrogate without its pair counts as the three octets of its replacement character.
      i++;
      size = Buffer.byteLength(line.slice(at, i + 1), 'utf8');
    }
    octets += size;
    if (octets > 74) {
      out += `${line.slice(from, at)}\r\n `;
      from = at;
      octets = size;
    }
  }
  return from === 0 ? line : out + line.slice(from);
}
