import { chmodSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read, badInput } from '../helpers.js';

const TODAY = '2026-11-27'; // a Friday

const run = (root: string, args: string[], env: Record<string, string> = {}) =>
  followup([...args, '--today', TODAY], { cwd: root, env });

const ACME = customerFile('name: Acme Trading\nstage: proposal\ncadence: 14', '## 2026-11-13 visit\n- Purpose: demo\n');

describe('log', () => {
  it('with only --next, writes a plan entry, not a visit that never happened', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await run(root, ['log', 'acme', '--next', 'mon', '--next-action', 'meet the CFO'])).code).toBe(0);
    expect(read(root, 'acme.md')).toMatch(/\n## 2026-11-27 plan\n- Next: 2026-11-30 meet the CFO\n$/);
    const s = JSON.parse((await run(root, ['show', 'acme', '--json'])).stdout);
    expect(s).toMatchObject({ lastContact: '2026-11-13', contacts: 1, due: '2026-11-30', reason: 'planned' });
  });

  it('reads --kind in either language and any case', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await run(root, ['log', 'acme', '--kind', '拜访', '--purpose', 'p'])).code).toBe(0);
    expect((await run(root, ['log', 'acme', '--kind', 'Call', '--purpose', 'q'])).code).toBe(0);
    expect(read(root, 'acme.md')).toMatch(/## 2026-11-27 visit\n- Purpose: p\n\n## 2026-11-27 call\n- Purpose: q\n$/);
    expect(badInput(await run(root, ['log', 'acme', '--kind', 'lunch', '-m', 'x']))).toMatch(/'lunch' is not a kind; use visit, call/);
  });

  it('refuses to write into a read-only file, and leaves it as it was', async () => {
    const root = notebook({ 'acme.md': ACME });
    const file = path.join(root, 'acme.md');
    chmodSync(file, 0o444);
    const r = await run(root, ['log', 'acme', '--purpose', 'p']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('followup: acme.md is read-only; nothing was written (make it writable, then try again)\n');
    expect(readFileSync(file, 'utf8')).toBe(ACME);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it('sets a stage line that held an alias, and the file still reads', async () => {
    const text = '---\nname: Alias Co\nbase: &s lead\nstage: *s\nother: *s\n---\n';
    const root = notebook({ 'alias.md': text });
    const r = await run(root, ['log', 'alias', '--purpose', 'p', '--stage', 'qualified']);
    expect(r.code).toBe(0);
    expect(read(root, 'alias.md')).toContain('stage: qualified\n');
    expect(JSON.parse((await run(root, ['show', 'alias', '--json'])).stdout).stage).toBe('qualified');
  });

  it('names the file when the customer asked for was skipped as unreadable', async () => {
    const root = notebook({ 'acme.md': ACME, 'broken-co.md': '---\nname: Broken Co\ncadence: two weeks\n---\n' });
    const r = await run(root, ['show', 'broken']);
    expect(r.code).toBe(2);
    // One line: which file, where in it, and why; show reads only what finding the customer needs.
    expect(r.stderr).toBe("followup: 'broken' matches broken-co.md, which was skipped: line 3: 'cadence' must be a whole number of days, not 'two weeks'; fix the file to use it\n");
  });
});

describe('new', () => {
  it('refuses a first visit planned in the past', async () => {
    expect(badInput(await run(notebook(), ['new', 'Acme', '--next', 'yesterday']))).toMatch(/--next 2026-11-26 is before today/);
  });

  it.each(['node_modules', '/tmp/abs', 'east/.archive', 'a\tb'])('refuses --folder %j, which the notebook would not read or is not inside it', async (folder) => {
    const root = notebook();
    badInput(await run(root, ['new', 'Acme', '--folder', folder]));
    expect((await run(root, ['list', '--json'])).stdout.trim()).toBe('[]');
  });
});

describe('reports', () => {
  it('list --all puts won, lost and released customers after the active ones; --sort name follows pinyin', async () => {
    const root = notebook({
      'a.md': customerFile('name: 上海东方\nstatus: won'),
      'b.md': customerFile('name: 广州旭日'),
      'c.md': customerFile('name: 北京天坛'),
      'd.md': customerFile('name: Acme'),
    });
    const names = async (args: string[]) => JSON.parse((await run(root, ['list', '--json', ...args])).stdout).map((s: { name: string }) => s.name);
    // Han names by their pinyin among the Latin ones: Acme, Bei(jing), Guang(zhou); closed ones last.
    expect(await names(['--all', '--sort', 'name'])).toEqual(['Acme', '北京天坛', '广州旭日', '上海东方']);
    const more = notebook({ 'a.md': customerFile('name: Hefei Lakeview'), 'b.md': customerFile('name: 杭州湖畔'), 'c.md': customerFile('name: Guangzhou Metro'), 'd.md': customerFile('name: 青岛蓝海') });
    const sorted = JSON.parse((await run(more, ['list', '--json', '--sort', 'name'])).stdout).map((s: { name: string }) => s.name);
    expect(sorted).toEqual(['Guangzhou Metro', '杭州湖畔', 'Hefei Lakeview', '青岛蓝海']);
    expect((await names(['--all'])).at(-1)).toBe('上海东方');
  });

  it('agenda previews the next working day: Monday, after a Friday', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme\ncreated: 2026-11-01', '## 2026-11-01 plan\n- Next: 2026-11-30 call\n') });
    expect((await run(root, ['agenda'])).stdout).toMatch(/Next working day \(Mon 2026-11-30\): Acme/);
    expect((await run(notebook({ 'acme.md': ACME }), ['agenda'])).stdout).toMatch(/Next working day \(Mon 2026-11-30\): nothing due yet\./);
  });

  it('JSON escapes control characters a terminal might obey, C1 ones included', async () => {
    const root = notebook({ 'x.md': customerFile('name: "Evil \\u009b2J Co"') });
    const out = (await run(root, ['list', '--json'])).stdout;
    expect(out).not.toMatch(/[\u0080-\u009f]/);
    expect(out).toContain('Evil \\u009b2J Co');
    expect(JSON.parse(out)[0].name).toBe('Evil \u009b2J Co');
  });

  it('JSON lists are written a piece at a time, as indented JSON of the whole list would be', async () => {
    const files: Record<string, string> = {};
    // Pieces of 500: two whole ones and a last one of one customer.
    for (let i = 0; i < 1001; i++) files[`c${i}.md`] = customerFile(`name: Customer ${i} Trading and Manufacturing\ntags: [a, b]`, '## 2026-11-20 visit\n- Next: 2026-12-01 demo\n');
    const root = notebook(files);
    const out = (await run(root, ['list', '--json'])).stdout;
    expect(out.length).toBeGreaterThan(1 << 16);
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(JSON.parse(out)).toHaveLength(1001);
    // Text is written in pieces too: every row, each on a line of its own, the last one ended.
    const text = (await run(root, ['list'])).stdout;
    expect(text.length).toBeGreaterThan(1 << 16);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter((l) => /^Customer \d+ /.test(l))).toHaveLength(1001);
  });

  it('schedule to the date already planned changes nothing', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme', '## 2026-11-20 visit\n- Next: 2026-12-01 demo\n') });
    const before = read(root, 'acme.md');
    const r = await run(root, ['schedule', 'acme', '2026-12-01']);
    expect(r.stdout).toBe('Acme is already planned for 2026-12-01; nothing changed.\n');
    expect(read(root, 'acme.md')).toBe(before);
  });
});
