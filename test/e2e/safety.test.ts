import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read, type Run } from '../helpers.js';

const TODAY = '2026-11-20';
const REPORTS = [['list'], ['agenda', '--days', '30'], ['overdue']];

function run(root: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return followup([...args, '--today', TODAY], { cwd: root, env });
}

/** The stderr lines, each of which must be one `followup:` line. */
function stderrLines(r: Run): string[] {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  for (const l of lines) expect(l).toMatch(/^followup: /);
  return lines;
}

const GOOD = {
  'good.md': customerFile('name: Good Customer\ncreated: 2026-11-01'),
  'east/chinese.md': customerFile('name: 杭州湖畔贸易\ncadence: 7', '## 2026-11-01 拜访\n- 目的: 介绍\n'),
};

describe('a file that tries to run code', () => {
  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'followup-marker-')), 'pwned');
  const write = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const evil: Record<string, string> = {
    'js.md': `---js\n{ name: (${write}, 'JS Co') }\n---\n`,
    'javascript.md': `---javascript\nmodule.exports = { name: (${write}, 'JavaScript Co') }\n---\n`,
    'upper.md': `---JavaScript\n{ name: (${write}, 'Upper Co') }\n---\n`,
    'spaced.md': `--- js\n{ name: (${write}, 'Spaced Co') }\n---\n`,
    'coffee.md': `---coffee\nname: (${write}; 'Coffee Co')\n---\n`,
    'tag.md': `---\nname: !!js/function "function () { ${write.replace(/"/g, '\\"')}; return 'Tag Co' }"\n---\n`,
    'tag-undefined.md': `---\nname: Tag Two\nstage: !!js/undefined ''\n---\n`,
    'python.md': `---\nname: !!python/object/apply:os.system ["touch ${marker}"]\n---\n`,
  };

  it.each(REPORTS)('%s runs nothing, reports each file on one line, skips it, and still prints the others', async (...args) => {
    const root = notebook({ ...GOOD, ...evil });
    const r = await run(root, [...args, '--json']);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
    const lines = stderrLines(r);
    expect(lines).toHaveLength(Object.keys(evil).length);
    for (const file of Object.keys(evil)) expect(lines.filter((l) => l.includes(file))).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    const items: { name: string }[] = Array.isArray(out) ? out : out.items;
    expect(items.map((i) => i.name).sort()).toEqual(['Good Customer', '杭州湖畔贸易']);
  });

  it('show and log of another customer run nothing either', async () => {
    const root = notebook({ ...GOOD, ...evil });
    expect((await run(root, ['show', 'good'])).code).toBe(0);
    expect((await run(root, ['log', 'good', '-m', 'fine'])).code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    for (const [file, text] of Object.entries(evil)) expect(read(root, file)).toBe(text);
  });
});

