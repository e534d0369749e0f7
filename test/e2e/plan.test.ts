import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read } from '../helpers.js';

// 2026-11-27 is a Friday: the day good reps plan next week.
const FRIDAY = '2026-11-27';

/** Four active customers and one lost one, two visits a day at most. */
function week(config = 'capacity: 2\n', more: Record<string, string> = {}): string {
  return notebook(
    {
      'lakeside.md': customerFile(
        'name: Hangzhou Lakeside Trading\nstage: proposal\ncadence: 14',
        '## 2026-11-13 visit\n- Purpose: demo\n- Next: 2026-12-02 bring the revised quote\n',
      ),
      'xihu.md': customerFile('name: 杭州西湖贸易\ncadence: 7', '## 2026-11-16 visit\n- Purpose: 介绍产品\n'),
      'gamma.md': dueOn('name: Gamma Co', '2026-11-20'),
      'delta.md': customerFile('name: Delta Ltd\ncadence: 14', '## 2026-11-16 call\n- Purpose: intro\n'),
      'omega.md': customerFile('name: Omega Works\nstatus: lost\ncreated: 2026-11-01'),
      ...more,
    },
    config,
  );
}

/** `week()` plus a new customer due today: on Friday, the two overdue fill the day and Epsilon spills over. */
const EPSILON = { 'epsilon.md': dueOn('name: Epsilon GmbH', '2026-11-27') };

/** n customers never contacted, 客户01 created (so due) on 2026-11-01, 客户02 the day after, and so on. */
function backlog(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= n; i++) {
    const day = String(i).padStart(2, '0');
    files[`c${day}.md`] = dueOn(`name: 客户${day}`, `2026-11-${day}`);
  }
  return files;
}

