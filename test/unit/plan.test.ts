import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { buildPlan, placeVisits, planWindow, type Placeable } from '../../src/domain/plan.js';
import { summarize } from '../../src/domain/summary.js';
import { customer, customerFile } from '../helpers.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
// 2026-11-27 is a Friday.
const FRIDAY = '2026-11-27';

function who(name: string, due: string, more: Partial<Placeable> = {}): Placeable {
  return { name, due, status: 'active', reason: 'cadence', heat: 50, ...more };
}

/** The plan as `date: names` lines, easy to read in a failing test. */
function layout(all: Placeable[], window = planWindow(FRIDAY, WEEKDAYS, {}), capacity = 2): string[] {
  const p = placeVisits(all, window, capacity);
  return [...p.days.map((d) => `${d.date}: ${d.items.map((s) => s.name).join(' ')}`), `unplaced: ${p.unplaced.map((s) => s.name).join(' ')}`];
}

describe('planWindow', () => {
  it('takes the next working days from today, skipping the weekend', () => {
    expect(planWindow(FRIDAY, WEEKDAYS, { days: 3 })).toEqual({
      from: FRIDAY,
      until: '2026-12-01',
      days: [FRIDAY, '2026-11-30', '2026-12-01'],
    });
  });

  it('starts on the next working day when today is not one, five days by default', () => {
    const w = planWindow('2026-11-28', WEEKDAYS, {});
    expect(w.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect([w.from, w.until]).toEqual(['2026-11-30', '2026-12-04']);
  });

  it('plans next week from a Friday: Monday to Sunday, working days only', () => {
    const w = planWindow(FRIDAY, WEEKDAYS, { week: true });
    expect([w.from, w.until]).toEqual(['2026-11-30', '2026-12-06']);
    expect(w.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
  });

  it('means the Monday after today even on a Monday or a Sunday', () => {
    expect(planWindow('2026-11-30', WEEKDAYS, { week: true }).from).toBe('2026-12-07');
    expect(planWindow('2026-11-29', WEEKDAYS, { week: true }).from).toBe('2026-11-30');
  });

  it('follows the configured working days', () => {
    expect(planWindow(FRIDAY, [1, 2, 3, 4, 5, 6], { days: 3 }).days).toEqual([FRIDAY, '2026-11-28', '2026-11-30']);
    expect(planWindow(FRIDAY, [2, 4], { week: true }).days).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('placeVisits', () => {
  const NEXT_WEEK = planWindow(FRIDAY, WEEKDAYS, { week: true });
  /** n customers named prefix1..prefixN, all due on `due`, hottest first in name order. */
  const many = (n: number, due: string, prefix = 'c') =>
    Array.from({ length: n }, (_, i) => who(`${prefix}${String(i + 1).padStart(2, '0')}`, due, { heat: 90 - i }));
  const loads = (p: { days: { items: unknown[] }[] }) => p.days.map((d) => d.items.length);

  it('spreads a backlog evenly over the week instead of piling it on Monday', () => {
    const p = placeVisits(many(15, '2026-11-20'), NEXT_WEEK, 15);
    expect(loads(p)).toEqual([3, 3, 3, 3, 3]);
    // The first in line (earliest due, hottest) get the earliest days.
    expect(p.days[0]!.items.map((s) => s.name)).toEqual(['c01', 'c02', 'c03']);
    expect(p.days[4]!.items.map((s) => s.name)).toEqual(['c13', 'c14', 'c15']);
  });

  it('rounds the fair share up, so the last days take what is left', () => {
    expect(loads(placeVisits(many(7, '2026-11-20'), NEXT_WEEK, 15))).toEqual([2, 2, 2, 1, 0]);
  });

  it('never fills a day past capacity, even when the fair share would be larger', () => {
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 2 });
    const p = placeVisits(many(12, '2026-11-20'), window, 4);
    expect(loads(p)).toEqual([4, 4]);
    expect(p.unplaced.map((s) => s.name)).toEqual(['c09', 'c10', 'c11', 'c12']);
  });

  it('puts someone due on a weekend on the next working day', () => {
    expect(layout([who('sat', '2026-11-28')])[1]).toBe('2026-11-30: sat');
    expect(layout([who('sun', '2026-11-29')])[1]).toBe('2026-11-30: sun');
  });

  it('never plans a visit before its due date while a later day is below the fair share', () => {
    const p = placeVisits([...many(2, '2026-11-20', 'late'), who('wed', '2026-12-02')], NEXT_WEEK, 15);
    expect(p.days.map((d) => d.items.map((s) => s.name))).toEqual([['late01'], ['late02'], ['wed'], [], []]);
  });

  it('goes to the next day below the fair share when the due day has reached it', () => {
    const p = placeVisits([who('a', '2026-12-02'), who('b', '2026-12-02'), who('c', '2026-12-02')], NEXT_WEEK, 15);
    // Three over five days: one a day, from Wednesday on.
    expect(p.days.map((d) => d.items.map((s) => s.name))).toEqual([[], [], ['a'], ['b'], ['c']]);
  });

  it('prefers a day on or after the due date with room over an earlier day below the fair share', () => {
    // Fair share 2 over Friday, Monday, Tuesday; capacity 3.
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 3 });
    const early = many(3, FRIDAY, 'early');
    const tue = many(3, '2026-12-01', 'tue');
    expect(layout([...early, ...tue], window, 3)).toEqual([
      '2026-11-27: early01 early02',
      '2026-11-30: early03',
      '2026-12-01: tue01 tue02 tue03',
      'unplaced: ',
    ]);
  });

  it('keeps a planned visit on its day and gives it the capacity first', () => {
    const plan = layout([who('hot', '2026-12-01', { heat: 99 }), who('p', '2026-12-01', { reason: 'planned', heat: 1 }), who('q', '2026-12-01', { reason: 'planned', heat: 1 })]);
    expect(plan.slice(2, 4)).toEqual(['2026-12-01: p q', '2026-12-02: hot']);
  });

  it('never moves a planned visit, even past capacity', () => {
    const planned = { reason: 'planned' as const };
    const plan = layout([who('p', '2026-11-30', planned), who('q', '2026-11-30', planned), who('r', '2026-11-30', planned)]);
    expect(plan[1]).toBe('2026-11-30: p q r');
  });

  it('counts planned visits in the fair share, and spreads the rest around them', () => {
    const planned = many(5, '2026-12-02', 'wed').map((s) => ({ ...s, reason: 'planned' as const }));
    // Ten to place over five days: two a day, nobody added to the full Wednesday.
    const p = placeVisits([...planned, ...many(5, '2026-11-20')], NEXT_WEEK, 15);
    expect(loads(p)).toEqual([2, 2, 5, 1, 0]);
  });

  it('places a planned visit like any other when its day is outside the window or not worked', () => {
    const plan = layout([who('late', '2026-11-20', { reason: 'planned' }), who('weekend', '2026-11-28', { reason: 'planned' })]);
    expect(plan.slice(0, 2)).toEqual(['2026-11-27: late', '2026-11-30: weekend']);
  });

  it('serves the overdue first, then the hottest among those due the same day', () => {
    const plan = layout([who('today', FRIDAY, { heat: 90 }), who('cold', '2026-11-20', { heat: 5 }), who('warm', '2026-11-20', { heat: 60 })]);
    expect(plan.slice(0, 3)).toEqual(['2026-11-27: warm', '2026-11-30: cold', '2026-12-01: today']);
  });

  it('visits a bit early rather than not at all when the days after the due date are full', () => {
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 3 });
    const plan = layout([who('a', '2026-12-01'), who('b', '2026-12-01'), who('c', '2026-12-01'), who('d', '2026-12-01')], window);
    expect(plan).toEqual(['2026-11-27: ', '2026-11-30: c d', '2026-12-01: a b', 'unplaced: ']);
  });

  it('lists as unplaced whoever finds no room on any day', () => {
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 1 });
    expect(layout([who('a', FRIDAY, { heat: 10 }), who('b', FRIDAY, { heat: 80 }), who('c', FRIDAY, { heat: 40 })], window)).toEqual([
      '2026-11-27: b c',
      'unplaced: a',
    ]);
  });

  it('leaves out customers due after the window and those no longer active', () => {
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 1 });
    expect(layout([who('later', '2026-11-30'), who('won', FRIDAY, { status: 'won', heat: null })], window)).toEqual([
      '2026-11-27: ',
      'unplaced: ',
    ]);
  });

  it('takes next week customers due over its weekend, on the Friday before', () => {
    expect(layout([who('sunday', '2026-12-06')], NEXT_WEEK)[4]).toBe('2026-12-04: sunday');
  });
});

