/**
 * How the summary index saves a digest: the profile as a list, and the packed facts summaries
 * need (domain/facts.ts) as a list of numbers and one string of the texts. A notebook of 10,000
 * customers with ten entries each has 100,000 entries; saved as one small object or array each,
 * reading them back cost more than everything else a report does (JSON.parse builds every one
 * of them, and the garbage collector then walks them all).
 */
import { wellFormed } from '../domain/facts.js';
import type { Digest, ReportFacts } from '../domain/types.js';

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
  // By index: destructuring a list walks an iterator, an object for every value.
  const p = saved as PackedProfile;
  return { name: p[0], contact: p[1], phone: p[2], stage: p[3], cadence: p[4], tags: p[5], owners: p[6], status: p[7], created: p[8] };
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
