/** Which customer a person means by what they typed. */
import { slugOf } from './slug.js';
import type { CustomerKey } from './types.js';

export type Resolution = { found: CustomerKey } | { candidates: CustomerKey[] };

/** What a lookup is for: a read may match loosely, a write only where a person expects it. */
/** `exact`: only a whole name, file name or path, nothing that merely starts it. */
export type Purpose = 'read' | 'write' | 'exact';

/** How two names compare: full-width letters as plain ones, case and surrounding spaces ignored. */
export function nameKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

const norm = nameKey;

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Offsets where a word starts in `s`: its start, after anything that is not a letter or a
 * digit, and where the script changes between Han and other letters.
 */
function wordStarts(s: string): number[] {
  const starts: number[] = [];
  let prev = '';
  let i = 0;
  for (const ch of s) {
    const starts_here = prev === '' || (!WORD.test(prev) && WORD.test(ch)) || (WORD.test(prev) && WORD.test(ch) && HAN.test(prev) !== HAN.test(ch));
    if (starts_here) starts.push(i);
    prev = ch;
    i += ch.length;
  }
  return starts;
}

/** True when `q` starts a word of `s` (Han queries need two characters, Latin ones two letters). */
function startsAWord(s: string, q: string): boolean {
  if ([...q].length < 2) return false;
  return wordStarts(s).some((at) => s.startsWith(q, at));
}

/** A query that could be pinyin: Latin letters, with spaces or apostrophes between syllables. */
export function pinyinQuery(query: string): string | null {
  const q = norm(query).replace(/[\s'’-]+/g, '');
  return /^[a-z]{2,}$/.test(q) ? q : null;
}

/** True when the query names a customer exactly (file name, path or name): pinyin is then not needed. */
export function namesExactly(keys: CustomerKey[], query: string): boolean {
  const q = norm(query).replace(/\.md$/, '');
  return keys.some((k) => norm(k.slug) === q || norm(k.relPath).replace(/\.md$/, '') === q || (k.name !== null && norm(k.name) === q));
}

/**
 * True when `q` spells syllables of `run` from syllable `from` on: each one in full (hangzhou)
 * or by its first letter (hz), mixed as typed; the last one may be cut short (hangzh).
 */
function spells(run: string[], from: number, q: string): boolean {
  if (q === '') return true;
  const s = run[from];
  if (s === undefined) return false;
  if (s.startsWith(q)) return true;
  if (q.startsWith(s) && spells(run, from + 1, q.slice(s.length))) return true;
  return q[0] === s[0] && spells(run, from + 1, q.slice(1));
}

/**
 * Where a pinyin query may start: for a write, only where a run of Han characters starts (as a
 * name's prefix must start a word, and a Han run is one word); for a read, at any syllable.
 */
function pinyinMatch(runs: string[][] | null | undefined, q: string | null, anywhere: boolean): boolean {
  if (!runs || q === null) return false;
  return runs.some((run) => (anywhere ? run.map((_, i) => i) : [0]).some((i) => spells(run, i, q)));
}

/**
 * Whether a file's name or path, without `.md`, is `query` as written: case and all, so that
 * case twins (Alice.md and alice.md) are told apart. The first rule of resolveCustomer, which
 * asks nothing of any other file. The query is read once, for a notebook's thousands of files.
 */
export function writtenAs(query: string): (relPath: string) => boolean {
  const exact = query.normalize('NFC').trim().replace(/\.md$/i, '');
  // A path holding a query in ASCII as written, or holding other characters, which may be
  // another form of it: the rest (thousands of files, for one customer) are passed over at once.
  const plain = ASCII.test(exact);
  return (relPath) => {
    if (plain && !relPath.includes(exact) && ASCII.test(relPath)) return false;
    const stem = relPath.replace(/\.md$/i, '');
    const name = slugOf(relPath);
    if (name === exact || stem === exact) return true;
    // A name in plain ASCII is written one way only; others may be written decomposed (macOS).
    return !ASCII.test(stem) && (name.normalize('NFC') === exact || stem.normalize('NFC') === exact);
  };
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * What resolveCustomer compares of a file, as one text: its path, the path and file name
 * without `.md`, and its name, each as nameKey makes them. A file matches a query at a step
 * only when this holds the query as nameKey makes it (pinyin aside), so a search of this text
 * finds every file a query may mean. For a path and name in ASCII it is their own text in
 * lower case.
 */
export function matchText(relPath: string, name: string | null): string {
  const stem = relPath.replace(/\.md$/i, '');
  return [relPath, stem, slugOf(relPath), name ?? ''].map(nameKey).join('\n');
}

/**
 * What every file a query may match holds in its matchText: the query as nameKey makes it
 * (which a file name as written, the first step, holds too); and whether a Chinese name may
 * match it by pinyin, which no text holds.
 */
export function queryText(query: string): { text: string; pinyin: boolean } {
  return { text: norm(query).replace(/\.md$/, ''), pinyin: pinyinQuery(query) !== null };
}

/**
 * Exact file name, path or name first; then, for reads, a unique prefix, then a unique
 * substring of the file name or the name, all ignoring case. For writes, after the exact
 * step, only a unique match at the start of a word of two or more characters: never a
 * one-letter prefix, never the middle of a word. Several matches at one step are ambiguous.
 * A file that could not be read is a candidate by its file name, so naming it exactly finds it
 * (and the caller reports why it cannot be used) rather than some other customer.
 * Keys with pinyin (a Chinese name) also match by it at the prefix steps: for a read, pinyin or
 * initials from the start of the name, then from any syllable; for a write, from the start of a
 * run of Han characters, two letters at least. `hzhp`, `hangzhou` and `hang zhou` find 杭州湖畔.
 */
export function resolveCustomer(keys: CustomerKey[], query: string, purpose: Purpose = 'read'): Resolution {
  const q = norm(query).replace(/\.md$/, '');
  if (q === '') return { candidates: [] };
  const named = writtenAs(query);
  const asWritten = keys.filter((k) => named(k.relPath));
  if (asWritten.length === 1) return { found: asWritten[0]! };
  const all = keys.map((k) => ({ k, slug: norm(k.slug), path: norm(k.relPath).replace(/\.md$/, ''), name: k.name === null ? null : norm(k.name) }));
  type Key = (typeof all)[number];
  const texts = (k: Key) => (k.name === null ? [k.slug] : [k.slug, k.name]);
  const py = pinyinQuery(query);
  const steps: ((k: Key) => boolean)[] = [(k) => k.slug === q || k.path === q || k.name === q];
  if (purpose === 'read') {
    steps.push(
      (k) => texts(k).some((t) => t.startsWith(q)) || pinyinMatch(k.k.pinyin?.slice(0, 1), py, false),
      (k) => texts(k).some((t) => t.includes(q)) || pinyinMatch(k.k.pinyin, py, true),
    );
  } else if (purpose === 'write') {
    steps.push((k) => texts(k).some((t) => startsAWord(t, q)) || pinyinMatch(k.k.pinyin, py, false));
  }
  for (const step of steps) {
    const found = all.filter(step).map((k) => k.k);
    if (found.length === 1) return { found: found[0]! };
    if (found.length > 1) {
      // The same file name in two folders: a path tells them apart; an exact name wins over a part.
      return { candidates: found };
    }
  }
  return { candidates: [] };
}
