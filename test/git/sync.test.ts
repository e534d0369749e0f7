/**
 * `followup sync` and the merge driver with real git: a bare remote and clones in a temporary
 * folder, logs on several clones at once, syncs racing each other.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook } from '../helpers.js';
import { expectCode, expectNoMarkers, fu, git, identity, markdown, MARKER, tempDir } from './helpers.js';

const HANGZHOU = customerFile(
  'name: 杭州湖畔贸易有限公司\ncontact: 王志明\nstage: qualified\ncadence: 14',
  '# 杭州湖畔贸易有限公司\n\n## 2026-11-02 拜访\n- 目的：介绍产品\n',
);
const ACME = customerFile('name: Acme Trading\nstage: lead\ncadence: 14', '## 2026-11-03 visit\n- Purpose: first demo\n');
const NINGBO = customerFile('name: Ningbo Harbour Logistics\nstage: proposal', '## 2026-11-04 call\n- Purpose: pricing\n');

/** A remote with the notebook pushed by a first clone, and `n` clones of it, each set up with `init`. */
async function team(n: number): Promise<{ remote: string; clones: string[] }> {
  const top = tempDir();
  const remote = path.join(top, 'remote.git');
  git(top, ['init', '--quiet', '--bare', remote]);
  const first = notebook({ '杭州湖畔贸易有限公司.md': HANGZHOU, 'acme-trading.md': ACME, 'east/ningbo-harbour-logistics.md': NINGBO });
  expectCode(await fu(first, ['init', '--git', '.']), 0);
  git(first, ['remote', 'add', 'origin', remote]);
  expectCode(await fu(first, ['sync']), 0);
  const clones = [first];
  for (let i = 1; i < n; i++) {
    const dir = path.join(top, `clone${i}`);
    git(top, ['clone', '--quiet', remote, dir]);
    expectCode(await fu(dir, ['init', '.']), 0);
    clones.push(dir);
  }
  return { remote, clones };
}

/** How often each line occurs in a text. */
function count(text: string, line: string): number {
  return text.split('\n').filter((l) => l === line).length;
}

