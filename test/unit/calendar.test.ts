import ICAL from 'ical.js';
import YAML from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import ical, { ICalAlarmType } from 'ical-generator';
import { calendarPieces, type CalendarEvent } from '../../src/adapters/ical.js';
import { alarmMinutes, calendarEvent, inCalendarOrder, type CalendarSource, type VisitEvent } from '../../src/domain/calendar.js';
import { DEFAULT_CONFIG, resolveConfig, type Config } from '../../src/domain/config.js';
import { summarize } from '../../src/domain/summary.js';
import { customer, customerFile, seeded } from '../helpers.js';
import { say } from '../say.js';

const TODAY = '2026-11-20';

/** The events of several customers, as an export lists them. */
function calendarEvents(sources: CalendarSource[], today: string, until: string | null, reminder: Config['reminder']): VisitEvent[] {
  return inCalendarOrder(sources.map((s) => calendarEvent(s, today, until, reminder)).filter((e): e is VisitEvent => e !== null));
}

function source(front: string, body: string, slug: string, config: Config = DEFAULT_CONFIG): CalendarSource {
  const c = customer(customerFile(front, body), slug);
  return { summary: summarize(c, config, TODAY), contact: c.profile.contact, phone: c.profile.phone, created: c.profile.created, entries: c.entries };
}

const PLANNED = source('name: Acme Trading\nstage: proposal\ncontact: Wang\ncadence: 14', '## 2026-11-13 visit\n- Purpose: demo\n- State: wants a quote\n- Next: 2026-11-27 bring the quote\n', 'acme');
const CADENCE = source('name: 杭州湖畔贸易\ncadence: 14', '## 2026-11-10 call\n- State: 在比较价格\n', '杭州湖畔贸易');
const OVERDUE = source('name: Ningbo Port\ncadence: 7', '## 2026-11-01 visit\n- Purpose: intro\n', 'ningbo');
const WON = source('name: Done Ltd\nstatus: won', '## 2026-11-01 visit\n- Next: 2026-11-25\n', 'done');

describe('calendar events', () => {
  it('gives a planned visit on its date, a cadence visit on its due date, an overdue customer on today, and leaves closed ones out', () => {
    const events = calendarEvents([PLANNED, CADENCE, OVERDUE, WON], TODAY, null, DEFAULT_CONFIG.reminder);
    expect(events.map((e) => [e.slug, e.kind, e.date, e.uid])).toEqual([
      ['ningbo', 'overdue', '2026-11-20', 'ningbo-2026-11-08@followup'],
      ['杭州湖畔贸易', 'cadence', '2026-11-24', '杭州湖畔贸易-2026-11-24@followup'],
      ['acme', 'planned', '2026-11-27', 'acme-2026-11-27@followup'],
    ]);
    expect(events[2]).toMatchObject({ plan: 'bring the quote', lastState: 'wants a quote', lastContact: '2026-11-13', stamp: '2026-11-13', contact: 'Wang' });
    expect(events[0]).toMatchObject({ overdueDays: 12, sequence: 12, due: '2026-11-08' });
  });

  it('keeps to the window of --days', () => {
    const events = calendarEvents([PLANNED, CADENCE, OVERDUE], TODAY, '2026-11-24', DEFAULT_CONFIG.reminder);
    expect(events.map((e) => e.slug)).toEqual(['ningbo', '杭州湖畔贸易']);
  });

  it('rings the alarm the configured time before the day starts', () => {
    expect(alarmMinutes({ daysBefore: 1, time: '18:00' })).toBe(360);
    expect(alarmMinutes({ daysBefore: 2, time: '09:30' })).toBe(2 * 1440 - 570);
    expect(alarmMinutes({ daysBefore: 0, time: '07:00' })).toBe(-420);
    expect(alarmMinutes(null)).toBeNull();
  });
});

describe('the reminder setting', () => {
  const cfg = (text: string) => resolveConfig(YAML.parse(text, { schema: 'core' }));
  it('reads "18:00" as the day before, "-2d 09:00" as two days before, and off as no alarm', () => {
    expect(cfg('reminder: "18:00"')).toMatchObject({ config: { reminder: { daysBefore: 1, time: '18:00' } } });
    expect(cfg('reminder: 7:30')).toMatchObject({ config: { reminder: { daysBefore: 1, time: '07:30' } } });
    expect(cfg('reminder: -2d 09:00')).toMatchObject({ config: { reminder: { daysBefore: 2, time: '09:00' } } });
    expect(cfg('reminder: off')).toMatchObject({ config: { reminder: null } });
    expect(cfg('reminder: false')).toMatchObject({ config: { reminder: null } });
  });
  it('refuses anything else, naming the key', () => {
    const r = cfg('reminder: 25:00');
    expect('error' in r && say(r.error)).toMatch(/^'reminder' must be a time such as "18:00"/);
  });
});

