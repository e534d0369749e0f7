import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read } from '../helpers.js';

// 2026-11-27 is a Friday: the day good reps plan next week.
const FRIDAY = '2026-11-27';

/** Four active customers and one lost one, two visits a day at most. */
function week(config = 'capacity: 2\n'): string {
  return notebook(
    {
      'lakeside.md': customerFile(
        'name: Hangzhou Lakeside Trading\nstage: proposal\ncadence: 14',
        '## 2026-11-13 visit\n- Purpose: demo\n- Next: 2026-12-02 bring the revised quote\n',
      ),
      'xihu.md': customerFile('name: 杭州西湖贸易\ncadence: 7', '## 2026-11-16 visit\n- Purpose: 介绍产品\n'),
      'gamma.md': customerFile('name: Gamma Co\ncreated: 2026-11-20'),
      'delta.md': customerFile('name: Delta Ltd\ncadence: 14', '## 2026-11-16 call\n- Purpose: intro\n'),
      'omega.md': customerFile('name: Omega Works\nstatus: lost\ncreated: 2026-11-01'),
    },
    config,
  );
}

function run(dir: string, args: string[], today = FRIDAY) {
  return followup(['--dir', dir, '--today', today, ...args]);
}

interface PlanJson {
  from: string;
  until: string;
  days: { date: string; items: { name: string; due: string }[] }[];
  unplaced: { name: string }[];
  applied: number;
}

function names(p: PlanJson): Record<string, string[]> {
  return Object.fromEntries(p.days.map((d) => [d.date, d.items.map((s) => s.name)]));
}

