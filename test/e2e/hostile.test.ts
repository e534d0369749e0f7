/** Hostile and damaged notebooks, through the commands: what is refused, reported, never written. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, json, notebook, read, type Run } from '../helpers.js';

/** Whether this file system tells A from a. */
const CASE_SENSITIVE = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-case-'));
  writeFileSync(path.join(dir, 'A'), '');
  const sensitive = !existsSync(path.join(dir, 'a'));
  rmSync(dir, { recursive: true, force: true });
  return sensitive;
})();

const TODAY = '2026-11-20';
const run = (root: string, args: string[]): Promise<Run> => followup([...args, '--today', TODAY], { cwd: root });

const GOOD = { 'good.md': customerFile('name: Good Customer\ncreated: 2026-11-01') };
const CONFLICT = customerFile(
  'name: Conflict Co\ncreated: 2026-10-01',
  '## 2026-11-01 visit\n<<<<<<< HEAD\n- Next: 2026-11-20 call\n||||||| base\n- Next: 2026-11-15 mail\n=======\n- Next: 2026-11-22 visit\n>>>>>>> theirs\n',
);

/** Every file of a notebook and its bytes, to show that nothing changed. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (f.startsWith('.followup')) continue;
    try {
      out[f] = readFileSync(path.join(root, f), 'latin1');
    } catch {
      // a folder
    }
  }
  return out;
}

describe('a visit never lands in the wrong customer', () => {
  const files = {
    'acme.md': customerFile('name: Acme\nname: Acme Again'),
    'acme-trading.md': customerFile('name: Acme Trading\ncreated: 2026-11-01'),
    'wang.md': CONFLICT.replace('Conflict Co', 'Wang'),
    'wang-logistics.md': customerFile('name: Wang Logistics\ncreated: 2026-11-01'),
  };

  it.each([
    ['acme', /'acme' matches acme\.md, which was skipped: line 3: front matter is not valid YAML/],
    ['acme.md', /'acme\.md' matches acme\.md, which was skipped/],
    ['wang', /'wang' matches wang\.md, which was skipped: line 7: an unresolved git conflict/],
  ])('log %s names the broken file and writes nothing anywhere', async (query, reason) => {
    const root = notebook(files);
    const before = snapshot(root);
    const r = await run(root, ['log', query, '--purpose', 'p', '-m', 'x', '--stage', 'won']);
    expect(badInput(r)).toMatch(reason);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('unresolved git conflicts', () => {
  it('reports keep the file out, naming its line and saying to resolve it', async () => {
    const root = notebook({ ...GOOD, 'conflict.md': CONFLICT });
    const r = await run(root, ['list', '--json']);
    expect(json<{ name: string }[]>(r).map((i) => i.name)).toEqual(['Good Customer']);
    expect(r.stderr).toBe('followup: skipped conflict.md: line 7: an unresolved git conflict (<<<<<<< ... >>>>>>>); resolve the conflict: keep the lines you want, delete the marker lines\n');
  });

  it.each([['log', 'conflict', '-m', 'x', '--purpose', 'p'], ['schedule', 'conflict', '2026-11-30'], ['won', 'conflict', '-y'], ['show', 'conflict']])(
    '%s refuses the file and leaves it as it was',
    async (...args) => {
      const root = notebook({ ...GOOD, 'conflict.md': CONFLICT });
      expect(badInput(await run(root, args))).toMatch(/conflict\.md.*unresolved git conflict/);
      expect(read(root, 'conflict.md')).toBe(CONFLICT);
    },
  );
});

describe('files the tool keeps for itself', () => {
  it('temporary files and locks live in .followup/tmp, which ignores itself in git; nothing is left beside the customer', async () => {
    const root = notebook(GOOD);
    expect((await run(root, ['log', 'good', '--purpose', 'p', '-m', 'x'])).code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['.followup', 'good.md']);
    expect(readFileSync(path.join(root, '.followup/tmp/.gitignore'), 'utf8')).toMatch(/^\*$/m);
    const git = spawnSync('git', ['init', '-q', root]);
    if (git.status === 0) {
      writeFileSync(path.join(root, '.followup/tmp/x.tmp'), 'half a write');
      const ignored = spawnSync('git', ['-C', root, 'check-ignore', '.followup/tmp/x.tmp', '.followup/tmp/abc.lock', '.followup/tmp/.gitignore'], { encoding: 'utf8' });
      expect(ignored.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    }
  });

  it('init writes a .followup/.gitignore that names tmp/', async () => {
    const root = notebook();
    const dir = path.join(root, 'book');
    expect((await followup(['init', dir])).code).toBe(0);
    expect(readFileSync(path.join(dir, '.followup/.gitignore'), 'utf8')).toMatch(/^tmp\/$/m);
  });

  it('a temporary file left beside a customer by a killed write is never read as a customer', async () => {
    const root = notebook({ ...GOOD, '.good.md.4242.abcd1234.tmp': customerFile('name: Half Written'), 'good.md.tmp': customerFile('name: Half Two') });
    const r = await run(root, ['list', '--json']);
    expect(json<{ name: string }[]>(r, { quiet: true }).map((i) => i.name)).toEqual(['Good Customer']);
  });

  it('a file name near the file system limit can be logged to: the temporary name stays short', async () => {
    const name = `${'a'.repeat(240)}.md`;
    const root = notebook({ [name]: customerFile('name: Long Name Co') });
    const r = await run(root, ['log', 'long name co', '--purpose', 'p', '-m', 'x']);
    expect(r.code, r.stderr).toBe(0);
    expect(read(root, name)).toContain('- Discussed: x');
  });
});

describe('size', () => {
  it('a file over 5 MB is refused by name and not loaded; the others still print', async () => {
    const root = notebook({ ...GOOD, 'huge.md': customerFile('name: Huge', 'x'.repeat(5 * 1024 * 1024 + 10)) });
    const r = await run(root, ['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Good Customer');
    expect(r.stderr).toMatch(/^followup: skipped huge\.md: the file is 5\.0 MB, over the 5 MB followup reads/);
  });
});

describe('numbers have bounds', () => {
  it.each([
    [['agenda', '--days', '99999999'], /--days.*from 1 to 366/],
    [['plan', '--days', '99999999'], /--days.*from 1 to 366/],
    [['show', 'good', '--entries', '99999999'], /--entries.*from 1 to 1000/],
    [['new', 'X', '--cadence', '100000000000000000000'], /--cadence.*from 1 to 3650/],
    [['log', 'good', '-m', 'x', '--next', '+99999999d'], /'\+99999999d' is not a --next date/],
    // Its week started in the year 99, which was once read as 1999: an internal error.
    [['stats', '--since', '0100-01-01'], /'0100-01-01' is not a --since date/],
  ])('%j is bad input, never clamped, never an Invalid Date', async (args, reason) => {
    const r = await run(notebook(GOOD), args);
    expect(badInput(r)).toMatch(reason);
    expect(r.stderr).not.toMatch(/Invalid Date/);
  });

  it.each(['0100-01-01', '9999-12-31'])('a --today of %s, whose weeks or plans leave four-digit years, is bad input', async (day) => {
    for (const command of ['agenda', 'plan', 'stats']) {
      const r = await followup([command, '--today', day], { cwd: notebook(GOOD) });
      expect(badInput(r)).toMatch(new RegExp(`'${day}' is not a --today date`));
    }
  });

  it.each([['cadence: 99999'], ['capacity: 100000'], ['cadence_by_stage: {proposal: 1e20}']])('config %s is bad input', async (config) => {
    const r = await run(notebook(GOOD, config), ['agenda']);
    expect(badInput(r)).toMatch(/config\.yml: '.+' must be at most/);
  });

  it('a customer created on 9999-12-31 falls due on the last day a file can hold, not 2,000 years late', async () => {
    const root = notebook({ ...GOOD, 'far.md': customerFile('name: Far\ncreated: 9999-12-31\ncadence: 14') });
    const far = (json(await run(root, ['list', '--json'])) as { name: string; due: string; overdueDays: number }[]).find((c) => c.name === 'Far')!;
    expect(far).toMatchObject({ due: '9999-12-31', overdueDays: 0 });
    const review = (await run(root, ['overdue'])).stdout;
    expect(review).toMatch(/Far\s+9999-12-31/); // among the new customers, not the overdue ones
    expect(review).not.toMatch(/\+010000/);
  });

  it('a cadence of 1e20 days in a file reports the file', async () => {
    const root = notebook({ ...GOOD, 'far.md': customerFile('name: Far\ncadence: 100000000000000000000') });
    const r = await run(root, ['list']);
    expect(r.stdout).not.toMatch(/Invalid Date/);
    expect(r.stderr).toMatch(/skipped far\.md: line 3: 'cadence' must be at most 3650 days/);
  });
});

describe('dates nearly right', () => {
  it('hand-written dates count, and a date-like heading that cannot be read is reported without blocking a write', async () => {
    const root = notebook({
      'hand.md': customerFile('name: Hand\ncreated: 2026-10-01', '## 2026/11/10 visit\n- Next: 2026-11-2 call\n\n## 2026-11-12T14:30 visit\n'),
    });
    const r = await run(root, ['list', '--json']);
    const [item] = json<{ lastContact: string }[]>(r);
    expect(item!.lastContact).toBe('2026-11-10');
    expect(r.stderr).toBe(
      "followup: hand.md: line 9: '2026-11-12T14:30' looks like a date but cannot be read, so this entry is not counted; write it as YYYY-MM-DD [HH:MM]\n",
    );
    expect((await run(root, ['log', 'hand', '--purpose', 'p', '-m', 'x'])).code).toBe(0);
  });
});

describe('what reaches the terminal', () => {
  it('control and zero-width characters from argv are not echoed', async () => {
    const r = await run(notebook(GOOD), ['show', 'x\x1b[2J\u200by\u202e']);
    expect(badInput(r)).toMatch(/no customer matches 'x\?\[2J\?y\?'/);
  });

  it('zero-width characters in names are shown as ?, joiners inside emoji kept; JSON escapes them', async () => {
    const root = notebook({ 'zw.md': customerFile('name: "Ac\\u200Bme \\U0001F468\\u200D\\U0001F469"') });
    const r = await run(root, ['list']);
    expect(r.stdout).toContain('Ac?me 👨\u200d👩');
    const j = await run(root, ['list', '--json']);
    expect(j.stdout).not.toMatch(/\u200b|\u200d/);
    expect(json<{ name: string }[]>(j)[0]!.name).toBe('Ac\u200bme 👨\u200d👩');
  });
});

describe('smaller ones', () => {
  it('plan --apply says which files were written and which not when one is read-only', async () => {
    const files = {
      'a.md': customerFile('name: Alpha\ncreated: 2026-11-01\ncadence: 7'),
      'b.md': customerFile('name: Beta\ncreated: 2026-11-01\ncadence: 7'),
      'c.md': customerFile('name: Gamma\ncreated: 2026-11-01\ncadence: 7'),
    };
    const root = notebook(files, 'capacity: 1\n');
    chmodSync(path.join(root, 'b.md'), 0o444);
    const r = await followup(['plan', '--days', '5', '--apply', '--today', '2026-11-19'], { cwd: root });
    expect(r.code).toBe(1);
    // a.md stays on today's agenda; b.md (Friday) cannot be written; c.md (Monday) is.
    expect(r.stderr).toMatch(/^followup: the plan was written into c\.md, but not into b\.md \(read-only\)$/m);
    expect(r.stdout).not.toMatch(/nothing was written/);
    expect(read(root, 'c.md')).toMatch(/## 2026-11-19 plan\n- Next: 2026-11-23/);
    expect(read(root, 'a.md')).toBe(files['a.md']);
    expect(read(root, 'b.md')).toBe(files['b.md']);
  });

  it('a file where the tool\'s own folder should be: reports still work, a write says which folder and writes nothing', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme', '## 2026-11-10 visit\n- Purpose: x\n') });
    writeFileSync(path.join(root, '.followup/tmp'), 'x');
    const before = read(root, 'acme.md');
    const list = await run(root, ['list']);
    expect([list.code, list.stderr]).toEqual([0, '']);
    const log = await run(root, ['log', 'acme', '-m', 'hi']);
    expect(log.code).toBe(1);
    expect(log.stderr).toBe(`followup: cannot write ${path.join('.followup', 'tmp')}: a file stands where a folder should be; nothing was written\n`);
    expect(read(root, 'acme.md')).toBe(before);
  });

  // A case-insensitive file system (macOS, Windows) holds only one of two case twins.
  it.skipIf(!CASE_SENSITIVE)('case twins are told apart by their exact file name', async () => {
    const root = notebook({ 'Alice.md': customerFile('name: Alice Big'), 'alice.md': customerFile('name: alice small') });
    expect((await run(root, ['log', 'Alice.md', '--purpose', 'p', '-m', 'to the big one'])).code).toBe(0);
    expect((await run(root, ['log', 'alice', '--purpose', 'p', '-m', 'to the small one'])).code).toBe(0);
    expect(read(root, 'Alice.md')).toContain('to the big one');
    expect(read(root, 'alice.md')).toContain('to the small one');
    expect(read(root, 'Alice.md')).not.toContain('small');
  });

  it('a file named exactly is the one meant, whatever other files are called; a file of the same name in two folders is asked about', async () => {
    const root = notebook({
      'acme.md': customerFile('name: Beta Works'),
      'beta.md': customerFile('name: acme'),
      'east/zhang.md': customerFile('name: Zhang East'),
      'west/zhang.md': customerFile('name: Zhang West'),
      'notes.md': '# Not a customer\n',
      'notes-customer.md': customerFile('name: notes'),
    });
    expect((await run(root, ['show', 'acme'])).stdout).toMatch(/^Beta Works/);
    expect((await run(root, ['show', 'beta.md'])).stdout).toMatch(/^acme/);
    expect((await run(root, ['show', 'west/zhang'])).stdout).toMatch(/^Zhang West/);
    const both = await run(root, ['show', 'zhang']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/east\/zhang.*west\/zhang|west\/zhang.*east\/zhang/);
    // notes.md is no customer: the name "notes" is.
    expect((await run(root, ['show', 'notes'])).stdout).toMatch(/^notes/);
  });

  it.each([
    ['ctor.md', '---constructor\nname: Ctor\n---\n', /ctor\.md: line 1: the first line '---constructor' does not open YAML front matter/],
    ['cr.md', '---\rname: CR Only\r---\r\r## 2026-11-01 visit\r', /cr\.md: lines end with a carriage return alone/],
    ['u16.md', Buffer.from('---\nname: Sixteen\n---\n', 'utf16le'), /u16\.md: UTF-16 text, not UTF-8/],
  ])('%s does not vanish: one line on stderr', async (file, text, reason) => {
    const root = notebook(GOOD);
    writeFileSync(path.join(root, file), text);
    const r = await run(root, ['list']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
  });
});

describe('followup check', () => {
  it('a clean notebook: one line, exit 0', async () => {
    const r = await run(notebook(GOOD), ['check']);
    expect(r).toEqual({ code: 0, stdout: 'Checked 1 file: no problems.\n', stderr: '' });
  });

  it('finds every hostile case, one line each with file and line, and exits 1', async () => {
    const root = notebook({
      ...GOOD,
      'conflict.md': CONFLICT,
      'dup.md': customerFile('name: A\nname: B\nstage: x\nstage: y'),
      'unclosed.md': '---\nname: Unclosed\nstage: x\n',
      'dates.md': customerFile('name: Dates', '## 2026-11-20 14:30:00 visit\n<!--\n## 2026-11-21 visit\n-->\n'),
      'Twin.md': customerFile('name: Twin'),
      'twin.md': customerFile('name: Twin Two'),
      'latin1.md': Buffer.from('---\nname: Caf\xe9\n---\n', 'latin1').toString('latin1'),
    });
    writeFileSync(path.join(root, 'latin1.md'), Buffer.from('---\nname: Caf\xe9\n---\n', 'latin1'));
    symlinkSync(path.join(root, 'good.md'), path.join(root, 'link.md'));
    const r = await run(root, ['check']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    for (const want of [
      /^conflict\.md:7: an unresolved git conflict/,
      /^dup\.md:3: front matter is not valid YAML: Map keys must be unique/,
      /^dup\.md:5: front matter is not valid YAML/,
      /^unclosed\.md:1: front matter has no closing --- line/,
      /^dates\.md:5: '2026-11-20 14:30:00' looks like a date/,
      /^dates\.md:7: the entry '2026-11-21 visit' is inside an HTML comment/,
      /^latin1\.md: not UTF-8 text/,
      /^link\.md: a symbolic link/,
      ...(CASE_SENSITIVE ? [/^Twin\.md: its file name differs from twin\.md's only by case/, /^twin\.md: its file name differs from Twin\.md's only by case/] : []),
    ]) {
      expect(lines.filter((l) => want.test(l)), String(want)).toHaveLength(1);
    }
    const asJson = await run(root, ['check', '--json']);
    expect(asJson.code).toBe(1);
    const j = JSON.parse(asJson.stdout) as { problems: { file: string; message: string; code: string }[] };
    // The same problems as the text, each with its file, code and words.
    expect(j.problems).toHaveLength(lines.filter((l) => /^\S+\.md:/.test(l)).length);
    expect(j.problems.map((p) => p.file)).toEqual(expect.arrayContaining(['conflict.md', 'dup.md', 'latin1.md', 'link.md']));
    expect(j.problems.every((p) => p.file && p.message && p.code)).toBe(true);
  });
});
