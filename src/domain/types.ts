/** The model of a notebook: what a customer file says, and what the tool derives from it. */
import type { FieldKey, Kind } from './format/vocabulary.js';
import type { IsoDate } from './dates.js';
import type { Issue } from './errors.js';

export type Status = 'active' | 'won' | 'lost' | 'released';

export const STATUSES: Status[] = ['active', 'won', 'lost', 'released'];

export interface Profile {
  name: string;
  contact: string | null;
  phone: string | null;
  stage: string | null;
  /** The file's own cadence in days, when it sets one. */
  cadence: number | null;
  tags: string[];
  /** Who the customer belongs to in a team (`owner:`, one name or a list). */
  owners: string[];
  status: Status;
  created: IsoDate | null;
  /** Every front matter key as written (values as text, lists and maps as parsed). */
  fields: Record<string, unknown>;
}

export interface NextPlan {
  date: IsoDate | null;
  action: string;
}

/**
 * The facts of an entry that reports need: what the store's digests hold (and the index
 * caches), nothing that depends on today or the config.
 */
export interface EntryFacts {
  /** Position among the file's entries, 0 first. */
  index: number;
  /** 1-based line of the heading. */
  line: number;
  date: IsoDate;
  time: string | null;
  /** A known kind; headings without one are notes. */
  kind: Kind;
  isContact: boolean;
  fields: Partial<Record<'purpose' | 'status' | 'reason', string>>;
  next: NextPlan | null;
  stage: { from: string | null; to: string } | null;
  /** null when the entry has no Close line. */
  closeAsked: boolean | null;
}

/** An entry as the file has it: its facts, and every field and line as written. */
export interface Entry extends Omit<EntryFacts, 'fields'> {
  /** What follows the kind on the heading line. */
  title: string;
  fields: Partial<Record<FieldKey, string>>;
  topics: string[];
  /** Every other non-blank line under the heading, as written. */
  text: string[];
}

/** A customer as reports see it: the profile's known keys and the facts of each entry. */
export interface Digest {
  slug: string;
  relPath: string;
  profile: Omit<Profile, 'fields'>;
  entries: EntryFacts[];
}

/** What summaries need of a customer: its profile, and its entries' facts packed. */
export interface CustomerFacts extends Omit<Digest, 'entries'> {
  facts: ReportFacts;
}

/** The facts summaries need of a customer's entries, packed: see domain/facts.ts. */
export interface ReportFacts {
  numbers: number[];
  /** Next actions as written, stage names, Status and Reason lines, each once. */
  texts: string[];
}

export interface CustomerDoc {
  profile: Profile;
  entries: Entry[];
  /** Lines written outside the entries (free notes about the account, other sections), title left out. */
  notes?: string[];
}

/** A customer file on disk, parsed. */
export interface Customer extends CustomerDoc {
  /** File name without `.md`: the customer's handle on the command line. */
  slug: string;
  /** Path relative to the notebook, with `/` separators. */
  relPath: string;
}

/** A file that could not be read, and why. */
export interface FileProblem {
  relPath: string;
  issue: Issue;
  /** 1-based line of the problem, when known. */
  line: number | null;
  /** Only worth a word: the file is still read (a date-like heading, an entry in a comment). */
  warning?: true;
}

/** What a person may call a customer by: its file and its name. */
export interface CustomerKey {
  slug: string;
  relPath: string;
  /** null for a file that could not be read: it is still found by its file name. */
  name: string | null;
  problem: FileProblem | null;
  /**
   * The pinyin of a Chinese name: the syllables of each run of Han characters (杭州湖畔 (宁波) ->
   * [['hang', 'zhou', 'hu', 'pan'], ['ning', 'bo']]); null for a name without any; absent when
   * not computed (only a query that names and file names do not settle needs it).
   */
  pinyin?: string[][] | null;
}
