import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { addDays, weekday } from '../../src/domain/dates.js';
import { demoNotebook } from '../../src/domain/demo.js';
import { parseCustomer } from '../../src/domain/format.js';
import { summarize, type Summary } from '../../src/domain/summary.js';
import { customer, followup, notebook, read } from '../helpers.js';

const MONDAY = '2026-05-04';
const SATURDAY = '2026-05-09';
const FLAGS = ['overdue', 'cooling', 'stalled', 'no-close'];

function summaries(today: string): Summary[] {
  return demoNotebook(today)
    .filter((f) => parseCustomer(f.text) !== null)
    .map((f) => summarize(customer(f.text, path.posix.basename(f.relPath, '.md')), DEFAULT_CONFIG, today));
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-demo-'));
}

describe('demoNotebook, read with the real summarize() and the default settings', () => {
  // Three weeks (every weekday, a month end), a year end and a leap day.
  const days = [...Array.from({ length: 21 }, (_, i) => addDays('2026-04-20', i)), '2026-12-31', '2027-01-01', '2028-02-29'];

  it.each(days)('fills the agenda and raises every flag on %s', (today) => {
    const all = summaries(today);
    const active = all.filter((s) => s.status === 'active');
    const dueToday = active.filter((s) => s.due === today);
    expect(dueToday.filter((s) => s.reason === 'planned').length).toBeGreaterThanOrEqual(2);
    expect(dueToday.filter((s) => s.reason === 'cadence').length).toBeGreaterThanOrEqual(2);
    expect(active.filter((s) => s.overdueDays > 0).length).toBeGreaterThanOrEqual(1);
    expect(active.filter((s) => s.due === addDays(today, 1)).length).toBeGreaterThanOrEqual(1);
    expect(active.filter((s) => s.due > addDays(today, 1) && s.due <= addDays(today, 6)).length).toBeGreaterThanOrEqual(2);
    for (const flag of FLAGS) expect(active.some((s) => s.flags.includes(flag as never)), flag).toBe(true);
    // Most customers are on rhythm: the warnings stand out instead of covering everything.
    expect(active.filter((s) => s.flags.length === 0).length).toBeGreaterThan(active.length / 2);
    expect(all.filter((s) => s.status === 'released')).toHaveLength(1);
    expect(all.filter((s) => s.status === 'won')).toHaveLength(1);
  });

  it.each(days)('writes no entry after %s and keeps older visits off weekends', (today) => {
    for (const f of demoNotebook(today)) {
      const doc = parseCustomer(f.text);
      if (!doc) continue;
      // Every dated heading is read as an entry, and none lies in the future.
      expect(doc.entries).toHaveLength(f.text.match(/^## \d{4}-\d{2}-\d{2}/gm)!.length);
      for (const e of doc.entries) expect(e.date <= today, `${f.relPath} ${e.date}`).toBe(true);
      const older = doc.entries.filter((e) => e.date < addDays(today, -45));
      for (const e of older) expect([0, 6], `${f.relPath} ${e.date}`).not.toContain(weekday(e.date));
    }
  });

  it('has 12 to 16 customers in English and Chinese, a README that is not one, and the same paths every day', () => {
    const files = demoNotebook(MONDAY);
    const customers = files.map((f) => parseCustomer(f.text)).filter((d) => d !== null);
    expect(customers.length).toBeGreaterThanOrEqual(12);
    expect(customers.length).toBeLessThanOrEqual(16);
    expect(customers.filter((c) => /\p{Script=Han}/u.test(c.profile.name)).length).toBeGreaterThanOrEqual(3);
    expect(customers.filter((c) => /^[\x20-\x7e]+$/.test(c.profile.name)).length).toBeGreaterThanOrEqual(3);
    const readme = files.find((f) => f.relPath === 'README.md')!;
    expect(readme.text.startsWith('---\n')).toBe(true);
    expect(parseCustomer(readme.text)).toBeNull();
    expect(files.filter((f) => f.relPath.includes('/')).length).toBeGreaterThanOrEqual(2);
    expect(demoNotebook(SATURDAY).map((f) => f.relPath)).toEqual(files.map((f) => f.relPath));
  });

  it('writes one file in Chinese labels and kinds that reads like the English ones', () => {
    const zh = demoNotebook(MONDAY).find((f) => f.text.includes('- 目的: '))!;
    for (const word of ['拜访', '电话', '微信']) expect(zh.text).toMatch(new RegExp(`^## \\d{4}-\\d{2}-\\d{2}( \\d\\d:\\d\\d)? ${word}$`, 'm'));
    for (const label of ['沟通内容', '客户状态', '待解决问题', '成交', '阶段', '下次']) expect(zh.text).toContain(`- ${label}: `);
    const doc = parseCustomer(zh.text)!;
    expect(doc.entries.map((e) => e.kind)).toEqual(['visit', 'call', 'visit', 'message']);
    expect(doc.entries.some((e) => e.closeAsked === true && e.stage?.to === 'proposal')).toBe(true);
    expect(doc.entries.at(-1)!.topics).toEqual(['价格']);
  });
});

describe('followup demo', () => {
  async function json<T>(dir: string, today: string, args: string[]): Promise<T> {
    const r = await followup(['--dir', dir, '--today', today, '--json', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as T;
  }

  async function expectDemoWorks(dir: string, today: string): Promise<void> {
    const agenda = await json<{ date: string; items: Summary[] }>(dir, today, ['agenda']);
    expect(agenda.date).toBe(today);
    expect(agenda.items.length).toBeGreaterThanOrEqual(5);
    expect(agenda.items.some((s) => s.reason === 'planned' && s.due === today)).toBe(true);
    expect(agenda.items.some((s) => s.reason === 'cadence' && s.due === today)).toBe(true);
    expect(agenda.items.some((s) => s.overdueDays > 0)).toBe(true);

    const review = await json<Record<'items' | 'cooling' | 'stalled' | 'noClose', Summary[]>>(dir, today, ['overdue']);
    for (const section of ['items', 'cooling', 'stalled', 'noClose'] as const) expect(review[section].length, section).toBeGreaterThan(0);

    const list = await json<Summary[]>(dir, today, ['list']);
    for (const flag of FLAGS) expect(list.some((s) => s.flags.includes(flag as never)), flag).toBe(true);
    expect(list.some((s) => s.due === addDays(today, 1))).toBe(true);
    const all = await json<Summary[]>(dir, today, ['list', '--all']);
    expect(all.map((s) => s.status).sort()).toEqual([...list.map(() => 'active'), 'released', 'won'].sort());
  }

  it('writes a notebook whose agenda and review are full on a Monday, and again on a Saturday in the same folder', async () => {
    const dir = path.join(tempDir(), 'demo');
    const first = await followup(['--today', MONDAY, 'demo', dir, '--quiet']);
    expect(first).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(dir, '.followup', 'config.yml'))).toBe(true);
    await expectDemoWorks(dir, MONDAY);

    // What the user added to the demo folder survives a re-run; the demo's files move to the new day.
    writeFileSync(path.join(dir, 'my-notes.txt'), 'keep me\n');
    writeFileSync(path.join(dir, 'mine.md'), '---\nname: My Own Customer\n---\n');
    const again = await followup(['--today', SATURDAY, '--json', 'demo', dir]);
    expect(again.code).toBe(0);
    const out = JSON.parse(again.stdout) as { path: string; files: string[] };
    expect(out.path).toBe(dir);
    expect(out.files).toContain('README.md');
    expect(out.files).toContain('east/ningbo-harbour-logistics.md');
    expect(read(dir, 'my-notes.txt')).toBe('keep me\n');
    expect(read(dir, 'mine.md')).toBe('---\nname: My Own Customer\n---\n');
    expect(read(dir, 'README.md')).toContain(SATURDAY);
    await expectDemoWorks(dir, SATURDAY);
  });

  it('works as npm start runs it: a relative folder, twice, then the agenda', async () => {
    const cwd = tempDir();
    for (let i = 0; i < 2; i++) {
      const r = await followup(['demo', '.demo', '--quiet'], { cwd, env: { FOLLOWUP_TODAY: SATURDAY } });
      expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
    const agenda = await followup(['--dir', '.demo', 'agenda'], { cwd, env: { FOLLOWUP_TODAY: SATURDAY } });
    expect(agenda.code).toBe(0);
    expect(agenda.stdout).toContain(`${SATURDAY} is a day off; the next working day is Mon 2026-05-11`);
    expect(agenda.stdout).toContain(`Agenda for 2026-05-11`);
    expect(agenda.stdout).toContain('Ningbo Harbour Logistics');
    expect(agenda.stdout).toContain('杭州湖畔贸易有限公司');
  });

  it('rewritten in the other language, leaves one demo, not both, and keeps what a person added', async () => {
    const cwd = tempDir();
    const names = async () => JSON.parse((await followup(['--dir', '.demo', '--json', 'list', '--all'], { cwd, env: { FOLLOWUP_TODAY: SATURDAY } })).stdout).map((s: { name: string }) => s.name);
    expect((await followup(['demo', '.demo', '--quiet', '--language', 'en'], { cwd, env: { FOLLOWUP_TODAY: SATURDAY } })).code).toBe(0);
    const english = await names();
    writeFileSync(path.join(cwd, '.demo', 'mine.md'), '---\nname: My Own Customer\n---\n');
    expect((await followup(['demo', '.demo', '--quiet', '--language', 'zh-CN'], { cwd, env: { FOLLOWUP_TODAY: SATURDAY } })).code).toBe(0);
    const chinese = await names();
    expect(chinese).toContain('My Own Customer');
    expect(chinese.filter((n: string) => english.includes(n) && n !== 'My Own Customer' && !/[\u4e00-\u9fff]/.test(n))).toEqual([]);
  });

  it('says what it made and what to try next', async () => {
    const cwd = tempDir();
    const r = await followup(['--today', MONDAY, 'demo', 'my demo'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote a demo notebook in my demo: 15 customers');
    expect(r.stdout).toContain(`followup --dir 'my demo' --today ${MONDAY} agenda`);
    const show = await followup(['--dir', path.join(cwd, 'my demo'), '--today', MONDAY, 'show', 'ningbo']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Ningbo Harbour Logistics');
  });

  it('refuses a folder that holds anything it did not write, and changes nothing there', async () => {
    const foreign = tempDir();
    writeFileSync(path.join(foreign, 'report.md'), '# mine\n');
    const real = notebook({ 'acme.md': '---\nname: Acme\n---\n' });
    for (const dir of [foreign, real]) {
      const before = readdirSync(dir, { recursive: true }).sort();
      const r = await followup(['--today', MONDAY, 'demo', dir]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^followup: .*not empty and was not made by 'followup demo'[^\n]*\n$/);
      expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    }
    const file = path.join(foreign, 'report.md');
    const r = await followup(['demo', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a file/);
  });

  it('takes an empty folder that already exists', async () => {
    const dir = path.join(tempDir(), 'empty');
    mkdirSync(dir);
    expect((await followup(['--today', MONDAY, 'demo', dir, '--quiet'])).code).toBe(0);
    expect(readdirSync(dir)).toContain('README.md');
  });
});
