import { describe, expect, it } from 'vitest';
import { placeVisits, planWindow, type Placeable } from '../../src/domain/plan.js';

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
  it('spills a full day over to the next working day', () => {
    expect(layout([who('a', FRIDAY), who('b', FRIDAY), who('c', FRIDAY)])).toEqual([
      '2026-11-27: a b',
      '2026-11-30: c',
      '2026-12-01: ',
      '2026-12-02: ',
      '2026-12-03: ',
      'unplaced: ',
    ]);
  });

  it('puts someone due on a weekend on the next working day', () => {
    expect(layout([who('sat', '2026-11-28'), who('sun', '2026-11-29')])[1]).toBe('2026-11-30: sat sun');
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

  it('places a planned visit like any other when its day is outside the window or not worked', () => {
    const plan = layout([who('late', '2026-11-20', { reason: 'planned' }), who('weekend', '2026-11-28', { reason: 'planned' })]);
    expect(plan.slice(0, 2)).toEqual(['2026-11-27: late', '2026-11-30: weekend']);
  });

  it('serves the overdue first, then the hottest among those due the same day', () => {
    const plan = layout([who('today', FRIDAY, { heat: 90 }), who('cold', '2026-11-20', { heat: 5 }), who('warm', '2026-11-20', { heat: 60 })]);
    expect(plan.slice(0, 2)).toEqual(['2026-11-27: warm cold', '2026-11-30: today']);
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
    const window = planWindow(FRIDAY, WEEKDAYS, { week: true });
    expect(layout([who('sunday', '2026-12-06')], window)[4]).toBe('2026-12-04: sunday');
  });
});
