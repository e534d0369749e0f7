import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandSpec } from '../../src/specs.js';
import { BIN, badInput, customerFile, followup, notebook } from '../helpers.js';

const visible = Object.entries(COMMANDS as Record<string, CommandSpec>).filter(([, s]) => !s.hidden);
const longFlags = (s: CommandSpec) => Object.values(s.options).map((o) => /--[\w-]+/.exec(o.flags)![0]);

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

describe('completion', () => {
  for (const shell of ['bash', 'zsh', 'fish'] as const) {
    it(`prints a ${shell} script naming every command and flag of the specs, and none hidden`, async () => {
      const r = await followup(['completion', shell]);
      expect(r.code).toBe(0);
      for (const [name, spec] of visible) {
        expect(r.stdout).toContain(name);
        for (const flag of longFlags(spec)) expect(r.stdout).toContain(shell === 'fish' ? `-l '${flag.slice(2)}'` : flag);
      }
      expect(r.stdout).toContain('followup __complete customers');
      expect(r.stdout.replaceAll('followup __complete customers', '')).not.toContain('__complete');
      if (has(shell)) {
        const dir = mkdtempSync(path.join(tmpdir(), 'followup-completion-'));
        writeFileSync(path.join(dir, 'script'), r.stdout);
        expect(spawnSync(shell, ['-n', path.join(dir, 'script')], { encoding: 'utf8' }).stderr).toBe('');
      }
    });
  }

  it('refuses another shell', async () => {
    expect(badInput(await followup(['completion', 'powershell']))).toBe("followup: 'powershell' is not a shell followup completes; use bash, zsh, fish\n");
  });

  it('__complete customers prints the file names, one a line, and nothing at all outside a notebook', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme'), 'east/杭州湖畔.md': customerFile('name: 杭州湖畔') });
    expect(await followup(['__complete', 'customers'], { cwd: root })).toEqual({ code: 0, stdout: 'acme\n杭州湖畔\n', stderr: '' });
    expect(await followup(['__complete', 'customers'], { cwd: mkdtempSync(path.join(tmpdir(), 'nowhere-')) })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.runIf(has('bash'))('completes commands, flags and customer names in a real bash', () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme'), 'anhui-steel.md': customerFile('name: Anhui Steel'), 'east/杭州湖畔.md': customerFile('name: 杭州湖畔') });
    const bin = mkdtempSync(path.join(tmpdir(), 'followup-bin-'));
    writeFileSync(path.join(bin, 'followup'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(bin, 'followup'), 0o755);
    // One bash for every case: each case is a line of words, its completions come back on one line.
    const cases = [['followup', 'ex'], ['followup', 'log', '--ne'], ['followup', 'log', 'a'], ['followup', 'show', '杭'], ['followup', 'agenda', '']];
    const script = [
      'source <(followup completion bash)',
      ...cases.map((words) => `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _followup; echo "\${COMPREPLY[*]}"`),
    ].join('\n');
    const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH}`, HOME: root } });
    expect(r.stdout.split('\n').slice(0, -1).map((l) => l.split(' ').filter(Boolean).sort())).toEqual([
      ['export'],
      ['--next', '--next-action'],
      ['acme', 'anhui-steel'],
      ['杭州湖畔'],
      [],
    ]);
  });
});
