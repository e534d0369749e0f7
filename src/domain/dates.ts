/**
 * Local calendar dates as `YYYY-MM-DD` strings. Arithmetic counts whole days from 1970-01-01
 * in UTC, so that no time zone and no daylight-saving change can shift a date: a date here is
 * a day, not an instant.
 */
import { issue, UserError, type DateSource } from './errors.js';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

// Reports turn the same few hundred dates into day numbers thousands of times.
const dayNumbers = new Map<IsoDate, number>();

/** Days since 1970-01-01 of a date written YYYY-MM-DD. */
function toDay(iso: IsoDate): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
    if (dayNumbers.size < 100_000) dayNumbers.set(iso, n);
  }
  return n;
}

function fromDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDay(toDay(iso) + days);
}

/** The same day `months` later; the month's last day when it is shorter (Jan 31 + 1 month: Feb 28). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const total = +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDay(Date.UTC(year, month, Math.min(+iso.slice(8, 10), last)) / DAY_MS);
}

/** Whole days from `b` to `a` (positive when `a` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(a) - toDay(b);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDay(iso) + 4) % 7) + 7) % 7;
}

/** The Monday on or before `iso`. */
export function weekStart(iso: IsoDate): IsoDate {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** The calendar date a clock reading falls on where the user is (the command layer's job). */
export function localDate(instant: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEKDAY_NAMES: Record<string, number> = {};
['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].forEach((n, i) => {
  WEEKDAY_NAMES[n] = i;
  WEEKDAY_NAMES[n.slice(0, 3)] = i;
});
WEEKDAY_NAMES['tues'] = 2;
WEEKDAY_NAMES['thur'] = 4;
WEEKDAY_NAMES['thurs'] = 4;

/** A weekday name (`mon`, `Friday`) as 0..6, or null. */
export function weekdayNumber(name: string): number | null {
  return WEEKDAY_NAMES[name.trim().toLowerCase()] ?? null;
}

const RELATIVE = /^([+-]?)(\d{1,4})\s*(d|day|days|w|week|weeks|m|month|months)$/;

export const DATE_HELP = 'YYYY-MM-DD, today, tomorrow, yesterday, +3d, +2w, +1m, a weekday such as fri, or next fri';

/**
 * Reads a date as a person types it, relative to `today`. A weekday name means the next one
 * after today; `next` and a weekday name, that day of next week (Monday to Sunday). Throws a UserError naming the accepted forms.
 */
export function parseUserDate(input: string, today: IsoDate, source: DateSource = 'date'): IsoDate {
  const s = input.trim().toLowerCase();
  if (isIsoDate(s)) return s;
  if (s === 'today') return today;
  if (s === 'tomorrow') return addDays(today, 1);
  if (s === 'yesterday') return addDays(today, -1);
  const rel = RELATIVE.exec(s);
  if (rel) {
    const n = Number(rel[2]) * (rel[1] === '-' ? -1 : 1);
    const unit = rel[3]![0];
    const date = unit === 'd' ? addDays(today, n) : unit === 'w' ? addDays(today, 7 * n) : addMonths(today, n);
    // +99999999d lies past the year 9999: not a date anyone means, nor one a file can hold.
    if (!isIsoDate(date)) throw new UserError(issue('date.invalid', { input, source }));
    return date;
  }
  // `fri` is the next Friday after today; `next fri` is the Friday of next week (weeks start
  // on Monday), as 下周五 is.
  const nextWeek = /^next\s+/.test(s);
  const wd = weekdayNumber(s.replace(/^next\s+/, ''));
  if (wd !== null && nextWeek) return addDays(weekStart(today), 7 + ((wd + 6) % 7));
  if (wd !== null) {
    const ahead = (wd - weekday(today) + 7) % 7 || 7;
    return addDays(today, ahead);
  }
  throw new UserError(issue('date.invalid', { input, source }));
}
