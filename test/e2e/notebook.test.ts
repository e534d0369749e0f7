import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read, type Run, badInput, json as jsonOf } from '../helpers.js';

const json = <T = any>(r: Run): T => jsonOf<T>(r, { quiet: true });

const TODAY = '2026-11-20'; // a Friday

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-e2e-'));
}

/** Every file under `root`, relative, sorted. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, item.name);
      if (item.isDirectory()) walk(p);
      else out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

const names = (r: Run): string[] => json<{ name: string }[]>(r).map((s) => s.name).sort();

describe('init', () => {
  it('creates .followup/config.yml with every default commented out, and a .gitignore, and nothing else', async () => {
    const home = tempDir();
    const r = await followup(['init', 'book'], { cwd: home });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const root = path.join(home, 'book');
    expect(tree(home)).toEqual(['book/.followup/.gitignore', 'book/.followup/config.yml']);
    const config = read(root, '.followup/config.yml');
    for (const line of config.split('\n')) expect(line === '' || line.startsWith('#')).toBe(true);
    for (const key of ['locale', 'cadence', 'capacity', 'stages']) expect(config).toMatch(new RegExp(`^# ${key}: `, 'm'));
    expect(config).toMatch(/^# cadence: 14$/m);
    expect(config).toMatch(/^# capacity: 15$/m);
    expect(read(root, '.followup/.gitignore').trim()).not.toBe('');
    expect(r.stdout).toContain(root);
    // A notebook with nothing in it yet works.
    const list = await followup(['list', '--today', TODAY], { cwd: root });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/No customers yet/);
  });

  it('run twice changes nothing, and keeps the settings a user wrote', async () => {
    const home = tempDir();
    expect((await followup(['init', 'book'], { cwd: home })).code).toBe(0);
    const root = path.join(home, 'book');
    const edited = read(root, '.followup/config.yml') + 'capacity: 3\n';
    writeFileSync(path.join(root, '.followup/config.yml'), edited);
    const gitignore = read(root, '.followup/.gitignore');
    const before = tree(home);
    const mtime = statSync(path.join(root, '.followup/config.yml')).mtimeMs;
    const again = await followup(['init', 'book'], { cwd: home });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already a notebook/);
    expect(tree(home)).toEqual(before);
    expect(read(root, '.followup/config.yml')).toBe(edited);
    expect(read(root, '.followup/.gitignore')).toBe(gitignore);
    expect(statSync(path.join(root, '.followup/config.yml')).mtimeMs).toBe(mtime);
  });

  it('leaves the files already in the folder alone', async () => {
    const root = tempDir();
    const text = customerFile('name: Already Here  # a comment\nstage: lead', 'notes\r\n');
    writeFileSync(path.join(root, 'already.md'), text);
    expect((await followup(['init', root], { cwd: tempDir() })).code).toBe(0);
    expect(read(root, 'already.md')).toBe(text);
    expect(tree(root)).toEqual(['.followup/.gitignore', '.followup/config.yml', 'already.md']);
  });

  it('without a folder, creates ~/followup', async () => {
    const home = tempDir();
    const r = await followup(['init'], { cwd: tempDir(), env: { HOME: home } });
    expect(r.code).toBe(0);
    expect(tree(home)).toEqual(['followup/.followup/.gitignore', 'followup/.followup/config.yml']);
  });
});

describe('finding the notebook', () => {
  function twoBooks() {
    const a = notebook({ 'a.md': customerFile('name: Book A') });
    const b = notebook({ 'b.md': customerFile('name: Book B') });
    return { a, b };
  }

  it('uses --dir, relative to the working directory', async () => {
    const { a } = twoBooks();
    expect(names(await followup(['--dir', path.basename(a), 'list', '--json', '--today', TODAY], { cwd: path.dirname(a) }))).toEqual(['Book A']);
    expect(names(await followup(['list', '--dir', a, '--json', '--today', TODAY], { cwd: tempDir() }))).toEqual(['Book A']);
  });

  it('uses $FOLLOWUP_DIR', async () => {
    const { a } = twoBooks();
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: tempDir(), env: { FOLLOWUP_DIR: a } }))).toEqual(['Book A']);
  });

  it('prefers --dir to $FOLLOWUP_DIR, and $FOLLOWUP_DIR to the folder it runs in', async () => {
    const { a, b } = twoBooks();
    expect(names(await followup(['--dir', a, 'list', '--json', '--today', TODAY], { cwd: b, env: { FOLLOWUP_DIR: b } }))).toEqual(['Book A']);
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: b, env: { FOLLOWUP_DIR: a } }))).toEqual(['Book A']);
  });

  it('finds the nearest ancestor with .followup/ from a sub-folder', async () => {
    const outer = notebook({ 'outer.md': customerFile('name: Outer Co'), 'east/deep/er/x.txt': 'x' });
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: path.join(outer, 'east/deep/er'), env: { HOME: tempDir() } }))).toEqual(['Outer Co']);
    // A notebook inside a notebook: the nearest one wins.
    mkdirSync(path.join(outer, 'east/.followup'));
    writeFileSync(path.join(outer, 'east/inner.md'), customerFile('name: Inner Co'));
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: path.join(outer, 'east/deep') }))).toEqual(['Inner Co']);
  });

  it('takes an empty $FOLLOWUP_DIR as unset, init as every other command', async () => {
    const home = tempDir();
    const cwd = tempDir();
    expect((await followup(['init'], { cwd, env: { HOME: home, FOLLOWUP_DIR: '' } })).code).toBe(0);
    expect(existsSync(path.join(home, 'followup/.followup/config.yml'))).toBe(true);
    expect(existsSync(path.join(cwd, '.followup'))).toBe(false);
    writeFileSync(path.join(home, 'followup/h.md'), customerFile('name: Home Co'));
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd, env: { HOME: home, FOLLOWUP_DIR: '' } }))).toEqual(['Home Co']);
  });

  it('falls back to ~/followup', async () => {
    const home = tempDir();
    mkdirSync(path.join(home, 'followup/.followup'), { recursive: true });
    writeFileSync(path.join(home, 'followup/h.md'), customerFile('name: Home Co'));
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: tempDir(), env: { HOME: home } }))).toEqual(['Home Co']);
  });

  it('says how to create one when there is none', async () => {
    const home = tempDir();
    const msg = badInput(await followup(['list', '--today', TODAY], { cwd: tempDir(), env: { HOME: home } }));
    expect(msg).toContain('followup init');
    expect(msg).toContain(path.join(home, 'followup'));
  });

  it('refuses a --dir or $FOLLOWUP_DIR that does not exist', async () => {
    const missing = path.join(tempDir(), 'nope');
    expect(badInput(await followup(['--dir', missing, 'list'], { cwd: tempDir() }))).toContain(missing);
    expect(badInput(await followup(['list'], { cwd: tempDir(), env: { FOLLOWUP_DIR: missing } }))).toContain(missing);
  });

  it('skips dot-folders and node_modules, and files that are not customers, silently', async () => {
    const root = notebook({
      'ok.md': customerFile('name: Real Co'),
      'west/also.md': customerFile('name: West Co'),
      '.git/x.md': customerFile('name: In Git'),
      '.obsidian/y.md': customerFile('name: In Obsidian'),
      'node_modules/pkg/z.md': customerFile('name: In Node Modules'),
      'README.md': '# My notebook\n\nSome notes.\n',
      'meeting.md': customerFile('title: Team meeting'),
      'notes.txt': customerFile('name: Not Markdown'),
    });
    const r = await followup(['list', '--json', '--today', TODAY], { cwd: root });
    expect(names(r)).toEqual(['Real Co', 'West Co']);
  });
});

describe('new', () => {
  it('creates the file from the name and the flags, and prints its path', async () => {
    const root = notebook();
    const r = await followup(
      ['new', 'Hangzhou Lakeside Trading', '--contact', 'Wang Zhiming', '--phone', '+86 138 0000 0000', '--stage', 'proposal', '--cadence', '14', '--tag', 'export', '--tag', 'key-account', '--today', TODAY],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('hangzhou-lakeside-trading.md\n');
    const text = read(root, 'hangzhou-lakeside-trading.md');
    expect(text).toMatch(
      /^---\nname: Hangzhou Lakeside Trading\ncontact: Wang Zhiming\nphone: "\+86 138 0000 0000"\nstage: proposal\ncadence: 14\ntags: \[export, key-account\]\ncreated: 2026-11-20\n---\n/,
    );
    expect(text).toContain('\n# Hangzhou Lakeside Trading\n');
    const show = json(await followup(['show', 'hangzhou-lakeside-trading', '--json', '--today', TODAY], { cwd: root }));
    expect(show).toMatchObject({ name: 'Hangzhou Lakeside Trading', stage: 'proposal', cadence: 14, tags: ['export', 'key-account'], due: '2026-12-04', reason: 'new', overdueDays: 0, entries: [] });
    expect(show.profile).toMatchObject({ phone: '+86 138 0000 0000', created: TODAY });
  });

  it('prints the full path when run from outside the notebook', async () => {
    const root = notebook();
    const r = await followup(['--dir', root, 'new', 'Acme', '--today', TODAY], { cwd: tempDir() });
    expect(r.stdout).toBe(path.join(root, 'acme.md') + '\n');
  });

  it('keeps a Chinese name Chinese in the file name', async () => {
    const root = notebook();
    const r = await followup(['new', '杭州湖畔贸易有限公司', '--today', TODAY], { cwd: root });
    expect(r.stdout).toBe('杭州湖畔贸易有限公司.md\n');
    expect(read(root, '杭州湖畔贸易有限公司.md')).toMatch(/^---\nname: 杭州湖畔贸易有限公司\nstage: lead\ncreated: 2026-11-20\n---\n/);
  });

  it('adds a suffix when the file name is taken, anywhere in the notebook and in any case', async () => {
    const root = notebook({ 'east/Acme-Inc.md': customerFile('name: Acme Holdings') });
    expect((await followup(['new', 'Acme, Inc.', '--today', TODAY], { cwd: root })).stdout).toBe('acme-inc-2.md\n');
    expect((await followup(['new', 'Acme Inc', '--today', TODAY], { cwd: root })).stdout).toBe('acme-inc-3.md\n');
    expect(read(root, 'east/Acme-Inc.md')).toBe(customerFile('name: Acme Holdings'));
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: root }))).toEqual(['Acme Holdings', 'Acme Inc', 'Acme, Inc.']);
  });

  it('makes a name with characters Windows refuses, or a device name, into a safe file name inside the notebook', async () => {
    const root = notebook();
    expect((await followup(['new', 'a<b>c:d"e/f\\g|h?i*j', '--today', TODAY], { cwd: root })).stdout).toBe('a-b-c-d-e-f-g-h-i-j.md\n');
    expect((await followup(['new', 'CON', '--today', TODAY], { cwd: root })).stdout).toBe('con-customer.md\n');
    expect((await followup(['new', '../../escape', '--today', TODAY], { cwd: root })).stdout).toBe('escape.md\n');
    expect((await followup(['new', 'Trailing dot.', '--today', TODAY], { cwd: root })).stdout).toBe('trailing-dot.md\n');
    expect(tree(root).filter((f) => !f.startsWith('.followup/'))).toEqual(['a-b-c-d-e-f-g-h-i-j.md', 'con-customer.md', 'escape.md', 'trailing-dot.md']);
    expect(names(await followup(['list', '--json', '--today', TODAY], { cwd: root }))).toEqual(['../../escape', 'CON', 'Trailing dot.', 'a<b>c:d"e/f\\g|h?i*j']);
  });

  it('puts the file in --folder, which must stay inside the notebook', async () => {
    const root = notebook();
    expect((await followup(['new', 'East Co', '--folder', 'east/hangzhou', '--today', TODAY], { cwd: root })).stdout).toBe('east/hangzhou/east-co.md\n');
    expect(read(root, 'east/hangzhou/east-co.md')).toMatch(/^---\nname: East Co\n/);
    for (const folder of ['../outside', 'east/../../outside', '.hidden']) {
      badInput(await followup(['new', 'Escaper', '--folder', folder, '--today', TODAY], { cwd: root }));
    }
    expect(existsSync(path.join(root, '..', 'outside'))).toBe(false);
    expect(existsSync(path.join(path.dirname(root), '..', 'outside'))).toBe(false);
    expect(tree(root).filter((f) => !f.startsWith('.followup/'))).toEqual(['east/hangzhou/east-co.md']);
  });

  it('refuses a --folder that is a file, as bad input', async () => {
    const root = notebook({ 'east.md': '# notes about the east region\n' });
    const msg = badInput(await followup(['new', 'East Co', '--folder', 'east.md', '--today', TODAY], { cwd: root }));
    expect(msg).toMatch(/--folder east\.md: a file of that name is in the way/);
    expect(read(root, 'east.md')).toBe('# notes about the east region\n');
  });

  it('with --next, writes a plan entry so the first visit is on the agenda that day', async () => {
    const root = notebook();
    expect((await followup(['new', 'Planned Co', '--next', 'mon', '--today', TODAY], { cwd: root })).code).toBe(0);
    expect(read(root, 'planned-co.md').endsWith('\n\n## 2026-11-20 plan\n- Next: 2026-11-23\n')).toBe(true);
    const agenda = json(await followup(['agenda', '--json', '--today', '2026-11-23'], { cwd: root }));
    expect(agenda.items).toMatchObject([{ slug: 'planned-co', due: '2026-11-23', reason: 'planned', overdueDays: 0, lastContact: null }]);
    expect(json(await followup(['agenda', '--json', '--today', TODAY], { cwd: root })).items).toEqual([]);
  });

  it('writes in the notebook’s language', async () => {
    const root = notebook({}, 'locale: zh\n');
    expect((await followup(['new', '西湖茶业', '--next', '2026-11-25', '--today', TODAY], { cwd: root })).code).toBe(0);
    const text = read(root, '西湖茶业.md');
    expect(text).toContain('\n# 西湖茶业\n');
    expect(text.endsWith('\n\n## 2026-11-20 计划\n- 下次: 2026-11-25\n')).toBe(true);
  });

  it('refuses a name that is already a customer, in any case, and writes nothing', async () => {
    const root = notebook({ 'hl.md': customerFile('name: Hangzhou Lakeside Trading') });
    const before = tree(root);
    const msg = badInput(await followup(['new', 'hangzhou LAKESIDE trading', '--today', TODAY], { cwd: root }));
    expect(msg).toContain('hl.md');
    expect(tree(root)).toEqual(before);
  });

  it('refuses bad flags with one line and exit code 2, and writes nothing', async () => {
    const root = notebook();
    for (const args of [
      ['--cadence', 'abc'],
      ['--cadence', '0'],
      ['--stage', 'sleeping'],
      ['--next', 'someday'],
      ['--next', '2026-02-30'],
      ['--bogus'],
    ]) {
      badInput(await followup(['new', 'Flag Co', ...args, '--today', TODAY], { cwd: root }));
    }
    badInput(await followup(['new', '', '--today', TODAY], { cwd: root }));
    expect(tree(root)).toEqual([]);
  });

  it('prints the new file in JSON', async () => {
    const root = notebook();
    const r = json(await followup(['new', 'Json Co', '--json', '--today', TODAY], { cwd: root }));
    expect(r).toEqual({ slug: 'json-co', name: 'Json Co', path: 'json-co.md', file: path.join(root, 'json-co.md') });
    expect(readFileSync(r.file, 'utf8')).toMatch(/^---\nname: Json Co\n/);
  });
});
