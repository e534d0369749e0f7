/**
 * The built `bin/followup`, spawned as a user runs it, for what only a real process shows:
 * start-up, --version and --help, the exit code a shell sees, the stack only with DEBUG. Every
 * other end-to-end test runs in-process through `run()` (test/helpers.ts); the prompts at a
 * terminal are in terminal.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, badInput, customerFile, followup, notebook, spawnFollowup } from '../helpers.js';

const TODAY = '2026-11-27'; // a Friday

const ACME = customerFile('name: Acme Trading\nstage: proposal\ncadence: 14', '## 2026-11-13 visit\n- Purpose: demo\n');

const COMMANDS = ['init', 'new', 'log', 'show', 'list', 'agenda', 'overdue', 'plan', 'schedule', 'release', 'lost', 'won', 'reopen', 'stats', 'demo'];

describe('bin/followup', () => {
  it('prints the version from package.json with --version, and exits 0', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(spawnFollowup(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    // Answered before the build is loaded: the same as the build says, -V too.
    expect(spawnFollowup(['-V'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(await followup(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(await followup(['-V'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints the usage and every command with --help, and exits 0', () => {
    const r = spawnFollowup(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: followup \[options\] \[command\]\n/);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});

describe('the build', () => {
  const bundle = fileURLToPath(new URL('../../dist/followup.cjs', import.meta.url));
  const LOADER = fileURLToPath(new URL('../../bin/load.cjs', import.meta.url));

  it('is ASCII, since bin/load.cjs reads it as Latin-1: Chinese dates still read through the binary', () => {
    expect(readFileSync(bundle).findIndex((byte) => byte > 0x7f)).toBe(-1);
    const r = spawnFollowup(['agenda', '--today', '2026年11月20日'], { cwd: notebook({ 'acme.md': ACME }) });
    expect(r.stdout).toMatch(/^Agenda for 2026-11-20: /);
  });

  it('is strict code, as the modules it was made of were', () => {
    // A "use strict" after the first statement is no directive: the bundle's own comes late.
    expect(readFileSync(bundle, 'latin1').split('\n', 2)[1]).toBe("'use strict';");
  });

  it('comes with a code cache that this Node accepts, and a cache of another build is not used', () => {
    // In a plain node process: a test worker's flags would make V8 refuse any cache.
    const probe = (dist: string) => {
      const code = `const r = require(${JSON.stringify(LOADER)}).load(${JSON.stringify(dist)}); process.stdout.write(r.cached + ' ' + typeof r.exports.run);`;
      return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' }).stdout;
    };
    expect(probe(path.dirname(bundle))).toBe('true function');
    const other = mkdtempSync(path.join(tmpdir(), 'followup-dist-'));
    cpSync(path.dirname(bundle), other, { recursive: true });
    const cache = readFileSync(path.join(other, 'followup.cache'));
    cache.write('0123456789abcdef', 0, 'latin1'); // the name of another build
    writeFileSync(path.join(other, 'followup.cache'), cache);
    expect(probe(other)).toBe('false function');
    rmSync(other, { recursive: true, force: true });
  });
});

describe('followup with no command', () => {
  it('shows the agenda', () => {
    const root = notebook({ 'acme.md': ACME });
    const r = spawnFollowup([], { cwd: root, env: { FOLLOWUP_TODAY: TODAY } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Agenda for 2026-11-27: 1 to see/);
    expect(r.stdout).toContain('Acme Trading');
  });

  it('refuses an unknown command with exit 2, naming the commands', () => {
    expect(badInput(spawnFollowup(['agneda'], { cwd: notebook() }))).toMatch(/unknown command 'agneda'; did you mean 'agenda'\?/);
    expect(badInput(spawnFollowup(['zzz'], { cwd: notebook() }))).toMatch(/unknown command 'zzz'; the commands are init, new, log/);
  });
});

describe('output to a reader that stops early (`followup list | head`)', () => {
  it('ends quietly with 0, without a stack trace', async () => {
    const root = notebook({ 'acme.md': ACME });
    for (const args of [['list'], ['list', '--json'], ['show', 'acme']]) {
      const child = spawn(process.execPath, [BIN, ...args, '--today', TODAY], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // the reader is gone before the first line is written
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
    }
  });
});

describe('output that cannot be written', () => {
  it.runIf(existsSync('/dev/full'))('is one line on stderr and exit 1 (a full disk)', async () => {
    const root = notebook({ 'acme.md': ACME });
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [BIN, 'list', '--today', TODAY], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1' }, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect({ code, stderr }).toEqual({ code: 1, stderr: 'followup: cannot write the output (ENOSPC)\n' });
    } finally {
      closeSync(full);
    }
  });
});

describe('an unexpected error', () => {
  it('prints one line, and the stack only with DEBUG', () => {
    // A folder name longer than any file system allows: the write fails below the tool.
    const root = notebook();
    const tooLong = ['new', 'Acme', '--folder', 'x'.repeat(300), '--today', TODAY];
    const plain = spawnFollowup(tooLong, { cwd: root });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^followup: cannot write x+\/acme\.md: [^\n]+\n$/);
    const debug = spawnFollowup(tooLong, { cwd: root, env: { DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^followup: [^\n]+\n/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
