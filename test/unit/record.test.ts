import { verdict } from '../say.js';
import { factsOf, summarize } from '../../src/domain/summary.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config.js';
import { contactGaps, followupRecord, longestStall } from '../../src/domain/record.js';
import { customer, customerFile } from '../helpers.js';

const config: Config = structuredClone(DEFAULT_CONFIG);

/** A customer with cadence 14 and one `## date kind` entry per item, with the given lines. */
function withEntries(entries: [string, ...string[]][], front = 'name: Acme\nstage: proposal\ncadence: 14') {
  const body = entries.map(([head, ...lines]) => [`## ${head}`, ...lines].join('\n')).join('\n\n');
  return customer(customerFile(front, body + '\n'));
}

describe('contactGaps', () => {
  const c = withEntries([
    ['2026-01-01 visit'],
    ['2026-01-10 call'],
    ['2026-01-10 visit'],
    ['2026-01-12 note'],
    ['2026-02-10 visit'],
    ['2026-03-01 plan'],
  ]);

  it('measures gaps between contact days, then from the last contact to today', () => {
    expect(contactGaps(factsOf(c), 14, '2026-02-20')).toEqual([
      { from: '2026-01-01', to: '2026-01-10', days: 9, overCadence: false, open: false },
      { from: '2026-01-10', to: '2026-02-10', days: 31, overCadence: true, open: false },
      { from: '2026-02-10', to: '2026-02-20', days: 10, overCadence: false, open: true },
    ]);
  });

  it('counts a gap of exactly the cadence as on time, one day more as late', () => {
    const gaps = contactGaps(factsOf(withEntries([['2026-01-01 visit'], ['2026-01-15 visit'], ['2026-01-30 visit']])), 14, '2026-01-30');
    expect(gaps.map((g) => [g.days, g.overCadence])).toEqual([[14, false], [15, true]]);
  });

  it('ignores contacts after today and leaves out the open gap when asked to', () => {
    expect(contactGaps(factsOf(c), 14, '2026-01-20', false).map((g) => g.to)).toEqual(['2026-01-10']);
  });
});

describe('longestStall', () => {
  it('finds the longest run of contacts without a stage change, as progress.ts counts it', () => {
    const c = withEntries([
      ['2026-01-01 visit', '- Stage: lead'],
      ['2026-01-08 visit'],
      ['2026-01-15 visit', '- Stage: lead -> qualified'],
      ['2026-01-22 visit'],
      ['2026-01-29 call', '- Stage: qualified'],
      ['2026-02-05 note', '- Discussed: internal'],
      ['2026-02-12 visit'],
      ['2026-02-19 visit', '- Stage: qualified -> proposal'],
      ['2026-02-26 visit'],
    ]);
    // 01-22, 01-29 (same stage repeated is no change) and 02-12: three contacts; the note does not count.
    expect(longestStall(factsOf(c), '2026-03-01')).toEqual({ contacts: 3, from: '2026-01-22', to: '2026-02-12' });
    // Up to a day, only the contacts until then.
    expect(longestStall(factsOf(c), '2026-01-22')).toEqual({ contacts: 2, from: '2026-01-01', to: '2026-01-08' });
  });

  it('is null without contacts', () => {
    expect(longestStall(factsOf(withEntries([['2026-01-01 note']])), '2026-01-02')).toBeNull();
  });
});

