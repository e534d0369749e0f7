import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { buildAgenda } from '../../src/domain/agenda.js';
import { buildPlan, placeVisits, planWindow, type Placeable } from '../../src/domain/plan.js';
import { summarize } from '../../src/domain/summary.js';
import { addDays } from '../../src/domain/dates.js';
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

  it('keeps everyone due on Wednesday on Wednesday in a light week, not spread over the days after', () => {
    const p = placeVisits([who('a', '2026-12-02'), who('b', '2026-12-02'), who('c', '2026-12-02')], NEXT_WEEK, 15);
    expect(p.days.map((d) => d.items.map((s) => s.name))).toEqual([[], [], ['a', 'b', 'c'], [], []]);
  });

  it('puts a customer due Wednesday on Wednesday even when the backlog has brought it to the fair share', () => {
    // Five overdue: one a day. Wednesday is at the fair share but far from capacity.
    const p = placeVisits([...many(5, '2026-11-20'), who('wed', '2026-12-02')], NEXT_WEEK, 15);
    expect(p.days.map((d) => d.items.map((s) => s.name))).toEqual([['c01'], ['c02'], ['c03', 'wed'], ['c04'], ['c05']]);
  });

  it('fills the due day up to capacity, then takes the next day with room', () => {
    const window = planWindow(FRIDAY, WEEKDAYS, { days: 3 });
    expect(layout(many(4, FRIDAY), window, 3)).toEqual(['2026-11-27: c01 c02 c03', '2026-11-30: c04', '2026-12-01: ', 'unplaced: ']);
    expect(layout(many(3, '2026-12-02'), NEXT_WEEK, 2).slice(2, 4)).toEqual(['2026-12-02: c01 c02', '2026-12-03: c03']);
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
    const all = [who('today', FRIDAY, { heat: 90 }), who('cold', '2026-11-20', { heat: 5 }), who('warm', '2026-11-20', { heat: 60 })];
    const plan = layout(all, planWindow(FRIDAY, WEEKDAYS, {}), 1);
    expect(plan.slice(0, 3)).toEqual(['2026-11-27: warm', '2026-11-30: cold', '2026-12-01: today']);
  });

  it('gives the pinned visits the first day, past capacity, and counts them in the fair share', () => {
    const pinned = many(3, '2026-11-10', 'pin');
    // Three pinned and seven more overdue: a share of two a day; Friday already holds three.
    const p = placeVisits([...pinned, ...many(7, '2026-11-20')], planWindow(FRIDAY, WEEKDAYS, {}), 2, pinned);
    expect(p.days.map((d) => d.items.map((s) => s.name))).toEqual([
      ['pin01', 'pin02', 'pin03'],
      ['c01', 'c02'],
      ['c03', 'c04'],
      ['c05', 'c06'],
      ['c07'],
    ]);
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
  /** A real summary: a visit one cadence before `due` sets the due date; `next` adds a plan. */
  const person = (name: string, due: string, next?: string, today = FRIDAY) =>
    summarize(
      customer(
        customerFile(`name: ${name}\ncadence: 14`, `## ${addDays(due, -14)} visit\n` + (next ? `\n## ${addDays(due, -13)} plan\n- Next: ${next}\n` : '')),
        name,
      ),
      DEFAULT_CONFIG,
      today,
    );
  const names = (list: { name: string }[]) => list.map((s) => s.name);
  const people = [person('old', '2026-11-10'), person('late', '2026-11-20'), person('today', FRIDAY), person('mon', '2026-11-30'), person('wed', '2026-12-02', '2026-12-02')];

  it('planning next week on Friday places everyone overdue or due today into it, spread evenly', () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 2);
    // Three of the backlog and one kept visit over five days: one a day, 'wed' keeps its day.
    expect(p.days.map((d) => names(d.items))).toEqual([['old', 'mon'], ['late'], ['wed'], ['today'], []]);
    expect(p.unplaced).toEqual([]);
  });

  it('leaves nobody due today out of next week, whatever the capacity', () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(names(p.days.flatMap((d) => d.items)).sort()).toEqual(['late', 'mon', 'old', 'today', 'wed']);
  });

  it('twenty overdue on a Friday are all placed next week, four a day, not five and fifteen left for Monday', () => {
    const backlog = Array.from({ length: 20 }, (_, i) => person(`c${String(i + 1).padStart(2, '0')}`, addDays('2026-11-01', i)));
    const p = buildPlan(backlog, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(p.days.map((d) => d.items.length)).toEqual([4, 4, 4, 4, 4]);
    expect(p.unplaced).toEqual([]);
  });

  it('names those that do not fit within capacity', () => {
    const backlog = Array.from({ length: 12 }, (_, i) => person(`c${String(i + 1).padStart(2, '0')}`, addDays('2026-11-01', i)));
    const p = buildPlan(backlog, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 2);
    expect(p.days.map((d) => d.items.length)).toEqual([2, 2, 2, 2, 2]);
    expect(names(p.unplaced)).toEqual(['c11', 'c12']);
  });

  it('spreads new customers, who have no date of their own yet', () => {
    const fresh = (name: string) => summarize(customer(customerFile(`name: ${name}\ncreated: ${FRIDAY}`), name), DEFAULT_CONFIG, FRIDAY);
    const all = ['n1', 'n2', 'n3', 'n4', 'n5'].map(fresh);
    expect(all[0]!.reason).toBe('new');
    const p = buildPlan(all, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(p.days.map((d) => names(d.items))).toEqual([['n1'], ['n2'], ['n3'], ['n4'], ['n5']]);
  });

  it('plans today as the first day of a window that starts today', () => {
    const p = buildPlan(people, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { days: 3 }), 2);
    // Today holds the agenda's two warmest; the rest is spread from Monday.
    expect(p.days.map((d) => names(d.items))).toEqual([['late', 'today'], ['old', 'mon'], []]);
  });

  it("--days 5 on a Friday keeps today's agenda, the most overdue, on Friday and spreads the rest", () => {
    const day = (i: number) => String(i + 1).padStart(2, '0');
    const backlog = Array.from({ length: 15 }, (_, i) => person(`c${day(i)}`, `2026-11-${day(i)}`));
    const p = buildPlan(backlog, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { days: 5 }), 5);
    expect(names(p.days[0]!.items)).toEqual(names(buildAgenda(backlog, FRIDAY, 1, 5).items));
    // Fifteen over five days is three a day; Friday keeps its five (the warmest), the other ten follow.
    expect(p.days.map((d) => names(d.items))).toEqual([
      ['c11', 'c12', 'c13', 'c14', 'c15'],
      ['c01', 'c02', 'c03'],
      ['c04', 'c05', 'c06'],
      ['c07', 'c08', 'c09'],
      ['c10'],
    ]);
  });

  it("pins today's agenda as the agenda chose it: a warm deal before a colder, older one", () => {
    const warm = summarize(
      customer(customerFile('name: warm\ncadence: 7', '## 2026-11-06 visit\n- Stage: lead -> qualified\n## 2026-11-13 visit\n'), 'warm'),
      DEFAULT_CONFIG,
      FRIDAY,
    );
    const all = [person('cold1', '2026-11-01'), person('cold2', '2026-11-02'), warm];
    const p = buildPlan(all, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { days: 5 }), 2);
    expect(p.days.map((d) => names(d.items)).slice(0, 2)).toEqual([['cold1', 'warm'], ['cold2']]);
  });

  it('--week on a Wednesday leaves customers due Thursday and Friday to their own days', () => {
    const wednesday = '2026-11-25';
    const on = (name: string, due: string) => person(name, due, undefined, wednesday);
    const all = [on('over', '2026-11-20'), on('wed', wednesday), on('thu', '2026-11-26'), on('fri', FRIDAY), on('mon', '2026-11-30')];
    const p = buildPlan(all, wednesday, planWindow(wednesday, WEEKDAYS, { week: true }), 15);
    expect(p.days.map((d) => names(d.items))).toEqual([['over', 'mon'], ['wed'], [], [], []]);
    expect(p.unplaced).toEqual([]);
  });

  it('planning next week on Friday takes in the customers due over the weekend', () => {
    const all = [person('sat', '2026-11-28'), person('sun', '2026-11-29'), person('mon', '2026-11-30')];
    const p = buildPlan(all, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(p.days.map((d) => names(d.items))).toEqual([['sat', 'mon'], ['sun'], [], [], []]);
  });

  it('leaves a visit the rep planned for Saturday to that Saturday', () => {
    const all = [person('planned', '2026-11-10', '2026-11-28'), person('sun', '2026-11-29')];
    expect(all[0]!.reason).toBe('planned');
    const p = buildPlan(all, FRIDAY, planWindow(FRIDAY, WEEKDAYS, { week: true }), 15);
    expect(p.unplaced).toEqual([]);
    expect(p.days.map((d) => names(d.items))).toEqual([['sun'], [], [], [], []]);
  });

  it('leaves a customer due on a working Saturday to that Saturday', () => {
    const all = [person('sat', '2026-11-28'), person('sun', '2026-11-29')];
    const p = buildPlan(all, FRIDAY, planWindow(FRIDAY, [1, 2, 3, 4, 5, 6], { week: true }), 15);
    expect(p.days.map((d) => names(d.items))).toEqual([['sun'], [], [], [], [], []]);
  });

  it('keeps no agenda on a day off: everyone due goes into the plan, the backlog first', () => {
    const saturday = '2026-11-28';
    const p = buildPlan(people, saturday, planWindow(saturday, WEEKDAYS, { days: 2 }), 1);
    expect(p.days.map((d) => names(d.items))).toEqual([['old'], ['late']]);
    expect(names(p.unplaced)).toEqual(['today', 'mon']);
  });

  it('on a Saturday, --days plans whoever falls due on Sunday', () => {
    const saturday = '2026-11-28';
    const p = buildPlan([person('sun', '2026-11-29')], saturday, planWindow(saturday, WEEKDAYS, { days: 2 }), 15);
    expect(p.days.map((d) => names(d.items))).toEqual([['sun'], []]);
  });
});
