import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config.js';
import { buildStats, defaultSince, funnel, outcomeOf, weeklyCounts } from '../../src/domain/stats.js';
import { customer, customerFile } from '../helpers.js';

const config: Config = structuredClone(DEFAULT_CONFIG);

function make(front: string, entries: [string, ...string[]][] = [], slug = 'c') {
  const body = entries.map(([head, ...lines]) => [`## ${head}`, ...lines].join('\n')).join('\n\n');
  return customer(customerFile(front, body + '\n'), slug);
}

describe('weeklyCounts', () => {
  it('buckets by ISO week from Monday, across a month boundary, keeping empty weeks', () => {
    // 2026-09-28 is a Monday; its week runs into October.
    const dates = ['2026-09-27', '2026-09-28', '2026-09-30', '2026-10-01', '2026-10-04', '2026-10-05', '2026-10-19'];
    expect(weeklyCounts(dates, '2026-09-21', '2026-10-25')).toEqual([
      { week: '2026-09-21', contacts: 1 },
      { week: '2026-09-28', contacts: 4 },
      { week: '2026-10-05', contacts: 1 },
      { week: '2026-10-12', contacts: 0 },
      { week: '2026-10-19', contacts: 1 },
    ]);
  });

  it('starts at the Monday of the first day but counts only days in the period', () => {
    expect(weeklyCounts(['2026-09-29', '2026-10-01', '2026-10-02'], '2026-10-01', '2026-10-01')).toEqual([
      { week: '2026-09-28', contacts: 1 },
    ]);
  });
});

describe('defaultSince', () => {
  it('is the Monday of the week twelve weeks before', () => {
    expect(defaultSince('2026-11-18')).toBe('2026-08-24');
    expect(defaultSince('2026-11-16')).toBe('2026-08-24');
  });
});

describe('buildStats', () => {
  const a = make('name: A\nstage: proposal\ncadence: 14', [
    ['2026-08-20 visit'],
    ['2026-09-10 visit', '- Close: asked, not yet'],
    ['2026-09-20 call', '- Close: not asked'],
    ['2026-09-20 visit'],
    ['2026-10-20 visit', '- Close: asked, signed soon'],
    ['2026-10-25 note'],
  ], 'a');
  const b = make('name: 北京客户\nstage: lead\ncadence: 7', [['2026-09-05 visit'], ['2026-09-12 meeting'], ['2026-11-30 visit']], 'b');
  const s = buildStats([a, b], config, '2026-09-01', '2026-10-31');

  it('counts contacts in the period, each on its own, and the close-ask rate over them', () => {
    expect(s.contacts).toBe(6);
    expect(s.customers).toBe(2);
    expect(s.close).toEqual({ asked: 2, contacts: 6, rate: 0.333 });
    expect(s.weeks.reduce((n, w) => n + w.contacts, 0)).toBe(6);
  });

  it('averages the gaps that end in the period, and those still open and late at its end, against the cadence they were due at', () => {
    // A: 08-20 -> 09-10 (21, late), 09-10 -> 09-20 (10), 09-20 -> 10-20 (30, late), 10-20 -> 10-31 open (11, on time:
    // not counted); B: 09-05 -> 09-12 (7), 09-12 -> 10-31 still open (49, late).
    expect(s.gaps).toEqual({ count: 5, averageDays: 23.4, averageCadence: 11.2, overCadence: 3, overShare: 0.6 });
  });

  it('has no averages when no gap ended in the period and the open one is not late yet', () => {
    const empty = buildStats([a], config, '2026-10-21', '2026-10-30');
    expect(empty.gaps).toEqual({ count: 0, averageDays: null, averageCadence: null, overCadence: 0, overShare: null });
    expect(empty.close.rate).toBeNull();
  });
});

describe('funnel', () => {
  it('counts active customers per configured stage in order, then other stages, then the closed ones', () => {
    const customers = [
      make('name: A\nstage: Proposal'),
      make('name: B\nstage: lead'),
      make('name: C\nstage: proposal'),
      make('name: D\nstage: 试用'),
      make('name: E'),
      make('name: F\nstage: proposal\nstatus: won'),
      make('name: G\nstage: lead\nstatus: released'),
      make('name: H\nstatus: released'),
      make('name: I\nstage: 试用'),
    ];
    expect(funnel(customers, config)).toEqual({
      stages: [
        { stage: 'lead', customers: 1, configured: true },
        { stage: 'qualified', customers: 0, configured: true },
        { stage: 'proposal', customers: 2, configured: true },
        { stage: 'negotiation', customers: 0, configured: true },
        { stage: '试用', customers: 2, configured: false },
        { stage: null, customers: 1, configured: false },
      ],
      won: 1,
      lost: 0,
      released: 2,
    });
  });
});

describe('outcomes', () => {
  const released = make('name: R\nstatus: released\ncadence: 14', [
    ['2026-09-01 visit'],
    ['2026-10-20 visit'],
    ['2026-10-01 note', '- Status: lost', '- Reason: went with a rival'],
    ['2026-10-05 note', '- Status: active'],
    ['2026-10-30 note', '- Status: released', '- Reason: 预算冻结'],
  ], 'r');
  const won = make('name: W\nstatus: won', [['2026-10-02 visit', '- Close: asked'], ['2026-10-03 note', '- Status: won']], 'w');
  const byHand = make('name: H\nstatus: lost', [['2026-10-02 visit']], 'h');

  it('takes the date and reason from the latest entry whose Status matches the status', () => {
    expect(outcomeOf(released, config)).toEqual({
      slug: 'r', name: 'R', status: 'released', date: '2026-10-30', reason: '预算冻结', followupFailed: true,
    });
    expect(outcomeOf(won, config)).toMatchObject({ status: 'won', date: '2026-10-03', reason: null, followupFailed: null });
    expect(outcomeOf(byHand, config)).toBeNull();
  });

  it('lists the outcomes in the period, newest first', () => {
    const s = buildStats([won, released, byHand], config, '2026-10-01', '2026-10-31');
    expect(s.outcomes.map((o) => o.slug)).toEqual(['r', 'w']);
    expect(buildStats([won, released], config, '2026-10-04', '2026-10-29').outcomes).toEqual([]);
  });
});