/** The events of an iCalendar text, read by ical.js. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const alarm = v.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    return { uid: v.getFirstPropertyValue('uid'), start, trigger, summary: v.getFirstPropertyValue('summary'), description: v.getFirstPropertyValue('description') };
  });
}

const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

const renderCalendar = (name: string, events: CalendarEvent[]) => [...calendarPieces(name, events)].join('');

describe(`calendarPieces, read back by ical.js in ${process.env.TZ}`, () => {
  const events = calendarEvents([PLANNED, CADENCE, OVERDUE], TODAY, null, DEFAULT_CONFIG.reminder);
  const text = renderCalendar('visits', events.map((e) => ({ ...e, summary: `Visit ${e.name}`, description: `Plan: ${e.plan ?? '-'}\nLast: ${e.lastState ?? '-'}; ok, done` })));

  it('writes all-day events that stay on their dates, with the alarm at 18:00 local the day before', () => {
    const read = parse(text);
    expect(read.map((e) => [e.uid, e.start.isDate, e.start.toString()])).toEqual([
      ['ningbo-2026-11-08@followup', true, '2026-11-20'],
      ['杭州湖畔贸易-2026-11-24@followup', true, '2026-11-24'],
      ['acme-2026-11-27@followup', true, '2026-11-27'],
    ]);
    for (const e of read) {
      // A date-valued start is floating: local midnight wherever the phone is.
      const midnight = e.start.toJSDate();
      expect(local(midnight).slice(0, 10)).toBe(e.start.toString());
      const ring = new Date(midnight.getTime() + e.trigger!.toSeconds() * 1000);
      expect(local(ring)).toBe(`${addDay(e.start.toString(), -1)} 18:00`);
    }
  });

  it('keeps the description, Chinese and punctuation included', () => {
    const read = parse(text);
    expect(read[1]!.summary).toBe('Visit 杭州湖畔贸易');
    expect(read[1]!.description).toBe('Plan: -\nLast: 在比较价格; ok, done');
  });

  it('takes no time stamp from the clock: the same events give the same bytes', () => {
    vi.useFakeTimers({ now: new Date('2031-05-05T12:34:56Z') });
    const again = renderCalendar('visits', events.map((e) => ({ ...e, summary: `Visit ${e.name}`, description: `Plan: ${e.plan ?? '-'}\nLast: ${e.lastState ?? '-'}; ok, done` })));
    vi.useRealTimers();
    expect(again).toBe(text);
    expect(text).toContain('DTSTAMP:20261113T000000Z');
  });
});

describe('calendarPieces', () => {
  // The text ical-generator makes of a whole calendar, which it folds character by character:
  // what the pieces, folded here an event at a time, must add up to.
  function whole(name: string, events: CalendarEvent[]): string {
    const cal = ical({ name, prodId: { company: 'followup', product: 'followup', language: 'EN' } });
    for (const e of events) {
      const day = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`));
      const event = cal.createEvent({ id: e.uid, start: day(e.date), allDay: true, stamp: day(e.stamp), sequence: e.sequence, summary: e.summary, description: e.description });
      if (e.alarmMinutes !== null) event.createAlarm({ type: ICalAlarmType.display, trigger: e.alarmMinutes * 60, description: e.summary });
    }
    return `${cal.toString()}\r\n`;
  }

  // Texts of every width: ASCII, Latin, Chinese, emoji (surrogate pairs), surrogates without
  // their pair, and the characters iCalendar escapes.
  const UNITS = ['a', 'Z', ' ', '7', 'é', 'ß', '拜', '访', '客', '户', '😀', '👍🏽', '\ud83d', '\ude00', ',', ';', '\\', '\n', ':'];
  const random = seeded(20261130);
  const text = (max: number) => Array.from({ length: Math.floor(random() * max) }, () => UNITS[Math.floor(random() * UNITS.length)]).join('');

  it('adds up to the text ical-generator writes of the whole calendar, on 300 events of random text', () => {
    const events: CalendarEvent[] = Array.from({ length: 300 }, (_, i) => ({
      uid: `${text(30)}-${i}@followup`,
      date: '2026-11-30',
      stamp: '2026-11-02',
      sequence: i % 4,
      summary: text(120),
      description: text(400),
      alarmMinutes: i % 3 === 0 ? null : 360,
    }));
    const name = text(50);
    const pieces = [...calendarPieces(name, events)];
    expect(pieces).toHaveLength(302);
    expect(pieces.join('')).toBe(whole(name, events));
  });
});

function addDay(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