describe('buildPlan', () => {
  /** A real summary: `created` sets the due date of a customer never contacted. */
  const person = (name: string, due: string, next?: string) =>
    summarize(
      customer(customerFile(`name: ${name}\ncreated: ${due}`, next ? `## 2026-11-01 plan\n- Next: ${next}\n` : ''), name),
      DEFAULT_CONFIG,
      FRIDAY,
    );
  const names = (list: { name: string }[]) => list.map((s) => s.name);
  const people = [person('old', '2026-11-10'), person('late', '2026-11-20'), person('today', FRIDAY), person('mon', '2026-11-30'), person('wed', '2026-12-02', '2026-12-02')];

  it("planning next week on Friday leaves today's agenda alone and plans the overdue it cannot hold", () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 2);
    expect(names(p.today)).toEqual(['old', 'late']);
    expect(p.days.map((d) => names(d.items))).toEqual([['today'], ['mon'], ['wed'], [], []]);
    expect(p.unplaced).toEqual([]);
  });

  it('keeps everyone due today on the agenda when they fit, planning only who is due later', () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(names(p.today)).toEqual(['old', 'late', 'today']);
    expect(names(p.days.flatMap((d) => d.items))).toEqual(['mon', 'wed']);
  });

  it('plans today as the first day of a window that starts today', () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { days: 3 }), 2);
    expect(p.today).toEqual([]);
    expect(p.days.map((d) => names(d.items))).toEqual([['old', 'late'], ['today', 'mon'], []]);
  });

  it("keeps today's agenda on a day off, when --days starts on the next working day", () => {
    const saturday = '2026-11-28';
    const p = buildPlan(people, saturday, planWindow(saturday, WEEKDAYS, { days: 2 }), 1);
    expect(names(p.today)).toEqual(['old']);
    expect(p.days.map((d) => names(d.items))).toEqual([['late'], ['today']]);
    expect(names(p.unplaced)).toEqual(['mon']);
  });
});
