/** The order of entries in time: by date, and on one date in the order the file has them. */
import type { EntryFacts } from './types.js';

/** True when `e` comes after `entry`: a later date, or later in the file on its date. */
export function after(e: EntryFacts, entry: EntryFacts): boolean {
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
