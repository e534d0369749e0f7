/**
 * Local calendar dates as `YYYY-MM-DD` strings. Arithmetic counts whole days from 1970-01-01
 * in UTC, so that no time zone and no daylight-saving change can shift a date: a date here is
 * a day, not an instant.
 */
import { issue, UserError, type DateSource } from './errors.js';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * `f`, remembering its answers (for up to 100,000 arguments): reading a notebook and its
 * reports ask about the same few hundred dates thousands of times.
 */
function remembered<K, V>(f: (k: K) => V): (k: K) => V {
  const answers = new Map<K, V>();
  return (k) => {
    let v = answers.get(k);
    if (v === undefined) {
      v = f(k);
      if (answers.size < 100_000) answers.set(k, v);
    }
    return v;
  };
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar, counted by hand: Date.UTC
 * reads the years 0 to 99 as 1900 to 1999. Months are 1 to 12.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  // Years start in March here, so that a leap day ends its year (after H. Hinnant).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const ofEra = y - era * 400;
  const ofYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + ofEra * 365 + Math.floor(ofEra / 4) - Math.floor(ofEra / 100) + ofYear - 719_468;
}

/** The first and last days a date can be written for: 0000-01-01 and 9999-12-31. */
const FIRST_DAY = daysFromCivil(0, 1, 1);
const LAST_DAY = daysFromCivil(9999, 12, 31);

/** Days in a month (1 to 12) of a year. */
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = remembered((s: string): boolean => {
  const m = ISO.exec(s);
  if (!m) return false;
  const month = +m[2]!;
  const day = +m[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(+m[1]!, month);
});

/** Days since 1970-01-01 of a date written YYYY-MM-DD. */
export const toDay = remembered((iso: IsoDate): number => daysFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)));

/**
 * The date `day` days after 1970-01-01 (a Date from a time, unlike Date.UTC, has every year
 * right). A day past the years a date can be written with is the first or last day of them: a
 * customer created on 9999-12-31 falls due then, not in a year 10000 no file can hold.
 */
export const fromDay = remembered((day: number): IsoDate => new Date(Math.min(Math.max(day, FIRST_DAY), LAST_DAY) * DAY_MS).toISOString().slice(0, 10));

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDay(toDay(iso) + days);
}

/** The same day `months` later; the month's last day when it is shorter (Jan 31 + 1 month: Feb 28). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const total = +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  return fromDay(daysFromCivil(year, month + 1, Math.min(+iso.slice(8, 10), monthLength(year, month + 1))));
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

/** The first and last dates a person may give. */
const EARLIEST = '1000-01-01';
const LATEST = '9899-12-31';

export const DATE_HELP = 'YYYY-MM-DD, today, tomorrow, yesterday, +3d, +2w, +1m, a weekday such as fri, or next fri';

/**
 * Reads a date as a person types it, relative to `today`, in English or Chinese (docs/dates.md
 * says what each form means on each weekday). A weekday name means the next one after today;
 * `next` and a weekday name, that day of next week (Monday to Sunday), as 下周五 does. Throws a
 * UserError naming the accepted forms.
 */
export function parseUserDate(input: string, today: IsoDate, source: DateSource = 'date'): IsoDate {
  // NFKC: full-width digits and signs (＋２周) as typed with a Chinese input method.
  const date = dateMeant(input.normalize('NFKC').trim().toLowerCase(), today);
  // Nor a date before the year 1000 or after 9899, typed or counted (+99999999d, 9999个月后
  // from a far date, tomorrow from the last day): reports count back from the dates they are
  // given (the Monday of a week, twelve weeks before) and forward (a plan of up to a year, the
  // next working day), and every date they show must still be written with four digits.
  if (date === null || !isIsoDate(date) || date < EARLIEST || date > LATEST) throw new UserError(issue('date.invalid', { input, source }));
  return date;
}