describe('followup sync with real git', () => {
  it('hammered by three clones logging and syncing at once, loses and duplicates no entry', async () => {
    const { clones } = await team(3);
    const customers = ['杭州', 'acme', 'ningbo'];
    const written: string[] = [];
    for (let round = 1; round <= 4; round++) {
      const day = `2026-11-${String(10 + round).padStart(2, '0')}`;
      // Every clone logs to every customer, the same one included, then all sync at once.
      await Promise.all(
        clones.map(async (dir, c) => {
          for (const [k, who] of customers.entries()) {
            const purpose = `r${round}-c${c}-${k}`;
            written.push(purpose);
            expectCode(await fu(dir, ['log', who, '--purpose', purpose, '--kind', c % 2 ? 'call' : 'visit'], `rep${c}`, day), 0);
          }
        }),
      );
      const runs = await Promise.all(clones.map((dir, c) => fu(dir, ['sync'], `rep${c}`, day)));
      for (const r of runs) expect([0, 3], r.stderr + r.stdout).toContain(r.code);
    }
    // Sync until every clone has everything: two passes round the clones.
    for (let pass = 0; pass < 2; pass++) for (const [c, dir] of clones.entries()) expectCode(await fu(dir, ['sync'], `rep${c}`), 0);

    const files = clones.map(markdown);
    expect(files[1]).toEqual(files[0]);
    expect(files[2]).toEqual(files[0]);
    for (const dir of clones) expectNoMarkers(dir);
    const all = Object.values(files[0]!).join('\n');
    for (const purpose of written) expect(count(all, `- Purpose: ${purpose}`) + count(all, `- 目的：${purpose}`) + count(all, `- 目的: ${purpose}`), purpose).toBe(1);
    // Entries stay in date order in the customer every clone wrote to.
    const dates = [...files[0]!['杭州湖畔贸易有限公司.md']!.matchAll(/^## (\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(1 + 4 * 3);
    // Every clone reads every customer.
    const list = await fu(clones[0]!, ['list', '--json']);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toHaveLength(3);
  });

  it('merges both sides of a changed profile and new entries without a marker, and says what was committed', async () => {
    const { clones } = await team(2);
    const [a, b] = clones as [string, string];
    expectCode(await fu(a, ['log', 'acme', '--purpose', 'quote', '--stage', 'qualified'], 'a', '2026-11-20'), 0);
    expectCode(await fu(a, ['new', 'Suzhou Greenfield Foods'], 'a', '2026-11-20'), 0);
    const first = expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 0);
    expect(first.stdout).toContain('Committed 2 files: log: 1 visit, 1 new customer');
    expect(git(a, ['log', '-1', '--format=%s'])).toBe('log: 1 visit, 1 new customer\n');
    writeFileSync(path.join(b, 'acme-trading.md'), readFileSync(path.join(b, 'acme-trading.md'), 'utf8').replace('cadence: 14', 'cadence: 7'));
    expectCode(await fu(b, ['log', 'acme', '--kind', 'call', '--purpose', 'budget'], 'b', '2026-11-19'), 0);
    const second = expectCode(await fu(b, ['sync'], 'b', '2026-11-20'), 0);
    expect(second.stdout).toContain('Pulled 1 commit.');
    const text = readFileSync(path.join(b, 'acme-trading.md'), 'utf8');
    expect(text).toContain('stage: qualified');
    expect(text).toContain('cadence: 7');
    expect([...text.matchAll(/^## (\S+ \S+)/gm)].map((m) => m[1])).toEqual(['2026-11-03 visit', '2026-11-19 call', '2026-11-20 visit']);
    expect(MARKER.test(text)).toBe(false);
  });

  it('stops on a true conflict with the files and how to finish (exit 4), then finishes after the fix', async () => {
    const { clones } = await team(2);
    const [a, b] = clones as [string, string];
    expectCode(await fu(a, ['log', 'ningbo', '--purpose', 'A', '--stage', 'negotiation'], 'a', '2026-11-20'), 0);
    expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 0);
    expectCode(await fu(b, ['log', 'ningbo', '--purpose', 'B', '--stage', 'lead'], 'b', '2026-11-20'), 0);
    const stop = expectCode(await fu(b, ['sync'], 'b', '2026-11-20'), 4);
    expect(stop.stdout).toContain('Stopped: 1 file changed differently on both sides:\n  east/ningbo-harbour-logistics.md\n');
    expect(stop.stdout).toContain("then run 'followup sync' again");
    const file = path.join(b, 'east/ningbo-harbour-logistics.md');
    const text = readFileSync(file, 'utf8');
    // Markers around the stage line alone; both entries are there, outside them.
    expect(text).toContain('<<<<<<< ours\nstage: lead\n=======\nstage: negotiation\n>>>>>>> theirs\n');
    expect(text.match(/^(<{7}|={7}|>{7})/gm)).toHaveLength(3);
    expect(text).toContain('- Purpose: A\n');
    expect(text).toContain('- Purpose: B\n');
    // Syncing again before the fix stops again, and pushes nothing.
    expectCode(await fu(b, ['sync'], 'b', '2026-11-20'), 4);
    writeFileSync(file, text.replace('<<<<<<< ours\nstage: lead\n=======\nstage: negotiation\n>>>>>>> theirs\n', 'stage: negotiation\n'));
    const done = expectCode(await fu(b, ['sync'], 'b', '2026-11-20'), 0);
    expect(done.stdout).toContain('Finished the merge left from the last sync.');
    expect(done.stdout).toContain('Pushed to origin.');
    expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 0);
    expect(markdown(a)).toEqual(markdown(b));
  });

  it('puts line-merge markers into a file the driver could not merge, so finishing the merge drops nothing', async () => {
    const { clones } = await team(2);
    const [a, b] = clones as [string, string];
    expectCode(await fu(a, ['log', 'acme', '--purpose', 'from a'], 'a', '2026-11-20'), 0);
    expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 0);
    expectCode(await fu(b, ['log', 'acme', '--purpose', 'from b'], 'b', '2026-11-20'), 0);
    // A driver that cannot run (node moved away, say), set above the repository's own config.
    const broken = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'merge.followup.driver', GIT_CONFIG_VALUE_0: 'false' };
    const r = await followup(['sync'], { cwd: b, env: { HOME: b, FOLLOWUP_TODAY: '2026-11-20', ...identity('b'), ...broken } });
    expectCode(r, 4);
    const text = readFileSync(path.join(b, 'acme-trading.md'), 'utf8');
    expect(text).toMatch(MARKER);
    expect(text).toContain('- Purpose: from a');
    expect(text).toContain('- Purpose: from b');
  });

  it('commits locally and says the push waits when the remote cannot be reached (exit 3), then pushes later', async () => {
    const { remote, clones } = await team(1);
    const [a] = clones as [string];
    git(a, ['remote', 'set-url', 'origin', path.join(path.dirname(remote), 'gone.git')]);
    expectCode(await fu(a, ['log', 'acme', '--purpose', 'offline visit'], 'a', '2026-11-20'), 0);
    const r = expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 3);
    expect(r.stdout).toContain('Committed 1 file: log: 1 visit');
    expect(r.stdout).toContain('The push waits:');
    expect(git(a, ['status', '--porcelain'])).toBe('');
    git(a, ['remote', 'set-url', 'origin', remote]);
    expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 0);
    expect(git(a, ['--git-dir', remote, 'log', '-1', '--format=%s'])).toBe('log: 1 visit\n');
  });

  it('never waits on a password prompt without a terminal: an HTTP remote asking for one makes the push wait', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="notebook"' });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { clones } = await team(1);
      const [a] = clones as [string];
      git(a, ['remote', 'set-url', 'origin', `http://127.0.0.1:${(server.address() as AddressInfo).port}/notebook.git`]);
      expectCode(await fu(a, ['log', 'acme', '--purpose', 'x'], 'a', '2026-11-20'), 0);
      const started = Date.now();
      const r = expectCode(await fu(a, ['sync'], 'a', '2026-11-20'), 3);
      expect(r.stdout).toMatch(/The push waits: .*(terminal prompts disabled|Authentication failed|could not read Username)/);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      server.close();
    }
  });

  it('with --no-push commits and pulls but pushes nothing; with --dry-run changes nothing', async () => {
    const { remote, clones } = await team(1);
    const [a] = clones as [string];
    const head = git(a, ['--git-dir', remote, 'rev-parse', 'HEAD']);
    expectCode(await fu(a, ['log', 'acme', '--purpose', 'x'], 'a', '2026-11-20'), 0);
    const dry = expectCode(await fu(a, ['sync', '--dry-run'], 'a', '2026-11-20'), 0);
    expect(dry.stdout).toBe('Would commit 1 file: log: 1 visit\n  M acme-trading.md\nWould then pull from origin and push.\n');
    expect(git(a, ['status', '--porcelain'])).toBe(' M acme-trading.md\n');
    const r = expectCode(await fu(a, ['sync', '--no-push'], 'a', '2026-11-20'), 0);
    expect(r.stdout).toContain('--no-push: nothing was pushed.');
    expect(git(a, ['--git-dir', remote, 'rev-parse', 'HEAD'])).toBe(head);
    expect(git(a, ['status', '--porcelain'])).toBe('');
  });

  it('after a pull, reports each customer file that can no longer be read, one line each', async () => {
    const { clones } = await team(2);
    const [a, b] = clones as [string, string];
    writeFileSync(path.join(a, 'acme-trading.md'), ACME.replace('stage: lead', 'stage: [lead'));
    expectCode(await fu(a, ['sync'], 'a'), 0);
    const r = expectCode(await fu(b, ['sync'], 'b'), 0);
    expect(r.stdout).toContain('Pulled 1 commit.');
    expect(r.stderr).toMatch(/^followup: skipped acme-trading\.md: [^\n]+\n$/);
  });

  it('refuses a notebook that is not in a git repository as bad input (exit 2)', async () => {
    const root = notebook({ 'acme-trading.md': ACME });
    const r = expectCode(await fu(root, ['sync']), 2);
    expect(r.stderr).toMatch(/^followup: .* is not in a git repository; run 'followup init --git'/);
  });

  it('commits with no remote and says the commit stays here', async () => {
    const root = notebook({ 'acme-trading.md': ACME });
    expectCode(await fu(root, ['init', '--git', '.']), 0);
    const r = expectCode(await fu(root, ['sync']), 0);
    expect(r.stdout).toContain('No remote');
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });
});

