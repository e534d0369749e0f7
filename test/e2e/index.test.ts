/**
 * The summary index may never make a report differ from a full re-read: every way a file can
 * change is noticed, and a broken index is rebuilt without a word.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook } from '../helpers.js';

const TODAY = '2026-11-27';
const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A notebook of `n` generated customers, their files dated an hour ago so the index trusts them. */
function generated(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const name = i % 3 === 0 ? `客户${i}号` : `Customer ${i}`;
    const entries = Array.from({ length: 1 + (i % 4) }, (_, e) => {
      const day = String(1 + ((i + e * 5) % 25)).padStart(2, '0');
      return `## 2026-11-${day} ${e % 2 ? 'call' : 'visit'}\n- Purpose: p${e}\n${i % 5 === e ? '- Close: asked, later\n' : ''}${e === 1 ? '- Stage: lead -> qualified\n' : ''}`;
    });
    files[`region-${i % 3}/c${i}.md`] = customerFile(`name: ${name}\nstage: lead\ncadence: ${7 + (i % 3) * 7}`, entries.join('\n'));
  }
  files['README.md'] = '# Notes\n';
  const root = notebook(files);
  // The folders too: the list of files is saved only when they have not changed for a while.
  for (const rel of [...Object.keys(files), 'region-0', 'region-1', 'region-2', '.']) utimesSync(path.join(root, rel), HOUR_AGO, HOUR_AGO);
  return root;
}

const CACHE = (root: string) => path.join(root, '.followup', 'tmp', 'index');
const DIGESTS = (root: string) => path.join(CACHE(root), 'digests.jsonl');
const LISTING = (root: string) => path.join(CACHE(root), 'files.json');

/** The saved records of a journal, by file; later lines win. */
function journal(file: string): Map<string, unknown[]> {
  // `[` and the header, then a line per record starting with a comma: a JSON list once closed.
  const [, ...lines] = JSON.parse(`${readFileSync(file, 'utf8')}]`) as unknown[][];
  return new Map(lines.map((l) => [l[0] as string, l]));
}

async function reports(root: string): Promise<string[]> {
  const out: string[] = [];
  // The customer exports read the same digests; their data is the output itself (no --json).
  for (const args of [['list', '--all'], ['agenda', '--days', '7'], ['overdue'], ['stats'], ['export', 'csv'], ['export', 'json']]) {
    const r = await followup([...(args[0] === 'export' ? [] : ['--json']), '--today', TODAY, ...args], { cwd: root });
    expect(r.code, args.join(' ')).toBe(0);
    out.push(r.stdout + r.stderr);
  }
  return out;
}

/** The reports with the index as it is, then after removing it: they must be the same. */
async function sameAsFullRead(root: string): Promise<string[]> {
  const warm = await reports(root);
  rmSync(CACHE(root), { recursive: true, force: true });
  const cold = await reports(root);
  expect(warm).toEqual(cold);
  return warm;
}

