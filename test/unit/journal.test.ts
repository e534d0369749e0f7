/**
 * The index's journals are kept as their text and each line parsed when it is asked for: a
 * journal of several megabytes, lines longer than a megabyte, names in any script, and a last
 * line cut short by a crash all read back as written (the cut one as a journal to rebuild). A
 * journal holding what this tool never writes there is rebuilt.
 */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SummaryIndex, type Stamp } from '../../src/store/index.js';

const HOUR_AGO = Date.now() - 3_600_000;
const stamp = (i: number): Stamp => ({ size: 100 + i, mtimeMs: HOUR_AGO + i, ctimeMs: HOUR_AGO + i, ino: 1000 + i });

function saved(names: (i: number) => string, count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-journal-'));
  const index = new SummaryIndex(dir, 'keys');
  for (let i = 0; i < count; i++) index.remember(`f${i}.md`, { stamp: stamp(i), name: names(i), problem: null }, Date.now());
  index.save();
  return dir;
}

describe('a journal', () => {
  it('of several megabytes reads back every record', () => {
    const name = (i: number) => `客户 ${i} ${'名'.repeat(i % 50)}`;
    const dir = saved(name, 30_000);
    expect(readFileSync(path.join(dir, 'names.jsonl')).length).toBeGreaterThan(3 << 20);
    const index = new SummaryIndex(dir, 'keys');
    for (let i = 0; i < 30_000; i++) expect(index.lookup(`f${i}.md`, stamp(i))?.name).toBe(name(i));
  });

  it('with lines longer than a megabyte reads them whole', () => {
    const name = (i: number) => `${i}`.padEnd(700_000 + i, 'x');
    const dir = saved(name, 4);
    const index = new SummaryIndex(dir, 'keys');
    for (let i = 0; i < 4; i++) expect(index.lookup(`f${i}.md`, stamp(i))?.name).toBe(name(i));
  });

  it('is written in ASCII and reads back any name as it was: Chinese, emoji, a lone surrogate, escapes', () => {
    const names = ['杭州湖畔贸易有限公司', 'Café 😀 Ltd', 'broken \ud800 half', 'quote " and \\ backslash', 'tab\tand\u2028separator'];
    const dir = saved((i) => names[i]!, names.length);
    expect(readFileSync(path.join(dir, 'names.jsonl')).every((b) => b < 0x80)).toBe(true);
    const index = new SummaryIndex(dir, 'keys');
    expect(names.map((_, i) => index.lookup(`f${i}.md`, stamp(i))?.name)).toEqual(names);
  });

  it('cut short in its last line is rebuilt: no record of it is trusted', () => {
    const dir = saved((i) => `Customer ${i}`, 10);
    appendFileSync(path.join(dir, 'names.jsonl'), ',["f3.md",1,2,3,4,"Half');
    expect(new SummaryIndex(dir, 'keys').lookup('f1.md', stamp(1))).toBeNull();
    writeFileSync(path.join(dir, 'names.jsonl'), '');
    const rebuilt = new SummaryIndex(dir, 'keys');
    expect(rebuilt.lookup('f1.md', stamp(1))).toBeNull();
    // An empty journal is one to write afresh: what is saved next reads back.
    rebuilt.remember('f1.md', { stamp: stamp(1), name: 'Again', problem: null }, Date.now());
    rebuilt.save();
    expect(new SummaryIndex(dir, 'keys').lookup('f1.md', stamp(1))?.name).toBe('Again');
  });

  it('holding a byte past ASCII, which this tool never writes there, is rebuilt', () => {
    const dir = saved((i) => `Customer ${i}`, 3);
    const file = path.join(dir, 'names.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Customer 2', 'Customér 2'));
    expect(new SummaryIndex(dir, 'keys').lookup('f1.md', stamp(1))).toBeNull();
  });
});