/** A customer due on `due` by rhythm: visited once, one cadence (14 days) before. */
function dueOn(front: string, due: string): string {
  const d = new Date(`${due}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 14);
  return customerFile(`${front}\ncadence: 14`, `## ${d.toISOString().slice(0, 10)} visit\n`);
}

function run(dir: string, args: string[], today = FRIDAY) {
  return followup(['--dir', dir, '--today', today, ...args]);
}

interface Item {
  name: string;
  due: string;
  reason: string;
}

interface PlanJson {
  from: string;
  until: string;
  today: Item[];
  days: { date: string; items: Item[] }[];
  unplaced: Item[];
  applied: number;
}

function names(p: PlanJson): Record<string, string[]> {
  return Object.fromEntries(p.days.map((d) => [d.date, d.items.map((s) => s.name)]));
}

async function plan(dir: string, args: string[], today = FRIDAY): Promise<PlanJson> {
  const r = await run(dir, ['--json', 'plan', ...args], today);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PlanJson;
}

describe('followup plan', () => {
  it("prints a table per working day, today's agenda first, and how to apply it", async () => {
    const dir = week('capacity: 1\n');
    const r = await run(dir, ['plan', '--days', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('Plan for 2026-11-27 to 2026-12-01: 3 visits on 3 working days');
    // The window starts today: today's agenda is its first day, nothing is held back.
    expect(lines[1]).toBe('');
    expect(out).not.toContain("today's agenda");
    // Friday, then Monday and Tuesday: the weekend has no visits.
    const day = (title: string) => out.slice(out.indexOf(title)).split('\n\n')[0]!;
    expect(out).not.toMatch(/Sat|Sun/);
    // Friday keeps today's agenda (the warmer of the two overdue); the colder one goes to Monday,
    // late by the days it will have waited, and Delta, due Monday, finds room on Tuesday.
    expect(day('Fri 2026-11-27 (1 of 1)')).toMatch(/\nGamma Co\s+2026-11-20\s+7d\s+14-day rhythm/);
    expect(day('Mon 2026-11-30 (1 of 1)')).toMatch(/\n杭州西湖贸易\s+2026-11-23\s+7d\s+7-day rhythm/);
    expect(day('Tue 2026-12-01 (1 of 1)')).toMatch(/\nDelta Ltd\s+2026-11-30\s+1d\s+14-day rhythm/);
    const agenda = JSON.parse((await run(dir, ['--json', 'agenda'])).stdout) as { items: Item[] };
    expect(agenda.items.map((s) => s.name)).toEqual(['Gamma Co']);
    expect(out).not.toContain('Omega');
    expect(out).not.toContain('Lakeside');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Write it into the files with followup plan --days 3 --apply');
    expect(read(dir, 'gamma.md')).toBe(dueOn('name: Gamma Co', '2026-11-20'));
  });

  it('planning next week on Friday places everyone overdue or due today in it, within capacity', async () => {
    const dir = week('capacity: 2\n', EPSILON);
    const lines = (await run(dir, ['plan', '--week'])).stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Plan for 2026-11-30 to 2026-12-06: 5 visits on 5 working days', '']);

    const p = await plan(dir, ['--week']);
    expect([p.from, p.until, p.applied, p.unplaced, p.today]).toEqual(['2026-11-30', '2026-12-06', 0, [], undefined]);
    // The overdue and Epsilon, due today, are spread one a day; Delta keeps its own day, Monday;
    // Lakeside keeps the Wednesday planned for it.
    expect(names(p)).toEqual({
      '2026-11-30': ['Gamma Co', 'Delta Ltd'],
      '2026-12-01': ['杭州西湖贸易'],
      '2026-12-02': ['Hangzhou Lakeside Trading'],
      '2026-12-03': ['Epsilon GmbH'],
      '2026-12-04': [],
    });
  });

  it('writes the plan into the files with --apply, today\'s overdue ones too, so agenda follows it', async () => {
    const dir = week('capacity: 2\n', EPSILON);
    const untouched = ['lakeside.md', 'delta.md'].map((f) => read(dir, f));
    const epsilon = read(dir, 'epsilon.md');
    const r = await run(dir, ['plan', '--week', '--apply']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote the plan into 3 files.');
    expect(r.stdout).not.toContain('--apply');
    expect(read(dir, 'epsilon.md')).toBe(`${epsilon}\n## ${FRIDAY} plan\n- Next: 2026-12-03\n`);
    expect(read(dir, 'gamma.md')).toContain(`## ${FRIDAY} plan\n- Next: 2026-11-30\n`);
    // The Wednesday already planned, and Delta, due on Monday by its rhythm anyway: nothing written.
    expect(['lakeside.md', 'delta.md'].map((f) => read(dir, f))).toEqual(untouched);

    // Friday: nobody is left overdue for today; the plan holds them all.
    const today = JSON.parse((await run(dir, ['--json', 'agenda'])).stdout) as { items: Item[] };
    expect(today.items.map((s) => s.name)).toEqual([]);

    const planned = async (day: string) => {
      const a = JSON.parse((await run(dir, ['--json', 'agenda'], day)).stdout) as { items: Item[]; spillover: Item[] };
      // Friday's visits were not logged, so they crowd later days: look past capacity too.
      return [...a.items, ...a.spillover].filter((s) => s.due === day && s.reason === 'planned').map((s) => s.name);
    };
    expect(await planned('2026-11-30')).toEqual(['Gamma Co']);
    const monday = JSON.parse((await run(dir, ['--json', 'agenda'], '2026-11-30')).stdout) as { items: Item[]; spillover: Item[] };
    expect([...monday.items, ...monday.spillover].some((s) => s.name === 'Delta Ltd' && s.due === '2026-11-30')).toBe(true);
    expect(await planned('2026-12-01')).toEqual(['杭州西湖贸易']);
    expect(await planned('2026-12-02')).toEqual(['Hangzhou Lakeside Trading']);
    expect((await run(dir, ['agenda'], '2026-12-03')).stdout).toMatch(/Epsilon GmbH(?: \([^)]*\))?\s+-\s+2026-12-03\s+planned/);

    // Applying the same plan again writes nothing.
    expect((await plan(dir, ['--week', '--apply'])).applied).toBe(0);
  });

  it('spreads a backlog over the week instead of piling it on Monday: 20 overdue, 4 a day', async () => {
    const dir = notebook(backlog(20), 'capacity: 5\n');
    const p = await plan(dir, ['--week']);
    // None is left for Friday's agenda: all twenty, four a day, oldest first.
    expect(Object.values(names(p))).toEqual([
      ['客户01', '客户02', '客户03', '客户04'],
      ['客户05', '客户06', '客户07', '客户08'],
      ['客户09', '客户10', '客户11', '客户12'],
      ['客户13', '客户14', '客户15', '客户16'],
      ['客户17', '客户18', '客户19', '客户20'],
    ]);
    expect(p.unplaced).toEqual([]);
    expect((await run(dir, ['plan', '--week'])).stdout).toContain('Mon 2026-11-30 (4 of 5)');
  });

  it("--days 5 on a Friday keeps today's agenda, the most overdue, on Friday and spreads the rest", async () => {
    const dir = notebook(backlog(8), 'capacity: 3\n');
    const agenda = JSON.parse((await run(dir, ['--json', 'agenda'])).stdout) as { items: Item[] };
    expect(agenda.items.map((s) => s.name)).toEqual(['客户01', '客户02', '客户03']);
    const p = await plan(dir, ['--days', '5']);
    // Eight over five days is two a day: Friday keeps all three of today's, the other five follow.
    expect(names(p)).toEqual({
      '2026-11-27': ['客户01', '客户02', '客户03'],
      '2026-11-30': ['客户04', '客户05'],
      '2026-12-01': ['客户06', '客户07'],
      '2026-12-02': ['客户08'],
      '2026-12-03': [],
    });
    expect((await run(dir, ['plan', '--days', '5'])).stdout).toContain('Fri 2026-11-27 (3 of 3)');
  });

  it('puts customers due Wednesday on Wednesday in a light week, not later', async () => {
    const onRhythm = (name: string, visited: string) =>
      customerFile(`name: ${name}\ncadence: 14`, `## ${visited} visit\n- Purpose: intro\n`);
    const dir = notebook({
      'a.md': onRhythm('Alpha', '2026-11-18'),
      'b.md': onRhythm('Beta 北京', '2026-11-18'),
      'c.md': onRhythm('Gamma', '2026-11-18'),
      'd.md': onRhythm('Delta', '2026-11-16'),
    });
    const p = await plan(dir, ['--week']);
    expect(names(p)).toEqual({
      '2026-11-30': ['Delta'],
      '2026-12-01': [],
      '2026-12-02': ['Alpha', 'Beta 北京', 'Gamma'],
      '2026-12-03': [],
      '2026-12-04': [],
    });
  });

  it('--week on a Wednesday leaves customers due Thursday and Friday of this week to their own days', async () => {
    const WEDNESDAY = '2026-11-25';
    const dir = notebook({
      'over.md': dueOn('name: Overdue Co', '2026-11-20'),
      'thu.md': dueOn('name: 周四客户', '2026-11-26'),
      'fri.md': dueOn('name: Friday Ltd', '2026-11-27'),
      'sat.md': dueOn('name: Saturday AG', '2026-11-28'),
      'mon.md': dueOn('name: Monday SA', '2026-11-30'),
    });
    const before = ['thu.md', 'fri.md'].map((f) => read(dir, f));
    const p = await plan(dir, ['--week'], WEDNESDAY);
    expect([p.from, p.until]).toEqual(['2026-11-30', '2026-12-06']);
    // Nobody visits on Saturday: that one is overdue by Monday and planned with the backlog,
    // as is the customer overdue today.
    expect(names(p)).toEqual({
      '2026-11-30': ['Overdue Co', 'Monday SA'],
      '2026-12-01': ['Saturday AG'],
      '2026-12-02': [],
      '2026-12-03': [],
      '2026-12-04': [],
    });
    expect(p.unplaced).toEqual([]);
    // Monday SA is due on Monday by itself: only the two others need a plan entry.
    expect((await run(dir, ['plan', '--week', '--apply'], WEDNESDAY)).stdout).toContain('Wrote the plan into 2 files.');
    expect(['thu.md', 'fri.md'].map((f) => read(dir, f))).toEqual(before);
    const thursday = JSON.parse((await run(dir, ['--json', 'agenda'], '2026-11-26')).stdout) as { items: Item[] };
    expect(thursday.items.map((s) => s.name)).toContain('周四客户');
  });

  it('planning next week on Friday takes in the customers due over the weekend, not a visit planned for Saturday', async () => {
    const dir = notebook({
      'sat.md': dueOn('name: Saturday AG', '2026-11-28'),
      'sun.md': dueOn('name: 周日客户', '2026-11-29'),
      'trial.md': customerFile('name: Trial Oy\ncadence: 14', '## 2026-11-20 visit\n- Next: 2026-11-28 trial signature\n'),
    });
    const trial = read(dir, 'trial.md');
    const p = await plan(dir, ['--week']);
    expect(names(p)['2026-11-30']).toEqual(['Saturday AG']);
    expect(names(p)['2026-12-01']).toEqual(['周日客户']);
    expect(p.unplaced).toEqual([]);
    expect((await plan(dir, ['--week', '--apply'])).applied).toBe(2);
    expect(read(dir, 'trial.md')).toBe(trial);
  });

  it('says visit, day and file in the singular for one', async () => {
    const dir = notebook({ 'gamma.md': dueOn('name: Gamma Co', '2026-11-20') });
    const nextWeek = (await run(dir, ['plan', '--week'])).stdout.trimEnd().split('\n');
    expect(nextWeek.slice(0, 2)).toEqual(['Plan for 2026-11-30 to 2026-12-06: 1 visit on 5 working days', '']);
    const r = await run(dir, ['plan', '--days', '1', '--apply']);
    expect(r.stdout.split('\n')[0]).toBe('Plan for 2026-11-27 to 2026-11-27: 1 visit on 1 working day');
    // Kept on today's agenda: no plan entry is needed for it.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Wrote the plan into 0 files.');
    const weekend = notebook({ 'sat.md': dueOn('name: Saturday AG', '2026-11-28') });
    expect((await run(weekend, ['plan', '--week', '--apply'])).stdout.trimEnd().split('\n').at(-1)).toBe('Wrote the plan into 1 file.');
  });

  it('lists who finds no room; on a day off no agenda is kept out of the plan', async () => {
    const dir = notebook(
      {
        'a.md': dueOn('name: Alpha', '2026-11-20'),
        'b.md': dueOn('name: Beta', '2026-11-23'),
        'c.md': dueOn('name: 西湖 Gamma', '2026-11-30'),
      },
      'capacity: 1\nworkdays: [mon]\n',
    );
    // Friday is not a working day here, so the window starts on Monday.
    const p = await plan(dir, ['--days', '1']);
    expect(names(p)).toEqual({ '2026-11-30': ['Alpha'] });
    expect(p.unplaced.map((s) => s.name)).toEqual(['Beta', '西湖 Gamma']);
    expect((await run(dir, ['plan', '--days', '1'])).stdout).toContain('No room for 2: Beta, 西湖 Gamma');
  });

  it('carries the pending plan to the new day, in the notebook language', async () => {
    const dir = notebook(
      {
        'a.md': customerFile('name: 上海明珠', '## 2026-11-10 拜访\n- 下次: 2026-11-24 带合同 #合同\n'),
      },
      'locale: zh\n',
    );
    // On a Saturday nothing is kept for today: the overdue visit goes to Monday.
    expect((await run(dir, ['plan', '--week', '--apply'], '2026-11-28')).code).toBe(0);
    expect(read(dir, 'a.md')).toMatch(/\n\n## 2026-11-28 计划\n- 下次: 2026-11-30 带合同 #合同\n$/);
  });

  it('refuses --days with --week', async () => {
    const r = await run(week(), ['plan', '--days', '3', '--week']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('followup schedule', () => {
  it("moves a customer's next visit and says from when to when", async () => {
    const dir = week();
    const r = await run(dir, ['schedule', 'lakeside', 'fri']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Hangzhou Lakeside Trading: next visit 2026-12-02 -> 2026-12-04 bring the revised quote\n');
    expect(read(dir, 'lakeside.md').endsWith(`\n\n## ${FRIDAY} plan\n- Next: 2026-12-04 bring the revised quote\n`)).toBe(true);
    const agenda = JSON.parse((await run(dir, ['--json', 'agenda'], '2026-12-04')).stdout) as { items: { name: string }[] };
    expect(agenda.items.map((s) => s.name)).toContain('Hangzhou Lakeside Trading');
    expect(JSON.parse((await run(dir, ['--json', 'agenda'], '2026-12-02')).stdout).items).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ name: 'Hangzhou Lakeside Trading' })]),
    );
  });

  it('takes a note, and answers with the summary in JSON', async () => {
    const dir = week();
    const r = await run(dir, ['--json', 'schedule', '杭州西湖', '+3d', '--note', '带报价单']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({ name: '杭州西湖贸易', due: '2026-11-30', reason: 'planned', nextDate: '2026-11-30', nextAction: '带报价单', overdueDays: 0 });
    expect(read(dir, 'xihu.md')).toContain(`## ${FRIDAY} plan\n- Next: 2026-11-30 带报价单\n`);
  });

  it('accepts today, refuses a past or unreadable date with one line and exit code 2', async () => {
    const dir = week();
    const before = read(dir, 'gamma.md');
    for (const bad of ['2026-11-26', 'yesterday', 'someday']) {
      const r = await run(dir, ['schedule', 'gamma', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^followup: .+\n$/);
    }
    expect(read(dir, 'gamma.md')).toBe(before);
    const today = await run(dir, ['schedule', 'gamma', 'today']);
    expect(today.code).toBe(0);
    expect(today.stdout).toBe('Gamma Co: next visit 2026-11-20 -> 2026-11-27\n');
  });

  it('names the candidates when the customer is ambiguous', async () => {
    const r = await run(week('capacity: 2\n', { 'delta-east.md': customerFile('name: Delta East') }), ['schedule', 'del', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Delta Ltd');
    expect(r.stderr).toContain('Delta East');
  });
});
