/** Orders: entries in time (by date, and on one date in the order the file has them), dates, names. */
import type { IsoDate } from './dates.js';
import type { EntryFacts } from './types.js';

/** Two dates in order: as their text compares (YYYY-MM-DD), without the cost of a collation. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let collator: Intl.Collator | null = null;

/**
 * Two names in order, the same on every machine: as an English collator orders them (the
 * machine's own locale would order ties in a report differently from one rep to the next),
 * with one collator made once (reports sort thousands of customers, and `localeCompare`
 * looks a collator up on every call). Making that collator costs about 10 ms, a twentieth of
 * a report on a rep's notebook; names written only in plain letters, digits, spaces and
 * common Chinese characters are ordered without it, exactly as it would (a test holds the two
 * together).
 */
export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return comparePlain(a, b);
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

/** Made only of spaces, digits, ASCII letters and the CJK Unified Ideographs of Unicode 1.1. */
const PLAIN = /^[ 0-9A-Za-z\u4e00-\u9fa5]*$/;

/**
 * The English collator's order for plain names. Its first level ranks a space before digits,
 * digits before letters of either case, and letters before Chinese characters, which follow
 * their code points: the order of the code points once letters are lower-cased, a name before
 * the longer names it starts. Names equal but for case differ at its third level: at the first
 * letter whose case differs, lower case first.
 */
function comparePlain(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let byCase = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lx = x >= 65 && x <= 90 ? x + 32 : x;
    const ly = y >= 65 && y <= 90 ? y + 32 : y;
    if (lx !== ly) return lx < ly ? -1 : 1;
    if (byCase === 0) byCase = x > y ? -1 : 1;
  }
  return a.length !== b.length ? (a.length < b.length ? -1 : 1) : byCase;
}

/** True when `e` comes after `entry`: a later date, or later in the file on its date. */
function after(e: EntryFacts, entry: EntryFacts): boolean {
  return e.date > entry.date || (e.date === entry.date && e.index > entry.index);
}

/** Entries oldest first: by date, and on one date in the order the file has them. A new list. */
export function chronological<E extends EntryFacts>(entries: E[]): E[] {
  // Most files are written in order: checking costs less than sorting.
  for (let i = 1; i < entries.length; i++) {
    if (!after(entries[i]!, entries[i - 1]!)) return [...entries].sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? -1 : 1));
  }
  return entries.slice();
}
