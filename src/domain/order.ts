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
 * looks a collator up on every call).
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
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
