import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook } from '../helpers.js';

const TODAY = '2026-11-04';

/** Three customers: one active with a broken rhythm, one Chinese one on rhythm, one released. */
function book(): string {
  return notebook({
    'lakeside.md': customerFile(
      'name: Hangzhou Lakeside Trading\nstage: proposal\ncadence: 14',
      [
        '## 2026-09-20 visit\n- Purpose: demo',
        '## 2026-10-06 visit\n- Close: asked, CFO wants a revised quote',
        '## 2026-10-06 call\n- Close: not asked',
        '## 2026-11-02 visit\n- Close: asked, signing next week',
      ].join('\n\n') + '\n',
    ),
    'xihu.md': customerFile(
      'name: 杭州西湖贸易\nstage: 试用\ncadence: 7',
      '## 2026-10-20 拜访\n- 目的: 介绍产品\n\n## 2026-10-27 电话\n- 成交: 未提出\n',
    ),
    'gamma.md': customerFile(
      'name: Gamma Co\nstage: lead\nstatus: released\ncadence: 14',
      '## 2026-10-01 visit\n- Purpose: intro\n\n## 2026-10-29 note\n- Status: released\n- Reason: 没有预算\n',
    ),
  });
}

function run(dir: string, args: string[]) {
  return followup(['--dir', dir, '--today', TODAY, ...args]);
}

describe('followup stats', () => {
  it('gives the numbers of the period as JSON', async () => {
    const r = await run(book(), ['--json', 'stats', '--since', '2026-10-01', '--until', '2026-11-02']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ since: '2026-10-01', until: '2026-11-02', contacts: 6, customers: 3 });
    // Weeks start on Monday: 09-28 (holds 10-01), 10-05, 10-12, 10-19, 10-26, 11-02.
    expect(s.weeks).toEqual([
      { week: '2026-09-28', contacts: 1 },
      { week: '2026-10-05', contacts: 2 },
      { week: '2026-10-12', contacts: 0 },
      { week: '2026-10-19', contacts: 1 },
      { week: '2026-10-26', contacts: 1 },
      { week: '2026-11-02', contacts: 1 },
    ]);
    // Lakeside 09-20 -> 10-06 (16, late) and 10-06 -> 11-02 (27, late); 西湖 10-20 -> 10-27 (7).
    expect(s.gaps).toEqual({ count: 3, averageDays: 16.7, averageCadence: 11.7, overCadence: 2, overShare: 0.667 });
    expect(s.close).toEqual({ asked: 2, contacts: 6, rate: 0.333 });
    expect(s.funnel).toEqual({
      stages: [
        { stage: 'lead', customers: 0, configured: true },
        { stage: 'qualified', customers: 0, configured: true },
        { stage: 'proposal', customers: 1, configured: true },
        { stage: 'negotiation', customers: 0, configured: true },
        { stage: '试用', customers: 1, configured: false },
      ],
      won: 0,
      lost: 0,
      released: 1,
    });
    expect(s.outcomes).toEqual([
      { slug: 'gamma', name: 'Gamma Co', status: 'released', date: '2026-10-29', reason: '没有预算', followupFailed: true },
    ]);
  });

  it('shows the same numbers as a bar chart and lines of text', async () => {
    const r = await run(book(), ['stats', '--since', '2026-10-01', '--until', '2026-11-02']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Stats 2026-10-01 to 2026-11-02: 6 contacts with 3 customers');
    expect(out).toMatch(/^ {2}2026-10-05 {2}█{40} 2$/m);
    expect(out).toMatch(/^ {2}2026-09-28 {2}█{20} 1$/m);
    expect(out).toMatch(/^ {2}2026-10-12 {2}0$/m);
    expect(out).toContain('average gap 16.7 days against an average cadence of 11.7 days');
    expect(out).toContain('2 of 3 gaps (67%) longer than the cadence');
    expect(out).toContain('Close asked: in 2 of 6 contacts (33%)');
    expect(out).toContain('Closed: 0 won, 0 lost, 1 released');
    expect(out).toMatch(/Gamma Co\s+released\s+2026-10-29\s+没有预算\s+may have failed/);
  });

  it('covers twelve weeks up to today by default', async () => {
    const s = JSON.parse((await run(book(), ['--json', 'stats'])).stdout);
    expect(s.since).toBe('2026-08-10');
    expect(s.until).toBe(TODAY);
    expect(s.weeks).toHaveLength(13);
    expect(s.contacts).toBe(7);
  });

  it('refuses a period that ends before it starts, or a date it cannot read', async () => {
    const dir = book();
    const r = await run(dir, ['stats', '--since', '2026-11-01', '--until', '2026-10-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('followup: --since 2026-11-01 is after --until 2026-10-01; the period must start before it ends\n');
    expect(r.stdout).toBe('');
    const bad = await run(dir, ['stats', '--since', 'last tuesday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'last tuesday' is not a --since date");
  });
});
