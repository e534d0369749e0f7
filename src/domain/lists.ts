/**
 * Lists of any length. `list.push(...items)` and `Math.max(...numbers)` pass every item as an
 * argument, and a call takes at most about 100,000 of them: a report over a team's notebook
 * crossed that. These take a list of any length.
 */

/** Appends `items` to `list`, one by one; returns `list`. */
export function append<T>(list: T[], items: Iterable<T>): T[] {
  // An array by index: until a loop is optimised, `for...of` makes an object for every item.
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) list.push(items[i]);
  else for (const x of items) list.push(x);
  return list;
}

/** The largest of `numbers`, as Math.max gives it (-Infinity for none). */
export function largest(numbers: Iterable<number>): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const n of numbers) if (n > most || Number.isNaN(n)) most = n;
  return most;
}