describe('a file whose text tries to drive the terminal', () => {
  // The name through YAML escapes, the rest as raw bytes in the file.
  const ESCAPES =
    '---\nname: "Evil \\e]0;pwned\\a Co \\e[2J"\ncontact: Raw \x1b[31mred\x1b[0m \u202eevil\nstage: "\\e[5m"\ncreated: 2026-11-01\n---\n\n' +
    '## 2026-11-10 visit\n- Purpose: \x1b[2J wipe #\x1b[1mbold\n- Problems: \x1b]0;title\x07\n- Next: 2026-11-19 \x1b]8;;http://evil.example\x07click\x1b]8;;\x07 \x9b31m\n\x1b[31mhand-written\n';

  it.each([...REPORTS, ['show', 'evil']])('%s prints no escape sequence from the file', async (...args) => {
    const root = notebook({ ...GOOD, 'evil.md': ESCAPES });
    const r = await run(root, args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Evil ');
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    if (args[0] !== 'show') expect(r.stdout).toContain('Good Customer');
  });

  it('does not let the file’s sequences through even when colour is on', async () => {
    const root = notebook({ ...GOOD, 'evil.md': ESCAPES });
    for (const args of [...REPORTS, ['show', 'evil']]) {
      const r = await followup([...args, '--today', TODAY], { cwd: root, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\x1b\]|\x07|\x1b\[2J|\x1b\[5m|\x9b|\u202e/);
    }
  });

  it('escapes control characters in JSON', async () => {
    const root = notebook({ ...GOOD, 'evil.md': ESCAPES });
    const r = await run(root, ['show', 'evil', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(JSON.parse(r.stdout).name).toBe('Evil \x1b]0;pwned\x07 Co \x1b[2J');
  });

  it('cleans a file name and an error reason on stderr too', async () => {
    const root = notebook({ ...GOOD, 'bad\x1b[2J.md': customerFile('name: X\ncadence: "\\e[2J"') });
    const r = await run(root, ['list']);
    expect(r.code).toBe(0);
    expect(stderrLines(r)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\x1b/);
  });
});

describe('malformed files', () => {
  const broken: Record<string, [string | Buffer, RegExp]> = {
    'bad-yaml.md': [customerFile('name: Bad Yaml\nstage: [unclosed'), /not valid YAML/],
    'bad-date.md': [customerFile('name: Bad Date', '## 2026-11-01 visit\n\n## 2026-02-30 visit\n- Purpose: x\n'), /bad-date\.md: line 7: '2026-02-30' looks like a date but cannot be read, so this entry is not counted/],
    'latin1.md': [Buffer.from('---\nname: Caf\xe9 M\xfcller\n---\n', 'latin1'), /not UTF-8/],
    'cadence.md': [customerFile('name: Two Weeks\ncadence: two weeks'), /'cadence' must be a whole number of days, not 'two weeks'/],
    'west/status.md': [customerFile('name: Odd Status\nstatus: sleeping'), /'status' must be one of/],
    'dup-key.md': [customerFile('name: A\nname: B'), /not valid YAML/],
  };

  function book(): string {
    const root = notebook(GOOD);
    for (const [file, [content]] of Object.entries(broken)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    return root;
  }

  it.each([...REPORTS, ['list', '--json'], ['agenda', '--json'], ['overdue', '--json']])(
    '%s reports each on one line with path and reason, lists the others, exits 0',
    async (...args) => {
      const r = await run(book(), args);
      expect(r.code).toBe(0);
      const lines = stderrLines(r);
      expect(lines).toHaveLength(Object.keys(broken).length);
      for (const [file, [, reason]] of Object.entries(broken)) {
        const line = lines.find((l) => l.includes(file));
        expect(line, file).toBeDefined();
        expect(line).toMatch(reason);
      }
      if (args.includes('--json')) {
        const out = JSON.parse(r.stdout);
        const items: { name: string }[] = Array.isArray(out) ? out : out.items;
        expect(items.map((i) => i.name)).toContain('Good Customer');
      } else {
        expect(r.stdout).toContain('Good Customer');
        if (args[0] !== 'overdue') expect(r.stdout).toContain('杭州湖畔贸易');
      }
    },
  );

  it('log and show of a good customer still work, and the broken files are left as they were', async () => {
    const root = book();
    expect((await run(root, ['log', '杭州湖畔', '--purpose', '回访'])).code).toBe(0);
    expect((await run(root, ['show', 'good'])).code).toBe(0);
    for (const [file, [content]] of Object.entries(broken)) {
      if (typeof content === 'string') expect(read(root, file)).toBe(content);
    }
  });

  it('a broken file is not a customer that can be named', async () => {
    const r = await run(book(), ['show', 'two weeks']);
    expect(r.code).toBe(2);
    // Its name matches exactly: the error is about that file, never a match with another customer.
    expect(r.stderr).toMatch(/^followup: 'two weeks' matches cadence\.md, which was skipped: line 3: 'cadence' must be a whole number/);
  });
});
