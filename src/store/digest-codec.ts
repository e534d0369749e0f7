/**
 * How the summary index saves a digest: the profile as a list, the packed facts summaries need
 * (domain/facts.ts), and, in a journal of their own that only some reports read, the facts of
 * every entry. A notebook of 10,000 customers with ten entries each has 100,000 entries; saved
 * as one small object or array each, reading them back cost more than everything else a
 * report does (JSON.parse builds every one of them, and the garbage collector then walks them
 * all). Numbers in one flat list, and texts joined into one string per customer, parse several
 * times faster.
 */
import { wellFormed } from '../domain/facts.js';
import { KINDS } from '../domain/format/vocabulary.js';
import type { Digest, EntryFacts, ReportFacts } from '../domain/types.js';

/** Numbers saved per entry: the date (as yyyymmdd), the heading's line, the flags below. */
const STRIDE = 3;

// Which of an entry's facts are there, and two of them; the kind in the bits above.
const CONTACT = 1;
const CLOSE_ASKED = 2;
const CLOSE_NOT_ASKED = 4;
const NEXT = 8;
const NEXT_DATE = 16;
const STAGE = 32;
const STAGE_FROM = 64;
const TIME = 128;
const PURPOSE = 256;
const STATUS = 512;
const REASON = 1024;
const KIND_SHIFT = 11;

/**
 * Joins the texts of a customer's entries: a field's value is one line, so a line break
 * cannot be part of one (a text holding it anyway keeps them as a list).
 */
const SEP = '\n';

type Profile = Digest['profile'];
type PackedProfile = [Profile['name'], Profile['contact'], Profile['phone'], Profile['stage'], Profile['cadence'], Profile['tags'], Profile['owners'], Profile['status'], Profile['created']];

/** Texts joined into one string, unless one of them holds the separator. */
function join(texts: string[]): string | string[] {
  // One empty text would join to the same string as none.
  return texts.some((t) => t.includes(SEP)) || (texts.length === 1 && texts[0] === '') ? texts : texts.join(SEP);
}

function split(joined: unknown): string[] | null {
  if (typeof joined === 'string') return joined === '' ? [] : joined.split(SEP);
  return Array.isArray(joined) && joined.every((t) => typeof t === 'string') ? joined : null;
}

export function packProfile(p: Profile): PackedProfile {
  return [p.name, p.contact, p.phone, p.stage, p.cadence, p.tags, p.owners, p.status, p.created];
}

export function unpackProfile(saved: unknown): Profile | null {
  if (!Array.isArray(saved) || saved.length !== 9 || typeof saved[0] !== 'string' || !Array.isArray(saved[5]) || !Array.isArray(saved[6])) return null;
  const [name, contact, phone, stage, cadence, tags, owners, status, created] = saved as PackedProfile;
  return { name, contact, phone, stage, cadence, tags, owners, status, created };
}

export function packFacts(f: ReportFacts): [number[], string | string[]] {
  return [f.numbers, join(f.texts)];
}

export function unpackFacts(saved: unknown): ReportFacts | null {
  if (!Array.isArray(saved) || saved.length !== 2 || !Array.isArray(saved[0])) return null;
  const texts = split(saved[1]);
  if (texts === null) return null;
  const facts = { numbers: saved[0] as number[], texts };
  return wellFormed(facts) ? facts : null;
}

export function packEntries(entries: EntryFacts[]): [number[], string | string[]] {
  const numbers: number[] = [];
  const texts: string[] = [];
  entries.forEach((e, i) => {
    if (e.index !== i) throw new Error('entries out of file order');
    let bits = KINDS.indexOf(e.kind) << KIND_SHIFT;
    if (e.isContact) bits |= CONTACT;
    if (e.closeAsked === true) bits |= CLOSE_ASKED;
    if (e.closeAsked === false) bits |= CLOSE_NOT_ASKED;
    if (e.time !== null) {
      bits |= TIME;
      texts.push(e.time);
    }
    for (const [flag, value] of [
      [PURPOSE, e.fields.purpose],
      [STATUS, e.fields.status],
      [REASON, e.fields.reason],
    ] as const) {
      if (value !== undefined) {
        bits |= flag;
        texts.push(value);
      }
    }
    if (e.next) {
      bits |= NEXT;
      texts.push(e.next.action);
      if (e.next.date !== null) {
        bits |= NEXT_DATE;
        texts.push(e.next.date);
      }
    }
    if (e.stage) {
      bits |= STAGE;
      texts.push(e.stage.to);
      if (e.stage.from !== null) {
        bits |= STAGE_FROM;
        texts.push(e.stage.from);
      }
    }
    numbers.push(Number(e.date.replaceAll('-', '')), e.line, bits);
  });
  return [numbers, join(texts)];
}

/** Dates repeat across customers: each is made into text once per run. */
const dates = new Map<number, string>();

function dateOf(n: number): string {
  let s = dates.get(n);
  if (s === undefined) {
    const y = Math.floor(n / 10000);
    const m = Math.floor(n / 100) % 100;
    const d = n % 100;
    s = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    dates.set(n, s);
  }
  return s;
}

/** The entries saved by packEntries; null when what is saved has another shape. */
export function unpackEntries(saved: unknown): EntryFacts[] | null {
  if (!Array.isArray(saved) || saved.length !== 2) return null;
  const numbers = saved[0] as number[];
  const texts = split(saved[1]);
  if (!Array.isArray(numbers) || numbers.length % STRIDE !== 0 || texts === null) return null;
  let t = 0;
  const text = () => {
    if (t >= texts.length) throw new Error('too few texts');
    return texts[t++]!;
  };
  const entries: EntryFacts[] = [];
  try {
    for (let i = 0; i < numbers.length; i += STRIDE) {
      const bits = numbers[i + 2]!;
      const kind = KINDS[bits >>> KIND_SHIFT];
      if (kind === undefined) return null;
      const time = bits & TIME ? text() : null;
      const fields: EntryFacts['fields'] = {};
      if (bits & PURPOSE) fields.purpose = text();
      if (bits & STATUS) fields.status = text();
      if (bits & REASON) fields.reason = text();
      let next: EntryFacts['next'] = null;
      if (bits & NEXT) {
        const action = text();
        next = { date: bits & NEXT_DATE ? text() : null, action };
      }
      let moved: EntryFacts['stage'] = null;
      if (bits & STAGE) {
        const to = text();
        moved = { from: bits & STAGE_FROM ? text() : null, to };
      }
      entries.push({
        index: i / STRIDE,
        line: numbers[i + 1]!,
        date: dateOf(numbers[i]!),
        time,
        kind,
        isContact: (bits & CONTACT) !== 0,
        fields,
        next,
        stage: moved,
        closeAsked: bits & CLOSE_ASKED ? true : bits & CLOSE_NOT_ASKED ? false : null,
      });
    }
  } catch {
    return null;
  }
  if (t !== texts.length) return null;
  return entries;
}