/** The date a lower-cased, NFKC-normalised text means, counted from `today`; null when it is none of the forms. */
function dateMeant(s: string, today: IsoDate): IsoDate | null {
  if (isIsoDate(s)) return s;
  const chinese = parseChineseDate(s.replace(/\s+/g, ''), today);
  if (chinese !== null) return chinese;
  if (s === 'today') return today;
  if (s === 'tomorrow') return addDays(today, 1);
  if (s === 'yesterday') return addDays(today, -1);
  const rel = RELATIVE.exec(s);
  if (rel) {
    const n = Number(rel[2]) * (rel[1] === '-' ? -1 : 1);
    const unit = rel[3]![0];
    return unit === 'd' ? addDays(today, n) : unit === 'w' ? addDays(today, 7 * n) : addMonths(today, n);
  }
  // `fri` is the next Friday after today; `next fri` is the Friday of next week (weeks start
  // on Monday), as 下周五 is.
  const nextWeek = /^next\s+/.test(s);
  const wd = weekdayNumber(s.replace(/^next\s+/, ''));
  if (wd !== null && nextWeek) return addDays(weekStart(today), 7 + ((wd + 6) % 7));
  if (wd !== null) return addDays(today, (wd - weekday(today) + 7) % 7 || 7);
  return null;
}

// Chinese date words. A weekday is 一..六, 日 or 天 after 周, 星期 or 礼拜.
const CN_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const CN_DAYS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3, 昨天: -1, 昨日: -1, 前天: -2 };
const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const WEEK = '(?:周|星期|礼拜)';
const CN_NUMBER = '(\\d{1,4}|[零一二两三四五六七八九十]{1,3})';
const CN_UNIT = '(天|日|周|星期|个星期|个礼拜|礼拜|个月|月)';

/** 3, 十, 十二, 二十, 二十五 as a number; null for anything else. */
function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[3] ? null : CN_DIGITS[m[1]!]!;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

/** `n` days, weeks or months (by a Chinese unit) from `today`. */
function addUnit(today: IsoDate, n: number, unit: string): IsoDate {
  if (unit === '天' || unit === '日') return addDays(today, n);
  if (unit.endsWith('月')) return addMonths(today, n);
  return addDays(today, 7 * n);
}

/** A month and day without a year: the one nearest to today (so 1月5日 in late December is next year's). */
function nearestMonthDay(month: number, day: number, today: IsoDate): IsoDate | null {
  const year = Number(today.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`).filter(isIsoDate);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (Math.abs(daysBetween(c, today)) < Math.abs(daysBetween(best, today)) ? c : best));
}

/**
 * The Chinese forms (and month-day forms), spaces removed; null when `s` is none of them.
 * 今天 明天 后天 大后天 昨天 前天; 周五/星期五 (the next one after today); 下周五 (Friday of next
 * week, weeks starting on Monday); 这周五/本周五 (Friday of this week, which may have passed);
 * 3天后, 2周后, 1个月后, 3天前; +2周; 12月3日, 12-03, 12/3 (the nearest); 2026年12月3日.
 */
function parseChineseDate(s: string, today: IsoDate): IsoDate | null {
  if (Object.hasOwn(CN_DAYS, s)) return addDays(today, CN_DAYS[s]!);
  let m = new RegExp(`^${WEEK}([一二三四五六日天])$`).exec(s);
  if (m) return addDays(today, (CN_WEEKDAY[m[1]!]! - weekday(today) + 7) % 7 || 7);
  m = new RegExp(`^(下|这|本|上)(?:个)?${WEEK}([一二三四五六日天])$`).exec(s);
  if (m) {
    const shift = m[1] === '下' ? 7 : m[1] === '上' ? -7 : 0;
    return addDays(weekStart(today), shift + ((CN_WEEKDAY[m[2]!]! + 6) % 7));
  }
  m = new RegExp(`^${CN_NUMBER}${CN_UNIT}(后|以后|之后|前|以前|之前)$`).exec(s);
  if (m) {
    const n = chineseNumber(m[1]!);
    if (n === null) return null;
    return addUnit(today, m[3]!.endsWith('后') ? n : -n, m[2]!);
  }
  m = new RegExp(`^([+-])${CN_NUMBER}${CN_UNIT}$`).exec(s);
  if (m) {
    const n = chineseNumber(m[2]!);
    if (n === null) return null;
    return addUnit(today, m[1] === '-' ? -n : n, m[3]!);
  }
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s);
  if (m) {
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  }
  m = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ?? /^(\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return nearestMonthDay(Number(m[1]), Number(m[2]), today);
  return null;
}
