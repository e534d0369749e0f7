/** Real git for the slow tests: a bare remote and clones in a temporary folder, identity from the environment. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { followup, type Run } from '../helpers.js';

/** Who commits: set per run through the environment, never through anyone's git config. */
export function identity(who: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: who,
    GIT_AUTHOR_EMAIL: `${who}@example.invalid`,
    GIT_COMMITTER_NAME: who,
    GIT_COMMITTER_EMAIL: `${who}@example.invalid`,
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-git-'));
}

/** Runs git in `cwd`; throws with git's words when it fails. HOME is the temporary folder, so no global config is read. */
export function git(cwd: string, args: string[], who = 'tester'): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, ...identity(who) } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${r.stderr}`);
  return r.stdout;
}

/** A followup command in a clone, as `who`, on `today`. */
export function fu(cwd: string, args: string[], who = 'tester', today = '2026-11-27'): Promise<Run> {
  return followup(args, { cwd, env: { HOME: cwd, FOLLOWUP_TODAY: today, ...identity(who) } });
}

/** A run that ended with `code`; on any other, the output says why. */
export function expectCode(r: Run, code: number): Run {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

/** Every Markdown file under a folder (dot folders left out), path -> text. */
export function markdown(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.md')) out[path.relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

export const MARKER = /^(<{7}|={7}|>{7})(?:[ \t]|$)/m;

/** No file of the clone holds a conflict marker. */
export function expectNoMarkers(root: string): void {
  for (const [file, text] of Object.entries(markdown(root))) expect(MARKER.test(text), file).toBe(false);
}
