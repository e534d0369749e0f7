/**
 * What changed in a notebook between two versions of its files, counted the way a rep thinks
 * of it: entries logged by kind, new customers, other edits. `sync` says it in its commit message.
 */
import { splitDocument } from './format/document.js';
import { readCustomer } from './format.js';
import { KINDS, type Kind } from './format/vocabulary.js';

/** One changed Markdown file: its text before and after; null where it did not exist. */
export interface FileChange {
  before: string | null;
  after: string | null;
}

export interface ChangeCount {
  /** Entries added, by kind, in the order of KINDS. */
  entries: Partial<Record<Kind, number>>;
  newCustomers: number;
  removed: number;
  /** Customer files changed in another way: an entry or the profile edited. */
  edited: number;
  /** Markdown files that are not customers, added or changed. */
  other: number;
}

const norm = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\s+$/, '');

/** The entries of a text that its earlier version did not have, with their kinds. */
function addedKinds(before: string | null, after: string): Kind[] | null {
  const { customer } = readCustomer(after);
  if (!customer) return null;
  const old = new Map<string, number>();
  for (const s of splitDocument(before ?? '').sections) {
    if (s.kind === 'entry') old.set(norm(s.text), (old.get(norm(s.text)) ?? 0) + 1);
  }
  const kinds = new Map(customer.entries.map((e) => [e.line, e.kind]));
  const added: Kind[] = [];
  for (const s of splitDocument(after).sections) {
    if (s.kind !== 'entry') continue;
    const n = old.get(norm(s.text)) ?? 0;
    if (n > 0) old.set(norm(s.text), n - 1);
    else added.push(kinds.get(s.line) ?? 'note');
  }
  return added;
}

/** Counts the changes of a set of files. */
export function countChanges(files: FileChange[]): ChangeCount {
  const count: ChangeCount = { entries: {}, newCustomers: 0, removed: 0, edited: 0, other: 0 };
  for (const f of files) {
    if (f.after === null) {
      count.removed++;
      continue;
    }
    const added = addedKinds(f.before, f.after);
    if (added === null) {
      count.other++;
      continue;
    }
    if (f.before === null || !readCustomer(f.before).customer) count.newCustomers++;
    for (const k of added) count.entries[k] = (count.entries[k] ?? 0) + 1;
    // A file whose only change is the entries it gained (and the lines the tool sets with them) is not an edit.
    if (f.before !== null && added.length === 0) count.edited++;
  }
  const ordered: ChangeCount['entries'] = {};
  for (const k of KINDS) if (count.entries[k]) ordered[k] = count.entries[k];
  count.entries = ordered;
  return count;
}
