import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, notebook, read } from '../helpers.js';

const TODAY = '2026-11-20';

const ACME = customerFile(
  'name: Acme Trading\nstage: qualified\ncadence: 14',
  '## 2026-11-06 visit\n- Purpose: intro $(touch pwned)\n- Problems: budget\n- Next: 2026-11-20 bring the quote\n',
);

/**
 * A fake editor: saves the buffer it was given to `seen`, then replaces it with `reply` (or
 * leaves it as it is when there is none). Its path has a space, and it is called with an
 * argument, as `EDITOR="code --wait"` would be.
 */
function fakeEditor(reply: string | null): { env: Record<string, string>; seen: () => string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup editor '));
  const script = path.join(dir, 'edit it.sh');
  const seen = path.join(dir, 'seen.txt');
  const replyFile = path.join(dir, 'reply.txt');
  if (reply !== null) writeFileSync(replyFile, reply);
  writeFileSync(script, `#!/bin/sh\n[ "$1" = "--wait" ] || exit 3\ncp "$2" "${seen}"\n${reply === null ? '' : `cat "${replyFile}" > "$2"\n`}`);
  chmodSync(script, 0o755);
  return { env: { EDITOR: `'${script}' --wait`, VISUAL: '' }, seen: () => readFileSync(seen, 'utf8'), dir };
}

describe('log --edit', () => {
  it('opens the template pre-filled from the last plan, with the last entry as comments; writes what was saved, comments removed', async () => {
    const root = notebook({ 'acme.md': ACME });
    const before = read(root, 'acme.md');
    const editor = fakeEditor(
      [
        '- Purpose: bring the quote',
        '- Discussed: pricing for 50 seats #pricing',
        '- State: ',
        '- Problems: budget',
        '- Stage: proposal',
        '- Next: 2026-12-04 ask for the trial signature',
        '',
        'The CFO joined at the end.',
        '# a comment I left',
        '#',
      ].join('\n'),
    );
    const r = await followup(['log', 'acme', '--edit', '--today', TODAY], { cwd: root, env: editor.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(editor.seen()).toBe(
      [
        '- Purpose: bring the quote',
        '- Discussed: ',
        '- State: ',
        '- Problems: budget',
        '- Close: ',
        '- Stage: qualified',
        '- Next: 2026-12-04',
        '',
        '# Entry for Acme Trading, visit on 2026-11-20. Fill in the lines, add free text below them;',
        '# empty lines are dropped. Lines starting with "# " are removed.',
        '# Leave it empty or unchanged to write nothing.',
        '#',
        '# Open plan: 2026-11-20 bring the quote',
        '#',
        '# Last entry:',
        '# ## 2026-11-06 visit',
        '# - Purpose: intro $(touch pwned)',
        '# - Problems: budget',
        '# - Next: 2026-11-20 bring the quote',
        '',
      ].join('\n'),
    );
    expect(read(root, 'acme.md')).toBe(
      before.replace('stage: qualified', 'stage: proposal') +
        [
          '',
          '## 2026-11-20 visit',
          '- Purpose: bring the quote',
          '- Discussed: pricing for 50 seats #pricing',
          '- Problems: budget',
          '- Stage: qualified -> proposal',
          '- Next: 2026-12-04 ask for the trial signature',
          '',
          'The CFO joined at the end.',
          '',
        ].join('\n'),
    );
    expect(r.stdout).toBe('Logged visit with Acme Trading on 2026-11-20 in acme.md.\nStage: qualified -> proposal\nNext: 2026-12-04 ask for the trial signature\n');
    // The file's text reached the editor as a file, never through the shell.
    expect(existsSync(path.join(root, 'pwned'))).toBe(false);
    expect(existsSync(path.join(editor.dir, 'pwned'))).toBe(false);
  });

  it('takes --date, --time and --kind for the heading it writes', async () => {
    const root = notebook({ 'acme.md': ACME });
    const editor = fakeEditor('- Discussed: delivery dates\n');
    const r = await followup(['log', 'acme', '--edit', '--date', 'yesterday', '--time', '9:30', '--kind', '电话', '--today', TODAY], { cwd: root, env: editor.env });
    expect(r.code).toBe(0);
    expect(read(root, 'acme.md').endsWith('\n## 2026-11-19 9:30 call\n- Discussed: delivery dates\n')).toBe(true);
  });

  for (const [what, reply] of [['unchanged', null], ['emptied', ''], ['left with comments only', '# nothing\n- Discussed:\n']] as const) {
    it(`writes nothing when the buffer is ${what}: exit 1, one line`, async () => {
      const root = notebook({ 'acme.md': ACME });
      const r = await followup(['log', 'acme', '--edit', '--today', TODAY], { cwd: root, env: fakeEditor(reply).env });
      expect(r).toEqual({ code: 1, stdout: '', stderr: 'followup: the entry was left empty or unchanged; nothing was written\n' });
      expect(read(root, 'acme.md')).toBe(ACME);
    });
  }

  it('refuses a --time it cannot read before opening the editor', async () => {
    const root = notebook({ 'acme.md': ACME });
    const editor = fakeEditor('- Purpose: p\n- Discussed: d\n');
    const r = await followup(['log', 'acme', '--edit', '--time', '25:00', '--today', TODAY], { cwd: root, env: editor.env });
    expect(badInput(r)).toMatch(/'25:00' is not a time/);
    expect(existsSync(path.join(editor.dir, 'seen.txt'))).toBe(false);
    expect(read(root, 'acme.md')).toBe(ACME);
  });

  it('writes nothing when the editor fails, or when the entry cannot be read', async () => {
    const root = notebook({ 'acme.md': ACME });
    const failed = await followup(['log', 'acme', '--edit', '--today', TODAY], { cwd: root, env: { EDITOR: 'false' } });
    expect(failed).toEqual({ code: 1, stdout: '', stderr: "followup: the editor 'false' failed (exit code 1); nothing was written\n" });
    const stage = await followup(['log', 'acme', '--edit', '--today', TODAY], { cwd: root, env: fakeEditor('- Stage: signed\n').env });
    expect(badInput(stage)).toMatch(/^followup: 'signed' is not a stage; stages are lead, qualified, proposal, negotiation/);
    const next = await followup(['log', 'acme', '--edit', '--today', TODAY], { cwd: root, env: fakeEditor('- Next: 2026-02-30\n').env });
    expect(badInput(next)).toBe(
      "followup: the entry cannot be read (line 1: '2026-02-30' looks like a date but cannot be read, so this Next date is not counted; write it as YYYY-MM-DD); nothing was written\n",
    );
    expect(read(root, 'acme.md')).toBe(ACME);
  });

  it('refuses fields given as flags beside --edit', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect(badInput(await followup(['log', 'acme', '--edit', '-m', 'x'], { cwd: root }))).toMatch(/--edit takes the fields in the editor/);
  });
});

describe('open', () => {
  it("runs $VISUAL before $EDITOR on the customer's file, and says when the saved file no longer reads", async () => {
    const root = notebook({ 'acme.md': ACME });
    const editor = fakeEditor('---\nname: Acme Trading\ncadence: often\n---\n');
    const r = await followup(['open', 'acme'], { cwd: root, env: { EDITOR: 'false', VISUAL: editor.env.EDITOR! } });
    expect(editor.seen()).toBe(ACME);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("followup: warning: acme.md no longer reads as a customer file: line 3: 'cadence' must be a whole number of days, not 'often'\n");
  });
});
