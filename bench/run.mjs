#!/usr/bin/env node
// The benchmark: `npm run bench [-- --customers 10000] [-- --runs 7] [-- --large]`. It builds
// notebooks of generated customers (10 entries each) in a temporary folder, times each command
// as a user runs it (a new process each time), warm (the index kept from the run before) and
// cold (no index), with the peak memory of each, and prints medians next to `node -e 0` and a
// plain Node script that reads every file (for cold runs) or stats every file (for warm
// reports: what any run must do to notice every change), both run between the runs of each
// command.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, rmSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeNotebook, TODAY } from './notebook.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const sizes = args.includes('--customers') ? [opt('customers', 1000)] : args.includes('--large') ? [1000, 10000, 100000] : [1000, 10000];
const runs = opt('runs', 7);
const bin = fileURLToPath(new URL('../bin/followup', import.meta.url));
// GNU time reports the peak resident memory of the command it runs.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function once(cmd, argv) {
  const full = gnuTime ? [gnuTime, ['-f', '%M', cmd, ...argv]] : [cmd, argv];
  const t = process.hrtime.bigint();
  const res = spawnSync(full[0], full[1], {
    env: { ...process.env, NO_COLOR: '1', FOLLOWUP_TODAY: TODAY },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (res.status !== 0 && !(argv.includes('overdue') && res.status === 1)) {
    throw new Error(`${argv.join(' ')} exited ${res.status}: ${res.stderr}`);
  }
  const kb = gnuTime ? Number(res.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: kb / 1024 };
}

const NODE = [process.execPath, ['-e', '0']];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median time and peak memory of `runs` runs; `before` runs ahead of each (to drop the index).
 * Each run follows a run of `node -e 0` (and of `floor`, when given), whose medians the ratios
 * are taken to: on a shared machine the load changes over the minutes a benchmark takes, and
 * a ratio to runs made minutes earlier would carry that change.
 */
function time(cmd, argv, { before = () => {}, floor = null } = {}) {
  before();
  once(cmd, argv); // the first run warms the file cache (and, for warm runs, writes the index)
  const samples = [];
  const bases = [];
  const floors = [];
  for (let r = 0; r < runs; r++) {
    bases.push(once(...NODE).ms);
    if (floor) floors.push(once(...floor).ms);
    before();
    samples.push(once(cmd, argv));
  }
  samples.sort((a, b) => a.ms - b.ms);
  const mid = samples[Math.floor(samples.length / 2)];
  return { ms: mid.ms, mb: Math.max(...samples.map((s) => s.mb)), base: median(bases), floor: floor ? median(floors) : null };
}

// What any run must do to notice every change to the notebook: list the folders and stat every file.
const statAll = `const fs=require('fs'),p=require('path');(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){if(e.name.startsWith('.'))continue;const f=p.join(d,e.name);if(e.isDirectory())w(f);else fs.statSync(f)}})(process.argv[1])`;
const readAll = `const fs=require('fs'),p=require('path');(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){if(e.name.startsWith('.'))continue;const f=p.join(d,e.name);if(e.isDirectory())w(f);else fs.readFileSync(f,'utf8')}})(process.argv[1])`;

const rows = [];
const node = time(...NODE);
rows.push(['node -e 0', '-', '', { ...node, base: node.ms }]);
rows.push(['followup --version', '-', '', time(process.execPath, [bin, '--version'])]);
rows.push(['followup --help', '-', '', time(process.execPath, [bin, '--help'])]);
for (const n of sizes) {
  const root = makeNotebook(n);
  const dir = ['--dir', root];
  const dropIndex = () => rmSync(path.join(root, '.followup', 'tmp', 'index'), { recursive: true, force: true });
  const floor = [process.execPath, ['-e', readAll, root]];
  const statFloor = [process.execPath, ['-e', statAll, root]];
  rows.push(['read every file (plain node)', n, '', time(...floor)]);
  rows.push(['stat every file (plain node)', n, '', time(...statFloor)]);
  for (const cmd of [['agenda'], ['overdue'], ['list', '--json']]) {
    rows.push([`followup ${cmd.join(' ')}`, n, 'cold', time(process.execPath, [bin, ...dir, ...cmd], { before: dropIndex, floor })]);
    rows.push([`followup ${cmd.join(' ')}`, n, 'warm', time(process.execPath, [bin, ...dir, ...cmd], { floor: statFloor })]);
  }
  // One file edited by hand (by another program) since the run before: the index reads that
  // file again and appends its lines; the file is dated a minute back, as an editor's save is
  // by the time the rep runs a report.
  const edited = path.join(root, 'region-3', 'customer-3.md');
  let edits = 0;
  const editOne = () => {
    appendFileSync(edited, `\n## ${TODAY} call\n- Purpose: edit ${++edits}\n`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(edited, minuteAgo, minuteAgo);
  };
  rows.push(['followup agenda, one file edited', n, 'warm', time(process.execPath, [bin, ...dir, 'agenda'], { before: editOne })]);
  // A customer named by its file name, and by its name as a rep types it (in English and in
  // Chinese): found through the index's search of its names.
  const named = [
    ['show', 'customer-7'],
    ['show', 'Customer 8 Trading'],
    ['show', '客户9号贸易有限公司'],
    ['log', 'customer-7', '-m', 'bench #pricing'],
    ['log', 'Customer 8 Trading', '-m', 'bench #pricing'],
  ];
  for (const cmd of named) rows.push([`followup ${cmd[0]} ${cmd[1]}`, n, 'warm', time(process.execPath, [bin, ...dir, ...cmd])]);
  rmSync(root, { recursive: true, force: true });
}

console.log(`median of ${runs} runs after one warm-up, each run after one of node -e 0 (and of the floor script, for cold runs and warm reports), ratios to the medians of those; node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log('| command | customers | index | median ms | node -e 0 ms | × node -e 0 | × floor (cold: read every file; warm: stat every file) | peak MB |');
console.log('|---|---:|---|---:|---:|---:|---:|---:|');
for (const [name, n, mode, r] of rows) {
  const vsFloor = r.floor ? (r.ms / r.floor).toFixed(2) : '';
  const mb = Number.isNaN(r.mb) ? '-' : r.mb.toFixed(0);
  console.log(`| ${name} | ${n} | ${mode} | ${r.ms.toFixed(0)} | ${r.base.toFixed(0)} | ${(r.ms / r.base).toFixed(2)} | ${vsFloor} | ${mb} |`);
}
