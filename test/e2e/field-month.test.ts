/** What the reports told a rep wrong after a month in the field: each test fails on the code before. */
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read } from '../helpers.js';

const run = (dir: string, args: string[], today = '2026-12-04') => followup(['--dir', dir, '--today', today, ...args]);

describe('log', () => {
  it('--close "not asked" writes no close asked; --not-asked too', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme') });
    expect((await run(dir, ['log', 'acme', '--purpose', 'x', '--close', 'not asked'])).code).toBe(0);
    expect((await run(dir, ['log', 'acme', '--purpose', 'y', '--not-asked'])).code).toBe(0);
    const text = read(dir, 'a.md');
    expect(text).not.toContain('asked, not asked');
    expect(text.match(/- Close: not asked\n/g)).toHaveLength(2);
  });

  it('says a late-stage contact logged without a close should ask, and that a plan is still open', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme\nstage: proposal', '## 2026-11-20 visit\n- Stage: qualified -> proposal\n- Next: 2026-11-30 demo\n') });
    const r = await run(dir, ['log', 'acme', '--kind', 'message', '--purpose', 'move the demo', '-m', '赵总这周出差，约下周']);
    expect(r.stderr).toMatch(/says nothing about the close/);
    expect(r.stderr).toMatch(/plan for 2026-11-30 \(demo\) is still open/);
    expect(JSON.parse((await run(dir, ['--json', 'agenda'])).stdout).items[0]).toMatchObject({ due: '2026-11-30', reason: 'planned', nextAction: 'demo' });
  });
});

describe('schedule', () => {
  it('agrees with every view on the new date and keeps the action on a second move', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme', '## 2026-11-20 visit\n- Next: 2026-12-01 demo\n## 2026-12-04 call\n- Purpose: confirm\n') });
    const r = await run(dir, ['schedule', 'acme', 'today']);
    expect(r.stderr).toBe('');
    expect((await run(dir, ['schedule', 'acme', '2026-12-08'])).code).toBe(0);
    const s = JSON.parse((await run(dir, ['--json', 'show', 'acme'])).stdout);
    expect(s).toMatchObject({ due: '2026-12-08', nextAction: 'demo' });
  });
});

describe('new customers', () => {
  it('twelve created on day one are not twelve overdue the next day; new starts at the first stage', async () => {
    const dir = notebook();
    for (let i = 1; i <= 12; i++) expect((await run(dir, ['new', `客户${i}`], '2026-12-01')).code).toBe(0);
    expect(read(dir, '客户1.md')).toContain('stage: lead');
    const review = JSON.parse((await run(dir, ['--json', 'overdue'], '2026-12-02')).stdout);
    expect([review.items.length, review.newCustomers.length]).toEqual([0, 12]);
    const agenda = JSON.parse((await run(dir, ['--json', 'agenda'], '2026-12-02')).stdout);
    expect([agenda.items.length, agenda.newCustomers.length, agenda.newCustomers[0].reason]).toEqual([0, 12, 'new']);
  });
});

describe('release', () => {
  it('without a terminal needs --yes when the record says the follow-up failed', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme', '## 2026-09-01 visit\n') });
    const before = read(dir, 'a.md');
    const r = await run(dir, ['release', 'acme', '--reason', 'no budget']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--yes/);
    expect(read(dir, 'a.md')).toBe(before);
  });
});

describe('the daily loop', () => {
  it('show prints the extra front matter keys and the free notes; the agenda has the phone', async () => {
    const dir = notebook({
      'a.md': '---\nname: 深圳珠江电子\nphone: "138 0000"\n微信: zhujiang88\n地址: 深圳南山\n---\n\n# 深圳珠江电子\n\n采购由李总拍板。\n\n## 2026-11-01 visit\n',
    });
    const show = (await run(dir, ['show', '深圳'])).stdout;
    expect(show).toContain('微信: zhujiang88');
    expect(show).toContain('地址: 深圳南山');
    expect(show).toContain('采购由李总拍板。');
    expect((await run(dir, ['agenda'])).stdout).toMatch(/深圳珠江电子.*138 0000/);
  });

  it('help and help <command> work; a mistyped command gets a suggestion', async () => {
    expect((await followup(['help'])).stdout).toMatch(/Usage: followup/);
    expect((await followup(['help', 'log'])).stdout).toMatch(/Usage: followup log/);
    expect((await followup(['agnda'], { cwd: notebook() })).stderr).toMatch(/did you mean 'agenda'/);
  });

  it('list --all does not call the flags column Status', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme') });
    const r = await run(dir, ['list', '--all']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Customer\s+Stage\s+Heat/);
    expect(r.stdout.split('\n')[0]).not.toMatch(/Status/);
  });

  it('filters agenda, overdue, plan, list and stats by --tag, --stage and --folder', async () => {
    const dir = notebook({
      'east/a.md': customerFile('name: East Co\ntags: [export]\nstage: proposal', '## 2026-11-01 visit\n'),
      'west/b.md': customerFile('name: West Co\nstage: lead', '## 2026-11-01 visit\n'),
    });
    for (const cmd of ['agenda', 'overdue', 'list']) {
      for (const f of [['--folder', 'east'], ['--tag', 'export'], ['--stage', 'proposal']]) {
        const out = JSON.parse((await run(dir, ['--json', cmd, ...f])).stdout);
        const items = Array.isArray(out) ? out : out.items;
        expect(items.map((s: { name: string }) => s.name), `${cmd} ${f.join(' ')}`).toEqual(['East Co']);
      }
    }
    const plan = JSON.parse((await run(dir, ['--json', 'plan', '--folder', 'west'])).stdout);
    expect(plan.days.flatMap((d: { items: { name: string }[] }) => d.items.map((s) => s.name))).toEqual(['West Co']);
    expect(JSON.parse((await run(dir, ['--json', 'stats', '--folder', 'west'])).stdout).contacts).toBe(1);
  });

  it('on a Sunday the agenda says it is a day off and shows Monday', async () => {
    const dir = notebook({ 'a.md': customerFile('name: Acme', '## 2026-11-23 visit\n') });
    const out = (await run(dir, ['agenda'], '2026-12-06')).stdout;
    expect(out).toMatch(/Sun 2026-12-06 is a day off; the next working day is Mon 2026-12-07/);
    expect(out).toMatch(/Agenda for 2026-12-07: 1 to see/);
  });
});
