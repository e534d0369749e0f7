/**
 * Finding a customer through the index searches the names journal's text for the query and
 * judges only the files found: whatever a person types, the customer found among those is the
 * one resolveCustomer finds among all files, for a read, a write and an exact name.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPinyin } from '../../src/adapters/pinyin.js';
import { resolveCustomer, type Purpose } from '../../src/domain/resolve.js';
import { slugOf } from '../../src/domain/slug.js';
import type { CustomerKey } from '../../src/domain/types.js';
import { SummaryIndex, type Stamp } from '../../src/store/index.js';

const HOUR_AGO = Date.now() - 3_600_000;
const stamp = (i: number): Stamp => ({ size: 100 + i, mtimeMs: HOUR_AGO + i, ctimeMs: HOUR_AGO + i, ino: 1000 + i });

// Pieces of names and paths where a search of the text and resolveCustomer could part: case,
// full-width letters, other forms of a letter (Kelvin sign, ligature, Roman numeral), a final
// sigma, decomposed accents, Han characters and their pinyin, JSON escapes, emoji.
const PIECES = ['Acme', 'acme', 'ＡＣＭＥ', 'Kelvin', '\u212Aelvin', 'ﬁne', 'Ⅻ', 'x²', 'ΟΔΟΣ', 'οδος', '杭州', '湖畔', '贸易', 'Café', 'Cafe\u0301', 'a"b', 'back\\slash', 'tab\there', '😀', 'Trading', 'Co', ' ', '-', 'md', '.md', 'hz'];
const QUERIES = ['hangzhou', 'hz', 'hzhp', 'hang zhou', 'maoyi', 'acme', 'ACME', 'Acme.md', 'kelvin', 'fine', 'xii', 'x2', 'οδος', 'ΟΔΟΣ', 'café', 'a"b', 'back\\slash', 'tab', '😀', 'co', 'trading', ' acme ', '杭州', '湖畔贸易'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('finding a customer through the index', () => {
  it('finds among the files the search keeps the customer it finds among all, on 60 random notebooks', async () => {
    const pinyinOf = await loadPinyin();
    const rnd = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const text = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, () => pick(PIECES)).join(pick(['', ' ', '-']));
    let compared = 0;
    for (let book = 0; book < 60; book++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'followup-find-'));
      const index = new SummaryIndex(dir, 'keys');
      const all: CustomerKey[] = [];
      const paths = new Set<string>();
      for (let i = 0; i < 30; i++) {
        const relPath = `${pick(['', '', 'east/', '杭州/', 'Acme/'])}${text(2)}${pick(['.md', '.md', '.MD'])}`;
        if (paths.has(relPath)) continue;
        paths.add(relPath);
        // Now and then a file that cannot be read: found by its file name alone.
        const broken = rnd() < 0.1;
        const name = broken ? null : text(3);
        const problem = broken ? { relPath, issue: { key: 'file.unreadable', params: {} }, line: null } : null;
        index.remember(relPath, { stamp: stamp(i), name, problem: problem as never }, Date.now());
        all.push({ slug: slugOf(relPath), relPath, name, problem: problem as never });
      }
      index.save();
      const read = new SummaryIndex(dir, 'keys');
      const queries = [...QUERIES, ...all.slice(0, 6).flatMap((k) => [k.name ?? k.slug, k.slug, k.relPath, k.relPath.replace(/\.md$/i, ''), (k.name ?? '').slice(1, 5)])];
      for (const query of queries) {
        const found = read.uncheckedMatching(query);
        expect(found).not.toBeNull();
        const keys = found!.map(({ relPath }) => all.find((k) => k.relPath === relPath)!);
        for (const k of [...all, ...keys]) k.pinyin = k.name === null ? null : pinyinOf(k.name);
        for (const purpose of ['read', 'write', 'exact'] as Purpose[]) {
          expect(outcome(resolveCustomer(keys, query, purpose)), `${purpose} ${JSON.stringify(query)}`).toEqual(outcome(resolveCustomer(all, query, purpose)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('keeps few files for a query in ASCII, and every Chinese name for one that may be pinyin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'followup-find-'));
    const index = new SummaryIndex(dir, 'keys');
    const names = ['Acme 7 Trading', 'Globex', 'Initech', '杭州湖畔贸易有限公司', '宁波港务'];
    for (const [i, name] of names.entries()) index.remember(`c${i}.md`, { stamp: stamp(i), name, problem: null }, Date.now());
    index.save();
    const read = new SummaryIndex(dir, 'keys');
    const found = (q: string) => read.uncheckedMatching(q)!.map((f) => f.record.name);
    expect(found('acme 7')).toEqual(['Acme 7 Trading']);
    expect(found('湖畔')).toEqual(['杭州湖畔贸易有限公司']);
    expect(found('hzhp').sort()).toEqual(['宁波港务', '杭州湖畔贸易有限公司']);
  });
});

/** What a resolution says: the file found, or the files it could be, in no particular order. */
function outcome(r: ReturnType<typeof resolveCustomer>): string | string[] {
  return 'found' in r ? r.found.relPath : r.candidates.map((k) => k.relPath).sort();
}
