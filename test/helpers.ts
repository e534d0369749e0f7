/** Test helpers: temporary notebooks from object literals, and the built binary run on them. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseCustomer } from '../src/domain/format.js';
import type { Customer } from '../src/domain/types.js';

export const BIN = fileURLToPath(new URL('../bin/followup', import.meta.url));

/** A notebook folder with `.followup/` and the given files (path -> text). */
export function notebook(files: Record<string, string> = {}, config?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'followup-test-'));
  mkdirSync(path.join(root, '.followup'));
  if (config !== undefined) writeFileSync(path.join(root, '.followup', 'config.yml'), config);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

export function read(root: string, rel: string): string {
  return readFileSync(path.join(root, rel), 'utf8');
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/followup` as a user would, without a terminal and without colour. */
export function followup(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: opts.cwd ?? tmpdir(),
    TZ: 'UTC',
    NO_COLOR: '1',
    ...opts.env,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? tmpdir(), env, input: opts.input ?? '', encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A customer file's text from front matter lines and body. */
export function customerFile(front: string, body = ''): string {
  return `---\n${front.trim()}\n---\n\n${body}`;
}

/** A parsed customer, for domain tests. */
export function customer(text: string, slug = 'c'): Customer {
  const doc = parseCustomer(text);
  if (!doc) throw new Error('not a customer');
  return { ...doc, slug, relPath: `${slug}.md` };
}

/** A bad-input failure: exit 2, one line on stderr and no stack, nothing on stdout; the line. */
export function badInput(r: Run): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^followup: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

/** The JSON a successful run printed; with `quiet`, stderr must also be empty. */
export function json<T = any>(r: Run, opts: { quiet?: boolean } = {}): T {
  if (opts.quiet) expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}