describe('init and the merge driver', () => {
  it('sets up only what is missing: safe to run again, in an existing notebook and a fresh clone', async () => {
    const root = notebook({ '杭州湖畔贸易有限公司.md': HANGZHOU });
    writeFileSync(path.join(root, '.gitattributes'), '*.png binary');
    const r = expectCode(await fu(root, ['init', '--git', '.']), 0);
    expect(r.stdout).toContain('made the folder a git repository');
    expect(readFileSync(path.join(root, '.gitattributes'), 'utf8')).toBe('*.png binary\n*.md merge=followup\n');
    const driver = git(root, ['config', '--get', 'merge.followup.driver']);
    expect(driver).toContain(`${process.execPath} `);
    expect(driver).toMatch(/\/bin\/followup merge-file %O %A %B %L %P\n$/);
    expect(git(root, ['config', '--get', 'core.quotepath'])).toBe('false\n');
    expect(readFileSync(path.join(root, '.followup/.gitignore'), 'utf8')).toMatch(/^cache\/$/m);
    const again = expectCode(await fu(root, ['init', '--git', '.']), 0);
    expect(again.stdout).toContain('set up already');
    expect(readFileSync(path.join(root, '.gitattributes'), 'utf8')).toBe('*.png binary\n*.md merge=followup\n');
    // File names show as written.
    expect(git(root, ['status', '--porcelain'])).toContain('?? 杭州湖畔贸易有限公司.md');
    // A fresh clone carries the files but not .git/config: `init .` adds the driver there, and only that.
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'start']);
    const clone = path.join(tempDir(), 'clone');
    git(root, ['clone', '--quiet', root, clone]);
    expect(spawnSync('git', ['config', '--get', 'merge.followup.driver'], { cwd: clone }).status).toBe(1);
    const init = expectCode(await fu(clone, ['init', '.']), 0);
    expect(init.stdout).toContain('registered the merge driver');
    expect(init.stdout).not.toContain('.gitattributes');
    expect(git(clone, ['config', '--get', 'merge.followup.driver'])).toBe(driver);
    expect(git(clone, ['status', '--porcelain'])).toBe('');
    // The tool's temporary files beside a customer file are never committed.
    writeFileSync(path.join(root, '.acme.md.123.abcd.tmp'), 'half');
    git(root, ['add', '-A']);
    expect(git(root, ['diff', '--cached', '--name-only'])).not.toContain('.tmp');
  });

  it('makes git merge two logs to the same customer without a conflict', async () => {
    const root = notebook({ 'acme-trading.md': ACME });
    expectCode(await fu(root, ['init', '--git', '.']), 0);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'start']);
    git(root, ['switch', '--quiet', '-c', 'phone']);
    expectCode(await fu(root, ['log', 'acme', '--purpose', 'from the phone'], 'p', '2026-11-20'), 0);
    git(root, ['commit', '--quiet', '-am', 'phone']);
    git(root, ['switch', '--quiet', '-']);
    expectCode(await fu(root, ['log', 'acme', '--kind', 'call', '--purpose', 'from the laptop'], 'l', '2026-11-19'), 0);
    git(root, ['commit', '--quiet', '-am', 'laptop']);
    git(root, ['merge', '--quiet', '--no-edit', 'phone']);
    const text = readFileSync(path.join(root, 'acme-trading.md'), 'utf8');
    expect(text).toContain('## 2026-11-19 call\n- Purpose: from the laptop\n');
    expect(text).toContain('## 2026-11-20 visit\n- Purpose: from the phone\n');
    expect(text.indexOf('2026-11-19 call')).toBeLessThan(text.indexOf('2026-11-20 visit'));
    expect(existsSync(path.join(root, '.git/MERGE_HEAD'))).toBe(false);
  });

  it('leaves a Markdown file that is not a customer to git\'s line merge', async () => {
    const root = notebook({ 'README.md': 'one\ntwo\nthree\nfour\nfive\n' });
    expectCode(await fu(root, ['init', '--git', '.']), 0);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'start']);
    git(root, ['switch', '--quiet', '-c', 'side']);
    writeFileSync(path.join(root, 'README.md'), 'one\ntwo\nthree\nfour\nFIVE\n');
    git(root, ['commit', '--quiet', '-am', 'side']);
    git(root, ['switch', '--quiet', '-']);
    writeFileSync(path.join(root, 'README.md'), 'ONE\ntwo\nthree\nfour\nfive\n');
    git(root, ['commit', '--quiet', '-am', 'main']);
    git(root, ['merge', '--quiet', '--no-edit', 'side']);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe('ONE\ntwo\nthree\nfour\nFIVE\n');
  });
});
