/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a
 * temporary prefix, then the installed command run from a folder that is not this one.
 * Dependencies come from npm's cache when they are there (`npm ci` filled it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'followup-install-'));
  const prefix = path.join(work, 'prefix');
  let files: string[] = [];
  let tarball = '';

  beforeAll(() => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(work, packed[0]!.filename);
    files = packed[0]!.files.map((f) => f.path);
    npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], work);
  });

  it('holds the build, the templates, the docs, the licence, the readme and the changelog, and no sources or tests', () => {
    for (const f of ['bin/followup', 'bin/load.cjs', 'bin/package.json', 'dist/followup.cjs', 'dist/followup.cache', 'templates/en/customer.md', 'templates/zh/entry.md', 'docs/format.md', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|bench)\//.test(f))).toEqual([]);
    expect(path.basename(tarball)).toBe(`followup-${pkg.version}.tgz`);
  });

  it('runs from any folder once installed: --version, then a report on a notebook elsewhere', () => {
    const bin = path.join(prefix, 'bin', 'followup');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'followup-elsewhere-'));
    const env = { PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}`, HOME: elsewhere, NO_COLOR: '1', TZ: 'UTC' };
    const version = spawnSync(bin, ['--version'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(pkg.version);
    const demo = spawnSync('followup', ['demo', 'notes', '--quiet', '--today', '2026-11-20'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(demo.status).toBe(0);
    const agenda = spawnSync('followup', ['--dir', 'notes', 'agenda', '--today', '2026-11-20'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(agenda.stderr).toBe('');
    expect(agenda.status).toBe(0);
    expect(agenda.stdout).toMatch(/^Agenda for 2026-11-20: \d+ to see/);
    const ics = spawnSync('followup', ['--dir', 'notes', 'export', 'ics', '--today', '2026-11-20'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});
