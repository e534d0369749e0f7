/** Test helpers: temporary notebooks from object literals, and the tool run on them. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/context.js';
import { parseCustomer } from '../src/domain/format.js';
import { addDays } from '../src/domain/dates.js';
import { CONTACT_KINDS, KINDS } from '../src/domain/format/vocabulary.js';
import type { Customer, Digest, EntryFacts } from '../src/domain/types.js';

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

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** The environment a run gets: HOME is the working folder unless given, time in UTC, no colour. */
function environment(opts: RunOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: opts.cwd ?? tmpdir(),
    TZ: 'UTC',
    NO_COLOR: '1',
    ...opts.env,
  };
}

/**
 * Runs a command line in this process, through `run()` as `bin/followup` calls it, without a
 * terminal and without colour: stdout and stderr are collected, stdin is not a terminal. The
 * process's time zone is the run's TZ while it runs. `now` stands in for the clock; `pieces`
 * is given each write to stdout.
 */
export async function followup(args: string[], opts: RunOptions & { now?: Date; pieces?: string[] } = {}): Promise<Run> {
  // Loaded here, not at the top: the unit tests use this file too and need none of the commands.
  const { run } = await import('../src/main.js');
  const env = environment(opts);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (s: string) => {
        opts.pieces?.push(s);
        stdout += s;
        return true;
      },
      isTTY: false,
    },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdinIsTTY: false,
    env,
    cwd: opts.cwd ?? tmpdir(),
    home: env.HOME!,
    now: () => opts.now ?? new Date(),
  };
  const code = await inTimeZone(env.TZ!, () => run(args, io));
  return { code, stdout, stderr };
}

/**
 * Runs the built `bin/followup` in a child process, as a user would, without a terminal and
 * without colour. For what only the real binary shows: start-up, --version and --help, the
 * exit code a shell sees.
 */
export function spawnFollowup(args: string[], opts: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? tmpdir(), env: environment(opts), input: '', encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `fn` with the process's time zone set to `tz`, then puts the zone back. Node reads TZ
 * again when it is assigned, in a process of its own (vitest's 'forks' pool) but not in a worker
 * thread; the zone is checked, so that a run cannot quietly happen in another one.
 */
async function inTimeZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  setTimeZone(tz);
  const actual = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (actual !== tz) {
    setTimeZone(before);
    throw new Error(`the time zone stayed ${actual} when set to ${tz}: end-to-end tests need a pool of processes (pool: 'forks')`);
  }
  try {
    return await fn();
  } finally {
    setTimeZone(before);
  }
}

function setTimeZone(tz: string | undefined): void {
  if (process.env.TZ === tz) return;
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
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

/**
 * Random numbers in [0, 1) from a seed, the same on every run: xorshift32, whose period
 * (2^32 - 1) no test comes near.
 */
export function seeded(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/**
 * The generator of generatedDigests, kept as it was: the golden summaries were written from its
 * sequence. (It repeats after about 14,000 numbers; tests that need more use seeded().)
 */
function generator(seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  return { rand, pick };
}

const STAGES = ['lead', 'Qualified', 'proposal', 'negotiation', 'won', 'pilot'];
const ACTIONS = ['send the quote', 'Send  the quote', 'visit the plant', 'meet the CFO', ''];

/**
 * Customers with random entries (seeded, the same every run): any kind, same-day contacts,
 * Stage lines with and without a stage before, closes, Next lines with and without a date,
 * purposes that repeat a Next action (in other case and spacing), entries out of file order.
 */
export function generatedDigests(count: number): Digest[] {
  const { rand, pick } = generator(7);
  const out: Digest[] = [];
  for (let i = 0; i < count; i++) {
    const entries: EntryFacts[] = [];
    let date = addDays('2026-09-01', Math.floor(rand() * 60));
    const n = Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      date = addDays(date, pick([0, 0, 1, 3, 7, 14, 30, -5]));
      const kind = pick(KINDS);
      const stage = rand() < 0.3 ? { from: rand() < 0.5 ? pick(STAGES) : null, to: pick(STAGES) } : null;
      const next = rand() < 0.5 ? { date: rand() < 0.8 ? addDays(date, pick([3, 7, 14, -2])) : null, action: pick(ACTIONS) } : null;
      const fields: EntryFacts['fields'] = rand() < 0.5 ? { purpose: pick(ACTIONS) } : {};
      entries.push({
        index: k,
        line: 10 + k * 5,
        date,
        time: null,
        kind,
        isContact: (CONTACT_KINDS as readonly string[]).includes(kind),
        fields,
        next,
        stage,
        closeAsked: pick([null, null, true, false]),
      });
    }
    // Entries written out of order, as a hand-edited file may have them.
    if (rand() < 0.3 && entries.length > 2) {
      const [a] = entries.splice(0, 1);
      entries.push(a!);
      entries.forEach((e, k) => {
        e.index = k;
      });
    }
    out.push({
      slug: `c${i}`,
      relPath: `c${i}.md`,
      profile: {
        name: `C${i}`,
        contact: null,
        phone: null,
        stage: rand() < 0.7 ? pick(STAGES) : null,
        cadence: rand() < 0.3 ? pick([5, 10, 30]) : null,
        tags: rand() < 0.3 ? [pick(['key', 'KEY', 'small'])] : [],
        owners: [],
        status: pick(['active', 'active', 'active', 'won', 'lost', 'released'] as const),
        created: rand() < 0.5 ? addDays('2026-08-01', Math.floor(rand() * 30)) : null,
      },
      entries,
    });
  }
  return out;
}
