/**
 * What an export writes with --out: a file replaced in one rename, keeping its permissions; a
 * file its owner locked is refused before any of the output is made (an export of 100,000
 * customers takes half a minute to make).
 */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/store/output.js';
import type { Issue } from '../../src/domain/errors.js';
import { say } from '../say.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'followup-output-'));

describe('writeOutput', () => {
  it('refuses a read-only file before the output is made, and leaves it as it was', async () => {
    const file = path.join(folder(), 'visits.ics');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    let made = false;
    const error = await writeOutput(file, async (put) => {
      made = true;
      put('new');
    }).catch((e: { issue: Issue }) => e);
    expect(say(error!)).toBe(`${file} is read-only; nothing was written (make it writable, then try again)`);
    expect(made).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('replaces a file in one piece or many, keeping its permissions', async () => {
    const file = path.join(folder(), 'visits.csv');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeOutput(file, async (put) => {
      put('a,');
      put('b\r\n');
    });
    expect(readFileSync(file, 'utf8')).toBe('a,b\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await writeOutput(file, 'whole\r\n');
    expect(readFileSync(file, 'utf8')).toBe('whole\r\n');
  });

  it('refuses a folder, named in its one line, before the output is made', async () => {
    const dir = folder();
    let made = false;
    const error = await writeOutput(dir, async () => {
      made = true;
    }).catch((e: { issue: Issue }) => e);
    expect(say(error!)).toBe(`cannot write ${dir}: it is a folder; nothing was written`);
    expect(made).toBe(false);
  });
});
