// A team notebook shared through git, timed: `npm run bench:team [customers] [reps]`
// (defaults 100000 and 50). Customers in a folder per region and rep, each with `owner:`; a bare
// remote and two clones; a day of logs on both; sync both ways; the merge driver on its own.
// Figures go to docs/teams.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { customer, TODAY } from './notebook.mjs';

const BIN = fileURLToPath(new URL('../bin/followup', import.meta.url));
const total = Number(process.argv[2] ?? 100_000);
const reps = Number(process.argv[3] ?? 50);
const env = {
  PATH: process.env.PATH,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  FOLLOWUP_TODAY: TODAY,
  NO_COLOR: '1',
};

function time(label, fn) {
  const start = process.hrtime.bigint();
  const out = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${label.padEnd(58)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  return out;
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, env: { ...env, HOME: cwd }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
const fu = (args, cwd) => run(process.execPath, [BIN, ...args], cwd);
const git = (args, cwd) => run('git', args, cwd);

const top = mkdtempSync(path.join(tmpdir(), 'followup-team-'));
const a = path.join(top, 'a');
mkdirSync(path.join(a, '.followup'), { recursive: true });
const ownerOf = (i) => `rep-${i % reps}`;
const fileOf = (i) => path.join(`region-${(i % reps) % 10}`, ownerOf(i), `customer-${i}.md`);
time(`generate ${total} customers, ${reps} reps`, () => {
  for (let i = 0; i < total; i++) {
    const file = path.join(a, fileOf(i));
    if (i < reps) mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, customer(i).replace('\ntags: [bench]\n', `\nowner: ${ownerOf(i)}\ntags: [bench]\n`));
  }
});
const remote = path.join(top, 'remote.git');
git(['init', '--quiet', '--bare', remote], top);
time('init --git', () => fu(['init', '--git', '.'], a));
git(['remote', 'add', 'origin', remote], a);
time('first sync (commit everything, push)', () => fu(['sync'], a));
const b = path.join(top, 'b');
time('clone', () => git(['clone', '--quiet', remote, b], top));
time('init in the fresh clone', () => fu(['init', '.'], b));

// A day's work: each rep of clone a logs 20 visits to their customers; clone b the same for
// the next rep, and both log to the same 20 customers.
const mine = (rep, n) => Array.from({ length: n }, (_, k) => rep + k * reps);
const logs = (clone, rep, who) => {
  for (const i of [...mine(rep, 20), ...mine(0, 20).slice(0, 20)]) {
    const file = path.join(clone, fileOf(i));
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## ${TODAY} visit\n- Purpose: ${who} ${i}\n`);
  }
};
logs(a, 1, 'a');
logs(b, 2, 'b');
time('sync a: commit 40 changed files, push', () => fu(['sync'], a));
time('sync b: commit, pull with 20 files merged by the driver, push', () => fu(['sync'], b));
time('sync a again: pull b (fast-forward)', () => fu(['sync'], a));
time('sync with nothing to do', () => fu(['sync'], a));
const same = git(['rev-parse', 'HEAD'], a) === git(['rev-parse', 'HEAD'], b);
const shared = readFileSync(path.join(a, fileOf(0)), 'utf8');
console.log(`clones agree: ${same}; customer-0 has both visits: ${shared.includes('Purpose: a 0') && shared.includes('Purpose: b 0')}`);

// The driver alone on one large customer file (200 entries), as git runs it.
const big = path.join(top, 'big');
mkdirSync(big);
let base = customer(1);
for (let k = 0; k < 200; k++) base += `\n## 2026-0${1 + (k % 9)}-1${k % 10} visit\n- Purpose: entry ${k}\n`;
writeFileSync(path.join(big, 'O'), base);
writeFileSync(path.join(big, 'A'), `${base}\n## ${TODAY} visit\n- Purpose: ours\n`);
writeFileSync(path.join(big, 'B'), `${base}\n## ${TODAY} call\n- Purpose: theirs\n`);
time('merge driver on a 200-entry file (one process)', () => fu(['merge-file', 'O', 'A', 'B', '7', 'x.md'], big));
time(`list --owner rep-1 (${total / reps} of ${total})`, () => fu(['list', '--owner', 'rep-1'], a));
time(`agenda over all ${total}`, () => fu(['agenda'], a));
console.log(`notebook: ${top}`);