describe('followupRecord', () => {
  it('blames the follow-up when gaps ran past the cadence and the close was rarely asked', () => {
    const c = withEntries([
      ['2026-01-01 visit', '- Stage: lead'],
      ['2026-01-30 visit'],
      ['2026-02-10 visit', '- Stage: lead -> qualified'],
      ['2026-03-10 visit', '- Close: asked, not yet'],
      ['2026-03-20 call', '- Close: not asked'],
      ['2026-04-10 visit', '- Stage: qualified -> proposal'],
    ]);
    const r = followupRecord(c, config, '2026-04-20');
    expect(r).toMatchObject({
      cadence: 14,
      contacts: 6,
      firstContact: '2026-01-01',
      lastContact: '2026-04-10',
      gapsOverCadence: 3,
      closesAsked: 1,
      followupFailed: true,
    });
    expect(r.gaps).toHaveLength(6);
    expect(r.longestGap).toMatchObject({ from: '2026-01-01', to: '2026-01-30', days: 29 });
    expect(r.shortfalls).toEqual(['went-cold', 'rhythm']);
    expect(verdict(r.verdict)).toBe(
      '3 of 6 gaps were longer than the 14-day cadence (the longest 29 days) and the close was asked in 1 of 6 contacts: the follow-up may have failed, not the customer.',
    );
  });

  it('says the follow-up kept the rhythm when it did', () => {
    const c = withEntries([
      ['2026-01-01 visit', '- Stage: lead'],
      ['2026-01-14 visit', '- Stage: lead -> qualified', '- Close: asked, too early'],
      ['2026-01-27 visit', '- Close: asked, budget is frozen'],
      ['2026-02-09 visit', '- Stage: qualified -> proposal'],
    ]);
    const r = followupRecord(c, config, '2026-02-12');
    expect(r.followupFailed).toBe(false);
    expect(r.shortfalls).toEqual([]);
    expect(verdict(r.verdict)).toBe(
      'None of the 4 gaps was longer than the 14-day cadence and the close was asked in 2 of 4 contacts: the follow-up kept the rhythm, so the reason more likely lies with the customer.',
    );
  });

  it('names a stall and a close never asked, even when the rhythm was kept', () => {
    const c = withEntries([['2026-01-01 visit'], ['2026-01-10 visit'], ['2026-01-20 visit'], ['2026-01-30 visit']]);
    const r = followupRecord(c, config, '2026-02-01');
    expect(r.longestStall).toEqual({ contacts: 4, from: '2026-01-01', to: '2026-01-30' });
    expect(r.shortfalls).toEqual(['stalled', 'no-close']);
    expect(verdict(r.verdict)).toBe(
      'None of the 4 gaps was longer than the 14-day cadence, 4 contacts in a row did not move the stage and the close was never asked in 4 contacts: the follow-up may have failed, not the customer.',
    );
  });

  it('counts the time since the last contact: a customer left alone went cold', () => {
    const c = withEntries([['2026-01-01 visit', '- Close: asked'], ['2026-01-10 visit', '- Close: asked']]);
    expect(followupRecord(c, config, '2026-01-20').followupFailed).toBe(false);
    const late = followupRecord(c, config, '2026-03-01');
    expect(late.longestGap).toMatchObject({ from: '2026-01-10', to: '2026-03-01', open: true });
    expect(late.shortfalls).toContain('went-cold');
  });

  it('uses the cadence of the stage the entries moved the deal to, as the agenda does', () => {
    // The front matter still says lead; a hand-written Stage line moved it on.
    const c = withEntries([['2026-01-01 visit', '- Stage: lead -> negotiation'], ['2026-01-20 visit']], 'name: Acme\nstage: lead');
    const tuned = { ...config, cadenceByStage: { negotiation: 7 } };
    expect(followupRecord(c, tuned, '2026-01-20').cadence).toBe(summarize(c, tuned, '2026-01-20').cadence);
    expect(followupRecord(c, tuned, '2026-01-20').cadence).toBe(7);
  });

  it('uses the cadence the customer is due at, and the thresholds of the config', () => {
    const c = withEntries([['2026-01-01 visit'], ['2026-01-20 visit']], 'name: Acme\nstage: negotiation');
    const r = followupRecord(c, { ...config, cadenceByStage: { negotiation: 7 }, stalledAfter: 5 }, '2026-01-20');
    expect(r.cadence).toBe(7);
    expect(r.gapsOverCadence).toBe(1);
    expect(r.shortfalls).not.toContain('stalled');
  });

  it('says the follow-up never started when nobody was ever contacted', () => {
    const r = followupRecord(withEntries([['2026-01-01 note', '- Discussed: found at a fair']]), config, '2026-02-01');
    expect(r).toMatchObject({ contacts: 0, firstContact: null, gaps: [], longestStall: null, shortfalls: ['no-contact'], followupFailed: true });
    expect(verdict(r.verdict)).toMatch(/never started/);
  });

  it('leaves out entries dated after today', () => {
    const c = withEntries([['2026-01-01 visit'], ['2026-01-05 visit', '- Close: asked'], ['2026-03-01 visit', '- Close: asked']]);
    expect(followupRecord(c, config, '2026-01-05')).toMatchObject({ contacts: 2, lastContact: '2026-01-05', closesAsked: 1 });
  });
});
