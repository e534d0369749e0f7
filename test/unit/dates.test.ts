import { say } from '../say.js';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDay,
  isIsoDate,
  localDate,
  maxDate,
  parseUserDate,
  toDay,
  weekday,
  weekdayNumber,
  weekStart,
} from '../../src/domain/dates.js';
import { UserError } from '../../src/domain/errors.js';

// 2026-11-20 is a Friday.
const FRI = '2026-11-20';

describe('isIsoDate', () => {
  it.each(['2026-11-20', '2028-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (s) => expect(isIsoDate(s)).toBe(true));
  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2026-1-5', '20261120', '2026-11-20 ', 'today', ''])(
    'refuses %j',
    (s) => expect(isIsoDate(s)).toBe(false),
  );
});

describe('arithmetic on calendar days', () => {
  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2026-11-20', 14)).toBe('2026-12-04');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    // US and EU daylight-saving changes
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
  });

  it('counts days in every year a date can be written with, the years 0 to 99 included', () => {
    // Date.UTC reads the years 0 to 99 as 1900 to 1999: the calendar is counted by hand.
    const reference = (iso: string) => {
      const d = new Date(0);
      d.setUTCFullYear(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
      return d.getTime() / 86_400_000;
    };
    for (const iso of ['0000-01-01', '0000-02-29', '0099-12-28', '0100-01-01', '0400-02-29', '1582-10-15', '1900-03-01', '1970-01-01', '2000-02-29', '9999-12-31']) {
      expect(isIsoDate(iso), iso).toBe(true);
      expect(toDay(iso), iso).toBe(reference(iso));
      expect(fromDay(toDay(iso)), iso).toBe(iso);
    }
    expect(addDays('0100-01-01', -4)).toBe('0099-12-28');
    expect(weekStart('0100-01-01')).toBe('0099-12-28');
    expect(addMonths('0099-01-31', 1)).toBe('0099-02-28');
    // Counted past the years a date can be written with, a date stays at their first or last day.
    expect(addDays('9999-12-31', 14)).toBe('9999-12-31');
    expect(addDays('0000-01-01', -1)).toBe('0000-01-01');
    expect(isIsoDate('0100-02-29')).toBe(false); // not a leap year: divisible by 100, not by 400
    // Every form a person gives is held to the years reports can count from, words too.
    for (const [input, from] of [['tomorrow', '9899-12-31'], ['明天', '9899-12-31'], ['fri', '9899-12-30'], ['yesterday', '1000-01-01'], ['+1d', '9899-12-31']]) {
      expect(() => parseUserDate(input!, from!), input).toThrow(UserError);
    }
    expect(isIsoDate('0099-02-29')).toBe(false);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-20', 2)).toBe('2027-01-20');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts whole days between dates, positive when the first is later', () => {
    expect(daysBetween('2026-11-27', '2026-11-13')).toBe(14);
    expect(daysBetween('2026-11-13', '2026-11-27')).toBe(-14);
    expect(daysBetween('2026-03-09', '2026-03-07')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(2);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween(FRI, FRI)).toBe(0);
  });

  it('knows the weekday and the Monday that starts the week', () => {
    expect(weekday(FRI)).toBe(5);
    expect(weekday('2026-11-22')).toBe(0);
    expect(weekStart(FRI)).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
  });

  it('picks the later of two dates, either may be missing', () => {
    expect(maxDate('2026-11-01', '2026-10-31')).toBe('2026-11-01');
    expect(maxDate(null, '2026-10-31')).toBe('2026-10-31');
    expect(maxDate('2026-10-31', null)).toBe('2026-10-31');
    expect(maxDate(null, null)).toBeNull();
  });
});

describe('localDate', () => {
  it('is the calendar date of the clock reading where the user is', () => {
    expect(localDate(new Date(2026, 10, 13, 0, 0, 1))).toBe('2026-11-13');
    expect(localDate(new Date(2026, 10, 13, 23, 59, 59))).toBe('2026-11-13');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('weekdayNumber', () => {
  it('reads short and long names in any case', () => {
    expect(weekdayNumber('mon')).toBe(1);
    expect(weekdayNumber('Friday')).toBe(5);
    expect(weekdayNumber('THURS')).toBe(4);
    expect(weekdayNumber('tues')).toBe(2);
    expect(weekdayNumber('sun')).toBe(0);
    expect(weekdayNumber('someday')).toBeNull();
  });
});

describe('parseUserDate', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['today', FRI],
    ['Today', FRI],
    [' tomorrow ', '2026-11-21'],
    ['yesterday', '2026-11-19'],
    ['+3d', '2026-11-23'],
    ['3d', '2026-11-23'],
    ['+0d', FRI],
    ['-2d', '2026-11-18'],
    ['+2w', '2026-12-04'],
    ['+1m', '2026-12-20'],
    ['+2 weeks', '2026-12-04'],
    ['mon', '2026-11-23'],
    ['monday', '2026-11-23'],
    ['sat', '2026-11-21'],
    ['thu', '2026-11-26'],
    // A weekday name is the next one: on a Friday, "fri" is a week ahead.
    ['fri', '2026-11-27'],
    ['Friday', '2026-11-27'],
    ['next fri', '2026-11-27'],
  ])('reads %j on Friday 2026-11-20 as %s', (input, expected) => {
    expect(parseUserDate(input, FRI)).toBe(expected);
  });

  it('resolves relative words against the date it is given, not the clock', () => {
    expect(parseUserDate('fri', '2026-11-18')).toBe('2026-11-20');
    expect(parseUserDate('+2w', '2026-01-01')).toBe('2026-01-15');
    expect(parseUserDate('+1m', '2026-01-31')).toBe('2026-02-28');
  });

  it.each(['2026-02-30', '2026-13-01', 'soon', 'next week', '+3x', '', '11/27/2026', '2026-1-5'])('refuses %j with the accepted forms', (input) => {
    expect(() => parseUserDate(input, FRI, '--next')).toThrow(UserError);
    try {
      parseUserDate(input, FRI, '--next');
    } catch (e) {
      expect(say(e as UserError)).toBe(
        `'${input}' is not a --next date; use YYYY-MM-DD, today, tomorrow, yesterday, +3d, +2w, +1m, a weekday such as fri (the next one), or next fri (next week's)`,
      );
    }
  });
});
