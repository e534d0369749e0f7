/**
 * Customers and entries as flat records for a spreadsheet or a script: fixed columns, in a
 * fixed order, named in English so a script can rely on them whatever the notebook's locale.
 */
import type { Summary } from './summary.js';
import { chronological } from './order.js';
import type { Customer, Digest } from './types.js';

export const CUSTOMER_COLUMNS = [
  'name', 'file', 'status', 'stage', 'contact', 'phone', 'tags', 'owner', 'cadence', 'created',
  'last_contact', 'contacts', 'due', 'due_reason', 'overdue_days', 'next_date', 'next_action', 'heat', 'flags',
] as const;

export const ENTRY_COLUMNS = [
  'name', 'file', 'date', 'time', 'kind', 'title', 'purpose', 'discussed', 'state', 'problems', 'close', 'stage', 'next', 'topics', 'text',
] as const;

type Value = string | number | string[] | null;
export type CustomerRecord = Record<(typeof CUSTOMER_COLUMNS)[number], Value>;
export type EntryRecord = Record<(typeof ENTRY_COLUMNS)[number], Value>;


/** A customer's record, from its profile and its summary. */
export function customerRecord(c: Pick<Digest, 'relPath' | 'profile'>, s: Summary): CustomerRecord {
  const p = c.profile;
  return {
    name: p.name,
    file: c.relPath,
    status: p.status,
    stage: p.stage,
    contact: p.contact,
    phone: p.phone,
    tags: p.tags,
    // `owner:` as the profile reads it, one name or a list: names joined, as a cell shows them.
    owner: p.owners.length > 0 ? p.owners.join(', ') : null,
    cadence: s.cadence,
    created: p.created,
    last_contact: s.lastContact,
    contacts: s.contacts,
    due: s.status === 'active' ? s.due : null,
    due_reason: s.status === 'active' ? s.reason : null,
    overdue_days: s.overdueDays,
    next_date: s.nextDate,
    next_action: s.nextAction,
    heat: s.heat,
    flags: s.flags,
  };
}

/** One record per entry, oldest first within each customer. */
export function entryRecords(customers: Customer[]): EntryRecord[] {
  return customers.flatMap((c) =>
    chronological(c.entries).map((e) => ({
      name: c.profile.name,
      file: c.relPath,
      date: e.date,
      time: e.time,
      kind: e.kind,
      title: e.title || null,
      purpose: e.fields.purpose ?? null,
      discussed: e.fields.discussed ?? null,
      state: e.fields.state ?? null,
      problems: e.fields.problems ?? null,
      close: e.fields.close ?? null,
      stage: e.fields.stage ?? null,
      next: e.fields.next ?? null,
      topics: e.topics,
      text: e.text.length > 0 ? e.text.join('\n') : null,
    })),
  );
}

/** A record's cells for CSV: lists joined with ", ", nothing as an empty cell. */
export function cells(record: Record<string, Value>, columns: readonly string[]): string[] {
  return columns.map((k) => {
    const v = record[k];
    return v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
  });
}
