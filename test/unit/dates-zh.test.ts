import { describe, expect, it } from 'vitest';
import { parseUserDate } from '../../src/domain/dates.js';
import { UserError } from '../../src/domain/errors.js';
import { zh } from '../../src/i18n/zh.js';
import { describe as words } from '../../src/i18n/messages.js';

// The week of Monday 2026-11-23 to Sunday 2026-11-29; the next week runs to 2026-12-06.
const WEEK = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
const TODAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const DAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Day of the month each word gives, written out by hand: one row per today (Mon..Sun), one column per 一..日. */
const NEXT_ONE = [
  // 一  二  三  四  五  六  日
  [30, 24, 25, 26, 27, 28, 29], // today Monday 23
  [30, 1, 25, 26, 27, 28, 29], // Tuesday 24: 周二 is next Tuesday, Dec 1
  [30, 1, 2, 26, 27, 28, 29],
  [30, 1, 2, 3, 27, 28, 29],
  [30, 1, 2, 3, 4, 28, 29],
  [30, 1, 2, 3, 4, 5, 29],
  [30, 1, 2, 3, 4, 5, 6], // Sunday 29
];
const THIS_WEEK = [23, 24, 25, 26, 27, 28, 29]; // the same whatever the day: this Monday-to-Sunday week
const NEXT_WEEK = [30, 1, 2, 3, 4, 5, 6];

const dayOf = (iso: string) => Number(iso.slice(8));

describe.each(WEEK.map((d, i) => [TODAY_NAMES[i], d, i] as const))('Chinese dates typed on %s %s', (_name, today, row) => {
  it('周X, 星期X and 礼拜X: the next one after today (a week ahead on the day itself)', () => {
    DAYS.forEach((d, col) => {
      for (const prefix of ['周', '星期', '礼拜']) expect(dayOf(parseUserDate(`${prefix}${d}`, today)), `${prefix}${d}`).toBe(NEXT_ONE[row]![col]);
    });
    expect(parseUserDate('星期天', today)).toBe(parseUserDate('周日', today));
    expect(parseUserDate('周天', today)).toBe(parseUserDate('周日', today));
  });

  it('下周X: that day of next week (weeks start on Monday)', () => {
    DAYS.forEach((d, col) => {
      expect(dayOf(parseUserDate(`下周${d}`, today))).toBe(NEXT_WEEK[col]);
      expect(dayOf(parseUserDate(`下星期${d}`, today))).toBe(NEXT_WEEK[col]);
    });
    expect(parseUserDate('下周日', today) > today).toBe(true);
  });

  it('这周X and 本周X: that day of this week, even when it has passed', () => {
    DAYS.forEach((d, col) => {
      expect(dayOf(parseUserDate(`这周${d}`, today))).toBe(THIS_WEEK[col]);
      expect(dayOf(parseUserDate(`本周${d}`, today))).toBe(THIS_WEEK[col]);
      expect(dayOf(parseUserDate(`本星期${d}`, today))).toBe(THIS_WEEK[col]);
    });
  });

  it('今天, 明天, 后天, 大后天, 昨天, 前天 count days from today', () => {
    const base = new Date(`${today}T00:00:00Z`).getTime();
    const at = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
    expect(parseUserDate('今天', today)).toBe(at(0));
    expect(parseUserDate('明天', today)).toBe(at(1));
    expect(parseUserDate('后天', today)).toBe(at(2));
    expect(parseUserDate('大后天', today)).toBe(at(3));
    expect(parseUserDate('昨天', today)).toBe(at(-1));
    expect(parseUserDate('前天', today)).toBe(at(-2));
    expect(parseUserDate('3天后', today)).toBe(at(3));
    expect(parseUserDate('三天后', today)).toBe(at(3));
    expect(parseUserDate('2周后', today)).toBe(at(14));
    expect(parseUserDate('两周后', today)).toBe(at(14));
    expect(parseUserDate('2个星期后', today)).toBe(at(14));
    expect(parseUserDate('+2周', today)).toBe(at(14));
    expect(parseUserDate('＋２周', today)).toBe(at(14));
    expect(parseUserDate('+3天', today)).toBe(at(3));
    expect(parseUserDate('10天前', today)).toBe(at(-10));
  });
});

describe('Chinese month and year forms', () => {
  it('1个月后 and +1月 add a calendar month (to the month end when the day does not exist)', () => {
    expect(parseUserDate('1个月后', '2026-11-23')).toBe('2026-12-23');
    expect(parseUserDate('一个月后', '2026-01-31')).toBe('2026-02-28');
    expect(parseUserDate('+1月', '2026-11-23')).toBe('2026-12-23');
    expect(parseUserDate('3个月前', '2026-11-23')).toBe('2026-08-23');
  });

  it('a count that lands past the year 9999 is no date, in Chinese as in English', () => {
    for (const input of ['9999个月后', '+9999月', '+9999m']) expect(() => parseUserDate(input, '9990-01-01'), input).toThrow(UserError);
  });

  it('12月3日, 12月3号, 12-03 and 12/3: the nearest such day, ahead or behind', () => {
    for (const s of ['12月3日', '12月3号', '12-03', '12/3', '12 月 3 日']) expect(parseUserDate(s, '2026-11-23'), s).toBe('2026-12-03');
    expect(parseUserDate('11月1日', '2026-11-23')).toBe('2026-11-01');
    expect(parseUserDate('1月5日', '2026-12-20')).toBe('2027-01-05');
    expect(parseUserDate('12月28日', '2027-01-03')).toBe('2026-12-28');
    expect(parseUserDate('2月29日', '2027-11-23')).toBe('2028-02-29');
  });

  it('2026年12月3日 is that day', () => {
    expect(parseUserDate('2026年12月3日', '2026-11-23')).toBe('2026-12-03');
    expect(parseUserDate('2027年1月5号', '2026-11-23')).toBe('2027-01-05');
  });

  it('refuses what is not a date, and says the accepted forms in the interface language', () => {
    for (const s of ['2026年2月30日', '13月1日', '周八', '下周', '十一天后x', '明年']) {
      let caught: unknown;
      try {
        parseUserDate(s, '2026-11-23', '--next');
      } catch (e) {
        caught = e;
      }
      expect(caught, s).toBeInstanceOf(UserError);
      const message = words(zh, (caught as UserError).issue);
      expect(message).toContain('--next 日期');
      expect(message).toContain('下周一');
      expect(message).toContain('3天后');
    }
  });

  it('keeps the English forms', () => {
    expect(parseUserDate('tomorrow', '2026-11-23')).toBe('2026-11-24');
    expect(parseUserDate('fri', '2026-11-23')).toBe('2026-11-27');
    expect(parseUserDate('+2w', '2026-11-23')).toBe('2026-12-07');
  });
});
