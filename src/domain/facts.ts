/**
 * What reports need of a customer's entries, packed: for each entry, oldest first, a few
 * numbers in one flat list, and the texts they point to. Nothing here depends on today or on
 * the config, so the summary index keeps it as it is, and a report that summarises 10,000
 * customers walks 10,000 lists of numbers instead of building an object for every entry.
 *
 * Each entry is, in `numbers`: its day (days since 1970-01-01), its flags, then only what the
 * flags say it has, in this order: the Next line's day (NEXT_DATED), the Next action's text and
 * its match (NEXT), the purpose's match (PURPOSE), the Stage line's stage (STAGE), the stage
 * it moved from (MOVED), the Status line's text (STATUS) and the Reason line's (REASON).
 *
 * A *match* stands for an action made plain (case and spaces ignored): the index of the first
 * Next action of the customer with the same plain words, or -1 for an action that is blank. A
 * purpose with a match is one some Next line of the customer asked for, which is what carrying
 * out a plan by its purpose needs.
 */
import { toDay } from './dates.js';
import { chronological } from './order.js';
import { movedFrom } from './method/stages.js';
import type { EntryFacts, ReportFacts } from './types.js';

export const CONTACT = 1;
/** A visit or a meeting: a contact that meets the customer. */
export const MEETING = 2;
export const CLOSE_ASKED = 4;
export const NEXT = 8;
export const NEXT_DATED = 16;
export const PURPOSE = 32;
export const STAGE = 64;
export const MOVED = 128;
export const STATUS = 256;
export const REASON = 512;

/** Kinds that meet the customer: only these carry out a plan on or after its date. */
const MEETINGS: ReadonlySet<string> = new Set(['visit', 'meeting']);

/** An action or a purpose as compared: case and runs of spaces do not count. */
function plain(s: string): string {
  const t = s.trim();
  // Most texts have single spaces only: the replacement is skipped for them.
  return (/\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ') : t).toLowerCase();
}

/** The packed facts of entries given in any order. */
export function reportFacts(entries: EntryFacts[]): ReportFacts {
  const ordered = chronological(entries);
  const texts: string[] = [];
  const ids = new Map<string, number>();
  const text = (s: string) => {
    let id = ids.get(s);
    if (id === undefined) {
      id = texts.push(s) - 1;
      ids.set(s, id);
    }
    return id;
  };
  // Every action's match first: a purpose may come before the Next line that asks for it.
  const matches = new Map<string, number>();
  const actions = ordered.map((e) => (e.next ? plain(e.next.action) : ''));
  ordered.forEach((e, i) => {
    if (e.next && actions[i] !== '' && !matches.has(actions[i]!)) matches.set(actions[i]!, text(e.next.action));
  });
  // Each entry's numbers go straight into the list, its flags filled in once they are known.
  const numbers: number[] = [];
  let known: string | null = null;
  ordered.forEach((e, i) => {
    const at = numbers.push(toDay(e.date), 0) - 1;
    let flags = 0;
    if (e.isContact) flags |= CONTACT;
    if (MEETINGS.has(e.kind)) flags |= MEETING;
    if (e.closeAsked === true) flags |= CLOSE_ASKED;
    if (e.next?.date) {
      flags |= NEXT_DATED;
      numbers.push(toDay(e.next.date));
    }
    if (e.next) {
      flags |= NEXT;
      numbers.push(text(e.next.action), matches.get(actions[i]!) ?? -1);
    }
    const purpose = e.fields.purpose === undefined ? undefined : matches.get(plain(e.fields.purpose));
    if (purpose !== undefined) {
      flags |= PURPOSE;
      numbers.push(purpose);
    }
    if (e.stage) {
      flags |= STAGE;
      numbers.push(text(e.stage.to));
      const from = movedFrom(e.stage, known);
      if (from !== undefined) {
        flags |= MOVED;
        numbers.push(text(from));
      }
      known = e.stage.to;
    }
    if (e.fields.status !== undefined) {
      flags |= STATUS;
      numbers.push(text(e.fields.status));
    }
    if (e.fields.reason !== undefined) {
      flags |= REASON;
      numbers.push(text(e.fields.reason));
    }
    numbers[at] = flags;
  });
  return { numbers, texts };
}

/**
 * Reads packed facts entry by entry into its own fields, allocating nothing per entry:
 * `while (c.next()) ...`. Texts are given as they are in `texts`.
 */
export class FactsCursor {
  private i = 0;
  day = 0;
  flags = 0;
  nextDay = 0;
  action = -1;
  match = -1;
  purpose = -1;
  stage = -1;
  from = -1;
  status = -1;
  reason = -1;

  constructor(private readonly facts: ReportFacts) {}

  next(): boolean {
    const n = this.facts.numbers;
    if (this.i >= n.length) return false;
    this.day = n[this.i++]!;
    const f = n[this.i++]!;
    this.flags = f;
    this.nextDay = f & NEXT_DATED ? n[this.i++]! : 0;
    this.action = -1;
    this.match = -1;
    this.purpose = -1;
    this.stage = -1;
    this.from = -1;
    this.status = -1;
    this.reason = -1;
    if (f & NEXT) {
      this.action = n[this.i++]!;
      this.match = n[this.i++]!;
    }
    if (f & PURPOSE) this.purpose = n[this.i++]!;
    if (f & STAGE) this.stage = n[this.i++]!;
    if (f & MOVED) this.from = n[this.i++]!;
    if (f & STATUS) this.status = n[this.i++]!;
    if (f & REASON) this.reason = n[this.i++]!;
    return true;
  }

  /** How many numbers have been read: past the end of the list, the facts are broken. */
  get consumed(): number {
    return this.i;
  }

  text(id: number): string {
    return this.facts.texts[id]!;
  }
}

/** Whether `numbers` read as packed facts against `texts` end where they should; for facts read back from a file. */
export function wellFormed(f: ReportFacts): boolean {
  if (!Array.isArray(f.numbers) || !Array.isArray(f.texts)) return false;
  // Indexed loops: until a loop is optimised, `for...of` makes an object for every number.
  for (let i = 0; i < f.texts.length; i++) if (typeof f.texts[i] !== 'string') return false;
  for (let i = 0; i < f.numbers.length; i++) if (!Number.isInteger(f.numbers[i])) return false;
  const c = new FactsCursor(f);
  const texts = f.texts.length;
  while (c.next()) {
    if (c.consumed > f.numbers.length) return false;
    if (missing(c, NEXT, c.action, texts) || missing(c, STAGE, c.stage, texts) || missing(c, MOVED, c.from, texts) || missing(c, STATUS, c.status, texts) || missing(c, REASON, c.reason, texts)) return false;
  }
  return true;
}

/** A flag of the entry under `c` whose text (`id`) is not among the `texts` there are. */
function missing(c: FactsCursor, flag: number, id: number, texts: number): boolean {
  return (c.flags & flag) !== 0 && !(id >= 0 && id < texts);
}
