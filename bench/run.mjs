#!/usr/bin/env node
// The benchmark: `npm run bench [-- --customers 10000 --runs 7]`. It builds a notebook of
// generated customers in a temporary folder, times each command as a user runs it (a new
// process each time), and prints medians next to `node -e 0` and a plain read of every file.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeNotebook, TODAY } from './notebook.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const sizes = args.includes('--customers') ? [opt('customers', 1000)] : [1000, 10000];
const runs = opt('runs', 7);
const bin = fileURLToPath(new URL('../bin/followup', import.meta.url));

function time(cmd, argv, env = {}) {
  const samples = [];
  for (let r = 0; r < runs + 1; r++) {
    const t = process.hrtime.bigint();
    const res = spawnSync(cmd, argv, {
      env: { ...process.env, NO_COLOR: '1', FOLLOWUP_TODAY: TODAY, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (res.status !== 0 && !(argv.includes('overdue') && res.status === 1)) {
      throw new Error(`${argv.join(' ')} exited ${res.status}: ${res.stderr}`);
    }
    if (r > 0) samples.push(ms); // the first run warms the file cache
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const readAll = `const fs=require('fs'),p=require('path');(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){if(e.name.startsWith('.'))continue;const f=p.join(d,e.name);if(e.isDirectory())w(f);else fs.readFileSync(f,'utf8')}})(process.argv[1])`;

const rows = [];
const baseline = time(process.execPath, ['-e', '0']);
rows.push(['node -e 0', '-', baseline]);
rows.push(['followup --version', '-', time(process.execPath, [bin, '--version'])]);
rows.push(['followup --help', '-', time(process.execPath, [bin, '--help'])]);
for (const n of sizes) {
  const root = makeNotebook(n);
  const dir = ['--dir', root];
  rows.push([`read every file (plain node)`, n, time(process.execPath, ['-e', readAll, root])]);
  for (const cmd of [['agenda'], ['list'], ['overdue'], ['show', 'customer-7'], ['log', 'customer-7', '-m', 'bench #pricing']]) {
    rows.push([`followup ${cmd[0]}`, n, time(process.execPath, [bin, ...dir, ...cmd])]);
  }
  rmSync(root, { recursive: true, force: true });
}

console.log(`median of ${runs} runs after one warm-up, node ${process.version}`);
console.log('| command | customers | median ms | x node -e 0 |');
console.log('|---|---:|---:|---:|');
for (const [name, n, ms] of rows) console.log(`| ${name} | ${n} | ${ms.toFixed(0)} | ${(ms / baseline).toFixed(2)} |`);