describe('the summary index', () => {
  it('is written on a first run and gives the same reports as a full re-read', async () => {
    const root = generated(60);
    await reports(root);
    expect(journal(path.join(CACHE(root), 'names.jsonl')).size).toBe(61);
    // It lives in the tool's own folder, which tells git to ignore all of it.
    expect(readFileSync(path.join(CACHE(root), '..', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    // A report reads the digests journal alone: a line for every file, README.md (not a customer) too.
    expect(journal(DIGESTS(root)).size).toBe(61);
    await sameAsFullRead(root);
  });

  it('is used for a file that did not change', async () => {
    const root = generated(3);
    await reports(root);
    const text = readFileSync(DIGESTS(root), 'utf8');
    expect(text).toContain('["Customer 1",');
    writeFileSync(DIGESTS(root), text.replace('["Customer 1",', '["From the index",'));
    const names = JSON.parse((await followup(['--json', 'list', '--today', TODAY], { cwd: root })).stdout).map((s: { name: string }) => s.name);
    expect(names).toContain('From the index');
  });

  it('notices a file edited, added, deleted, renamed, or edited and touched back to its old time', async () => {
    const root = generated(12);
    await reports(root);
    const file = (rel: string) => path.join(root, rel);
    // Edited: a new entry.
    writeFileSync(file('region-0/c3.md'), readFileSync(file('region-0/c3.md'), 'utf8') + '\n## 2026-11-26 visit\n- Purpose: edited\n');
    // Added and deleted.
    writeFileSync(file('region-2/new.md'), customerFile('name: Brand New', '## 2026-11-20 visit\n'));
    unlinkSync(file('region-1/c4.md'));
    // Renamed.
    renameSync(file('region-2/c5.md'), file('region-2/renamed.md'));
    // Edited to the same size, then given its old modification time back.
    const touched = file('region-1/c7.md');
    const before = statSync(touched);
    writeFileSync(touched, readFileSync(touched, 'utf8').replace('name: Customer 7', 'name: Customer Z'));
    utimesSync(touched, before.atime, before.mtime);
    expect(statSync(touched).size).toBe(before.size);
    const [list] = await sameAsFullRead(root);
    const rows = JSON.parse(list!.replace(/^[^[]*/, '')) as { name: string; path: string; stage: string; lastContact: string }[];
    expect(rows.find((r) => r.path === 'region-0/c3.md')?.lastContact).toBe('2026-11-26');
    expect(rows.map((r) => r.name)).toContain('Brand New');
    expect(rows.map((r) => r.path)).not.toContain('region-1/c4.md');
    expect(rows.map((r) => r.path)).toContain('region-2/renamed.md');
    expect(rows.find((r) => r.path === 'region-1/c7.md')?.name).toBe('Customer Z');
  });

  it('notices a file that became unreadable, and one that was mended', async () => {
    const root = generated(4);
    await reports(root);
    const f = path.join(root, 'region-1/c1.md');
    const good = readFileSync(f, 'utf8');
    writeFileSync(f, good.replace('cadence: 14', 'cadence: soon'));
    const [broken] = await sameAsFullRead(root);
    expect(broken).toMatch(/skipped region-1\/c1\.md/);
    writeFileSync(f, good);
    const [mended] = await sameAsFullRead(root);
    expect(mended).not.toMatch(/skipped/);
  });

  it('is rebuilt without a word when it is corrupt, of another version, or not a file', async () => {
    const root = generated(5);
    const expected = await reports(root);
    const good = readFileSync(DIGESTS(root), 'utf8');
    const lines = good.split('\n');
    const junks = ['{not json', '{"version":0}\n', `${lines[0]}\n["half a line`, `{"version":4,"kind":"names"}\n${lines.slice(1).join('\n')}`, ''];
    for (const junk of junks) {
      for (const name of ['names.jsonl', 'digests.jsonl']) {
        writeFileSync(path.join(CACHE(root), name), junk);
        expect(await reports(root)).toEqual(expected);
      }
    }
    expect(journal(DIGESTS(root)).size).toBe(6);
  });

  it('reads again the file whose line is broken inside, and trusts the other lines', async () => {
    const root = generated(5);
    const expected = await reports(root);
    await followup(['show', 'customer 1', '--today', TODAY], { cwd: root });
    // Each journal's line of region-1/c1.md keeps its frame (a comma, brackets) and loses its JSON.
    for (const name of ['names.jsonl', 'digests.jsonl']) {
      const file = path.join(CACHE(root), name);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('"Customer 1"');
      writeFileSync(file, text.replace('"Customer 1"', '"Customer 1'));
    }
    expect(await reports(root)).toEqual(expected);
    const shown = await followup(['--json', 'show', 'customer 1', '--today', TODAY], { cwd: root });
    expect(JSON.parse(shown.stdout).path).toBe('region-1/c1.md');
    // Read again, the file has a good line now, after the broken one, which wins.
    const last = readFileSync(DIGESTS(root), 'utf8').trimEnd().split('\n').filter((l) => l.startsWith(',["region-1/c1.md"')).pop()!;
    expect((JSON.parse(last.slice(1)) as unknown[])[5]).toBe('Customer 1');
  });

  it('appends what changed, and keeps one record per file', async () => {
    const root = generated(8);
    await reports(root);
    const before = readFileSync(DIGESTS(root), 'utf8');
    const f = path.join(root, 'region-0/c0.md');
    writeFileSync(f, readFileSync(f, 'utf8') + '\n## 2026-11-26 call\n- Next: once more\n');
    utimesSync(f, HOUR_AGO, HOUR_AGO);
    const warm = await reports(root);
    // The old lines stay as they were; the changed file's record is one line more, which wins.
    const after = readFileSync(DIGESTS(root), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.split('\n').length).toBe(before.split('\n').length + 1);
    expect(journal(DIGESTS(root)).size).toBe(9);
    expect(await sameAsFullRead(root)).toEqual(warm);
  });

  it('keeps the names journal current and compact when only reports run', async () => {
    const root = generated(8);
    await reports(root);
    const f = path.join(root, 'region-1/c1.md');
    const names = path.join(CACHE(root), 'names.jsonl');
    for (let k = 1; k <= 6; k++) {
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^name: .*$/m, `name: Renamed ${k}`));
      utimesSync(f, HOUR_AGO, new Date(HOUR_AGO.getTime() + k * 1000));
      expect((await followup(['list', '--today', TODAY], { cwd: root })).stdout).toContain(`Renamed ${k}`);
    }
    // Reports append to the names journal without reading it, and compact it with theirs.
    const lines = readFileSync(names, 'utf8').trim().split('\n').length - 1; // the header's line left out
    expect(lines).toBeLessThan(9 + 6);
    expect(journal(names).size).toBe(9);
    const shown = await followup(['show', 'Renamed 6', '--today', TODAY], { cwd: root });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Renamed 6');
    expect((await followup(['show', 'Renamed 5', '--today', TODAY], { cwd: root })).code).toBe(2);
  });

  it('finds a customer through the index only while its file is as the index saw it', async () => {
    const root = generated(6);
    await reports(root);
    const show = async (q: string) => followup(['--json', 'show', q, '--today', TODAY], { cwd: root });
    expect(JSON.parse((await show('customer 1')).stdout).path).toBe('region-1/c1.md');
    // Renamed inside the file (a new name, and so a new size): the index's name is not trusted.
    const f = path.join(root, 'region-1/c1.md');
    writeFileSync(f, readFileSync(f, 'utf8').replace('name: Customer 1', 'name: Renamed Co'));
    expect((await show('customer 1')).stderr).toMatch(/no customer matches 'customer 1'/);
    expect(JSON.parse((await show('renamed')).stdout).path).toBe('region-1/c1.md');
    // A file the index has not seen: every file is checked.
    renameSync(path.join(root, 'region-2/c2.md'), path.join(root, 'region-2/moved.md'));
    expect(JSON.parse((await show('customer 2')).stdout).path).toBe('region-2/moved.md');
    // A file deleted since, whose record the index still holds, is never found.
    expect(JSON.parse((await show('customer 4')).stdout).path).toBe('region-1/c4.md');
    unlinkSync(path.join(root, 'region-1/c4.md'));
    expect((await show('customer 4')).stderr).toMatch(/no customer matches 'customer 4'/);
  });

  it('names the file, and reads no other customer, when the file the index names was broken since', async () => {
    const root = generated(6);
    await reports(root);
    // The name line kept: a merge left conflict markers in the entries.
    const f = path.join(root, 'region-1/c4.md');
    writeFileSync(f, `${readFileSync(f, 'utf8')}\n<<<<<<< HEAD\n## 2026-11-26 call\n=======\n## 2026-11-26 visit\n>>>>>>> theirs\n`);
    for (const args of [['show', 'customer 4'], ['log', 'Customer 4', '-m', 'after the merge']]) {
      const r = await followup([...args, '--today', TODAY], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('region-1/c4.md');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(f, 'utf8')).not.toContain('after the merge');
  });

  it('finds the customer a command names through the index, and reads that file fresh', async () => {
    const root = generated(6);
    await reports(root);
    const r = await followup(['log', 'customer 2', '-m', 'via the index', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    const show = JSON.parse((await followup(['--json', 'show', 'customer 2', '--today', TODAY], { cwd: root })).stdout);
    expect(show.entries[0].date).toBe(TODAY);
  });

  describe('the list of files', () => {
    const check = async (root: string) => (await followup(['check', '--json'], { cwd: root })).stdout;

    it('is saved, and used while no folder changes', async () => {
      const root = generated(6);
      await reports(root);
      // A line of the folders read, then a line of the paths.
      const saved = JSON.parse(readFileSync(LISTING(root), 'utf8').split('\n')[1]!) as { files: string[] };
      expect(saved.files).toEqual(['README.md', 'region-0/c0.md', 'region-0/c3.md', 'region-1/c1.md', 'region-1/c4.md', 'region-2/c2.md', 'region-2/c5.md']);
      // Taken out of the saved list (and so out of the reports) while its folder is as it was.
      writeFileSync(LISTING(root), readFileSync(LISTING(root), 'utf8').replace('"region-1/c4.md",', ''));
      const names = JSON.parse((await followup(['--json', 'list', '--today', TODAY], { cwd: root })).stdout).map((r: { path: string }) => r.path);
      expect(names).not.toContain('region-1/c4.md');
      expect(names).toContain('region-1/c1.md');
    });

    it('is read again when a file or folder is added, deleted or renamed, a link made, or a folder touched back to its old time', async () => {
      const root = generated(12);
      await reports(root);
      const file = (rel: string) => path.join(root, rel);
      const [, , , , ...expected] = await sameAsFullRead(root);
      expect(expected.length).toBe(2);
      // A new folder, with a customer in it, two folders down.
      mkdirSync(file('region-3/deep'), { recursive: true });
      writeFileSync(file('region-3/deep/new.md'), customerFile('name: Deep New', '## 2026-11-20 visit\n'));
      // A customer added, and the folder given its old time back (its change time moves on).
      const folder = statSync(file('region-0'));
      writeFileSync(file('region-0/late.md'), customerFile('name: Late Comer', '## 2026-11-21 visit\n'));
      utimesSync(file('region-0'), folder.atime, folder.mtime);
      // A customer deleted, one renamed, and a link made.
      unlinkSync(file('region-1/c4.md'));
      renameSync(file('region-2/c5.md'), file('region-1/moved.md'));
      symlinkSync(file('region-1/c1.md'), file('region-2/link.md'));
      const warmCheck = await check(root);
      const [list] = await sameAsFullRead(root);
      const paths = (JSON.parse(list!.replace(/^[^[]*/, '')) as { path: string }[]).map((r) => r.path);
      expect(paths).toEqual(expect.arrayContaining(['region-3/deep/new.md', 'region-0/late.md', 'region-1/moved.md']));
      expect(paths).not.toContain('region-1/c4.md');
      expect(paths).not.toContain('region-2/c5.md');
      expect(paths).not.toContain('region-2/link.md');
      expect(warmCheck).toContain('region-2/link.md');
      expect(await check(root)).toBe(warmCheck);
    });

    // Root reads any folder: run as another user only.
    it.skipIf(process.getuid?.() === 0)('is read again when a folder can no longer be read, and once it can', async () => {
      const root = generated(6);
      await reports(root);
      chmodSync(path.join(root, 'region-1'), 0o000);
      try {
        const [, , , , csv] = await sameAsFullRead(root);
        expect(csv).toContain('region-1/');
      } finally {
        chmodSync(path.join(root, 'region-1'), 0o755);
      }
      const [list] = await sameAsFullRead(root);
      expect(list).toContain('region-1/c1.md');
    });

    it('is made afresh when it is corrupt, of another version, or names a path outside the notebook', async () => {
      const root = generated(5);
      writeFileSync(path.join(root, '..', `outside-${path.basename(root)}.md`), customerFile('name: Outside', '## 2026-11-20 visit\n'));
      const expected = await reports(root);
      const good = readFileSync(LISTING(root), 'utf8');
      const junks = ['{not json', good.replace('"version":2', '"version":1'), good.replace('\n', ' '), good.replace('"README.md"', `"../outside-${path.basename(root)}.md"`), good.replace('"README.md"', '"./README.md"'), good.replace('"README.md"', '"/etc/passwd"'), ''];
      for (const junk of junks) {
        writeFileSync(LISTING(root), junk);
        expect(await reports(root)).toEqual(expected);
        expect(readFileSync(LISTING(root), 'utf8')).toBe(good);
      }
    });
  });
});
