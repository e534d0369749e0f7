/** What the demo notebooks are made of: accounts and their entries, in either language. */
import type { IsoDate } from './dates.js';
import type { FieldKey, Kind, Locale } from './format/vocabulary.js';

export interface Item {
  date: IsoDate;
  time?: string;
  kind: Kind;
  fields: Partial<Record<FieldKey, string>>;
  /** Lines written by hand under the entry. */
  notes?: string[];
}

export interface Account {
  folder?: string;
  name: string;
  contact: string;
  phone: string;
  stage: string;
  cadence?: number;
  tags: string[];
  status?: 'won' | 'released';
  locale?: Locale;
  /** Free text under the title, before the first entry. */
  about: string;
  entries: Item[];
}

export const item = (date: IsoDate, kind: Kind, fields: Item['fields'], ...notes: string[]): Item => ({ date, kind, fields, notes });

