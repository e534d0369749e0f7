/**
 * Concurrent writers, for real: separate followup processes started at once on one customer.
 * Spawned rather than in-process, since the lock is between processes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as say, messagesFor } from '../../src/i18n/messages.js';
import { Notebook } from '../../src/store/notebook.js';
import { BIN, customerFile, followup, notebook, read } from '../helpers.js';

function start(root: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--dir', root, ...args], { env: { PATH: process.env.PATH ?? '', HOME: root, TZ: 'UTC', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('concurrent writes', () => {
  it('20 processes logging to one customer at once keep all 20 entries, each once', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme\ncreated: 2026-11-01') });
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => start(root, ['log', 'acme', '--today', '2026-11-20', '--purpose', 'p', '-m', `visit number ${i}`])),
    );
    for (const r of runs) expect(r, r.stderr).toMatchObject({ code: 0 });
    const text = read(root, 'acme.md');
    for (let i = 0; i < 20; i++) expect(text.split(`- Discussed: visit number ${i}\n`)).toHaveLength(2);
    expect(text.match(/^## /gm)).toHaveLength(20);
    // Nothing of the tool's is left beside the customer, nor in its own folder but the ignore file.
    expect(readdirSync(root).sort()).toEqual(['.followup', 'acme.md']);
    // Nothing left behind but the tool's own records (the undo record of each write, the index).
    expect(readdirSync(path.join(root, '.followup', 'tmp')).filter((f) => !['undo', 'index'].includes(f))).toEqual(['.gitignore']);
  }, 120_000);
});

describe('a lock left behind', () => {
  const lockDir = (root: string) => path.join(root, '.followup', 'tmp');
  /** What a write to acme.md should leave in the tool's folder: the ignore file and its own records. */
  const leftOver = (root: string) => readdirSync(lockDir(root)).filter((f) => !['undo', 'index'].includes(f));

  /** A notebook of one customer, and the lock a write to it takes: named by a hash of the file's path, as the store names it. */
  function acme(): { root: string; lock: string } {
    const root = notebook({ 'acme.md': customerFile('name: Acme\ncreated: 2026-11-01') });
    mkdirSync(lockDir(root), { recursive: true });
    const key = createHash('sha256').update('acme.md').digest('hex').slice(0, 20);
    return { root, lock: path.join(lockDir(root), `${key}.lock`) };
  }

  it('is taken over at once when its process no longer runs', async () => {
    const { root, lock } = acme();
    // A process that has ended: its pid is free (or reused, which the lock cannot tell; it waits then).
    const dead = await new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ['-e', '0']);
      c.on('close', () => resolve(c.pid!));
    });
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), at: Date.now() }));
    const started = Date.now();
    const r = await followup(['--dir', root, 'log', 'acme', '--purpose', 'p', '-m', 'after a crash', '--today', '2026-11-20']);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(read(root, 'acme.md')).toContain('- Discussed: after a crash');
    expect(leftOver(root)).toEqual(['.gitignore']);
  });

  // The lock file of a writer that has just created it and not yet written it is empty. With
  // twenty writers a waiter sees many such instants; it once counted them, and past twenty took
  // a live lock away, and an entry was lost.
  it('still empty, as a live writer leaves it for an instant, is waited for and never taken away', async () => {
    const { root, lock } = acme();
    writeFileSync(lock, '');
    const before = read(root, 'acme.md');
    const e = await new Notebook(root, 'en', { lockWaitMs: 2500 }).update('acme.md', (t) => `${t}\nmore\n`).catch((x: unknown) => x);
    expect((e as { issue?: { code: string } }).issue?.code).toBe('lock.busy');
    expect(read(root, 'acme.md')).toBe(before);
    expect(readdirSync(lockDir(root))).toContain(path.basename(lock));
  });

  it('left empty by a writer killed long ago is taken over at once', async () => {
    const { root, lock } = acme();
    writeFileSync(lock, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const started = Date.now();
    await new Notebook(root, 'en', { lockWaitMs: 5000 }).update('acme.md', (t) => `${t}\nmore\n`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(read(root, 'acme.md')).toMatch(/more\n$/);
    expect(leftOver(root)).toEqual(['.gitignore']);
  });

  it('held by a live process makes a writer wait, then give up with one line, writing nothing', async () => {
    const { root, lock } = acme();
    // This very process holds it, as another live followup would.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
    const before = read(root, 'acme.md');
    const e = await new Notebook(root, 'en', { lockWaitMs: 300 }).update('acme.md', (t) => `${t}\nmore\n`).catch((x: unknown) => x);
    expect((e as { issue: never }).issue).toBeDefined();
    expect(say(messagesFor('en'), (e as { issue: never }).issue)).toMatch(
      new RegExp(`^acme\\.md is being written by another followup process \\(pid ${process.pid} on .+\\); gave up after 0 s, nothing was written; try again$`),
    );
    expect(read(root, 'acme.md')).toBe(before);
  });
});