describe('followup plan', () => {
  it('prints a table per working day, the ones without room, and how to apply it', () => {
    const dir = week('capacity: 1\n');
    const r = run(dir, ['plan', '--days', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    // Friday, then Monday and Tuesday: the weekend has no visits.
    expect(out).toContain('Fri 2026-11-27 (1 of 1)');
    expect(out).toContain('Mon 2026-11-30 (1 of 1)');
    expect(out).toContain('Tue 2026-12-01 (1 of 1)');
    expect(out).not.toMatch(/Sat|Sun/);
    expect(out).toMatch(/Gamma Co\s+2026-11-20\s+7d\s+new/);
    expect(out).toMatch(/杭州西湖贸易\s+2026-11-23\s+7d\s+7-day rhythm/);
    expect(out).toMatch(/Delta Ltd\s+2026-11-30\s+1d\s+14-day rhythm/);
    expect(out).not.toContain('Omega');
    expect(out).not.toContain('Lakeside');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Write it into the files with followup plan --days 3 --apply');
    expect(read(dir, 'gamma.md')).toBe(customerFile('name: Gamma Co\ncreated: 2026-11-20'));
  });

  it('gives the same plan as JSON, with the planned visit kept on its day', () => {
    const r = run(week(), ['--json', 'plan', '--week']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as PlanJson;
    expect([p.from, p.until, p.applied, p.unplaced]).toEqual(['2026-11-30', '2026-12-06', 0, []]);
    expect(names(p)).toEqual({
      '2026-11-30': ['Gamma Co', '杭州西湖贸易'],
      '2026-12-01': ['Delta Ltd'],
      '2026-12-02': ['Hangzhou Lakeside Trading'],
      '2026-12-03': [],
      '2026-12-04': [],
    });
  });

  it('lists who finds no room', () => {
    const r = run(week('capacity: 1\nworkdays: [mon]\n'), ['--json', 'plan', '--days', '1']);
    const p = JSON.parse(r.stdout) as PlanJson;
    expect(names(p)).toEqual({ '2026-11-30': ['Gamma Co'] });
    expect(p.unplaced.map((s) => s.name)).toEqual(['杭州西湖贸易', 'Delta Ltd']);
  });

  it('writes the plan into the files with --apply, so agenda follows it', () => {
    const dir = week();
    const before = read(dir, 'xihu.md');
    const r = run(dir, ['plan', '--week', '--apply']);
    expect(r.code).toBe(0);
    // The Lakeside visit was planned for Wednesday already: nothing to write there.
    expect(r.stdout).toContain('Wrote the plan into 3 files.');
    expect(r.stdout).not.toContain('--apply');
    expect(read(dir, 'xihu.md')).toBe(`${before}\n## ${FRIDAY} plan\n- Next: 2026-11-30\n`);
    expect(read(dir, 'lakeside.md')).not.toContain(`## ${FRIDAY} plan`);

    const agenda = (day: string) => {
      type Item = { name: string; due: string; reason: string };
      const a = JSON.parse(run(dir, ['--json', 'agenda'], day).stdout) as { items: Item[]; spillover: Item[] };
      // Monday's visits were not logged, so they crowd later days: look past capacity too.
      return [...a.items, ...a.spillover].filter((s) => s.due === day && s.reason === 'planned').map((s) => s.name).sort();
    };
    expect(agenda('2026-11-30')).toEqual(['Gamma Co', '杭州西湖贸易'].sort());
    expect(agenda('2026-12-01')).toEqual(['Delta Ltd']);
    expect(agenda('2026-12-02')).toEqual(['Hangzhou Lakeside Trading']);
    const text = run(dir, ['agenda'], '2026-11-30').stdout;
    expect(text).toMatch(/杭州西湖贸易(?: \([^)]*\))?\s+2026-11-30\s+planned/);

    // Applying the same plan again writes nothing.
    const again = JSON.parse(run(dir, ['--json', 'plan', '--week', '--apply']).stdout) as PlanJson;
    expect(again.applied).toBe(0);
  });

  it('carries the pending plan to the new day, in the notebook language', () => {
    const dir = notebook(
      {
        'a.md': customerFile('name: 上海明珠', '## 2026-11-10 拜访\n- 下次: 2026-11-24 带合同 #合同\n'),
      },
      'locale: zh\n',
    );
    expect(run(dir, ['plan', '--apply']).code).toBe(0);
    expect(read(dir, 'a.md')).toMatch(/\n\n## 2026-11-27 计划\n- 下次: 2026-11-27 带合同 #合同\n$/);
  });

  it('refuses --days with --week', () => {
    const r = run(week(), ['plan', '--days', '3', '--week']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('followup schedule', () => {
  it("moves a customer's next visit and says from when to when", () => {
    const dir = week();
    const r = run(dir, ['schedule', 'lakeside', 'fri']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Hangzhou Lakeside Trading: next visit 2026-12-02 -> 2026-12-04 bring the revised quote\n');
    expect(read(dir, 'lakeside.md').endsWith(`\n\n## ${FRIDAY} plan\n- Next: 2026-12-04 bring the revised quote\n`)).toBe(true);
    const agenda = JSON.parse(run(dir, ['--json', 'agenda'], '2026-12-04').stdout) as { items: { name: string }[] };
    expect(agenda.items.map((s) => s.name)).toContain('Hangzhou Lakeside Trading');
    expect(JSON.parse(run(dir, ['--json', 'agenda'], '2026-12-02').stdout).items).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ name: 'Hangzhou Lakeside Trading' })]),
    );
  });

  it('takes a note, and answers with the summary in JSON', () => {
    const dir = week();
    const r = run(dir, ['--json', 'schedule', '西湖', '+3d', '--note', '带报价单']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({ name: '杭州西湖贸易', due: '2026-11-30', reason: 'planned', nextDate: '2026-11-30', nextAction: '带报价单', overdueDays: 0 });
    expect(read(dir, 'xihu.md')).toContain(`## ${FRIDAY} plan\n- Next: 2026-11-30 带报价单\n`);
  });

  it('accepts today, refuses a past or unreadable date with one line and exit code 2', () => {
    const dir = week();
    const before = read(dir, 'gamma.md');
    for (const bad of ['2026-11-26', 'yesterday', 'someday']) {
      const r = run(dir, ['schedule', 'gamma', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^followup: .+\n$/);
    }
    expect(read(dir, 'gamma.md')).toBe(before);
    const today = run(dir, ['schedule', 'gamma', 'today']);
    expect(today.code).toBe(0);
    expect(today.stdout).toBe('Gamma Co: next visit 2026-11-20 -> 2026-11-27\n');
  });

  it('names the candidates when the customer is ambiguous', () => {
    const r = run(week(), ['schedule', 'e', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Delta Ltd');
  });
});
