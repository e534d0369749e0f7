/** What the tool derives from one customer on one day: rhythm, due date, heat and flags. */
import type { Config } from './config.js';
import { addDays, daysBetween, type IsoDate } from './dates.js';
import { heatOf } from './method/heat.js';
import { progressOf, type Flag } from './method/progress.js';
import type { Digest, EntryFacts, NextPlan, Status } from './types.js';

export type DueReason = 'planned' | 'cadence' | 'new';

export interface Summary {
  slug: string;
  name: string;
  path: string;
  phone: string | null;
  stage: string | null;
  status: Status;
  tags: string[];
  cadence: number;
  contacts: number;
  lastContact: IsoDate | null;
  daysSinceContact: number | null;
  due: IsoDate;
  reason: DueReason;
  overdueDays: number;
  nextDate: IsoDate | null;
  nextAction: string | null;
  heat: number | null;
  flags: Flag[];
  stalledContacts: number;
  contactsSinceClose: number;
}

/** Entries oldest first: by date, and on one date in the order the file has them. */
export function chronological<E extends EntryFacts>(entries: E[]): E[] {
  return [...entries].sort((a, b) => (a.date === b.date ? a.index - b.index : a.date < b.date ? -1 : 1));
}

/** Days between contacts: the file's own, else by stage, else the shortest by tag, else the default. */
export function cadenceOf(c: Pick<Digest, 'profile' | 'entries'>, config: Config, asOf: IsoDate): number {
  return cadenceIn(c.profile, currentStage(c, asOf), config);
}

/** The stage a customer is in as of `asOf`: the latest Stage line up to then, else the front matter's. */
export function currentStage(c: Pick<Digest, 'profile' | 'entries'>, asOf: IsoDate): string | null {
  return stageOf(c.profile.stage, c.entries.filter((e) => e.date <= asOf));
}

function cadenceIn(p: Digest['profile'], stage: string | null, config: Config): number {
  if (p.cadence !== null) return p.cadence;
  const byStage = stage ? config.cadenceByStage[stage.toLowerCase()] : undefined;
  if (byStage !== undefined) return byStage;
  const byTag = p.tags.map((t) => config.cadenceByTag[t.toLowerCase()]).filter((n): n is number => n !== undefined);
  return byTag.length > 0 ? Math.min(...byTag) : config.cadence;
}

/** True when `e` comes after `entry`: a later date, or later in the file on its date. */
function after(e: EntryFacts, entry: EntryFacts): boolean {
  return e.date > entry.date || (e.date === entry.date && e.index > entry.index);
}

/** The latest Next line: latest by date, and on one date the later in the file. */
export function latestNext<E extends EntryFacts>(entries: E[]): (NextPlan & { entry: E }) | null {
  let best: E | null = null;
  for (const e of entries) {
    if (e.next && (!best || after(e, best))) best = e;
  }
  return best ? { ...best.next!, entry: best } : null;
}

export function lastContactOf(entries: EntryFacts[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const e of entries) if (e.isContact && (last === null || e.date > last)) last = e.date;
  return last;
}

const plain = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Kinds that meet the customer: only these carry out a plan on or after its date. */
const MEETINGS = new Set(['visit', 'meeting']);

/**
 * Whether the plan in `entry` was carried out: a later visit or meeting on or after its date
 * (any time after it, for a plan without a date), or a later contact whose purpose was the
 * plan. A call, message or email only postpones it; a new Next replaces it (that one is then
 * the latest Next, and this one is no longer asked about).
 */
export function carriedOut(entries: EntryFacts[], entry: EntryFacts, plan: NextPlan): boolean {
  const action = plain(plan.action);
  return entries.some(
    (e) =>
      e.isContact &&
      after(e, entry) &&
      ((MEETINGS.has(e.kind) && (plan.date === null || e.date >= plan.date)) || (action !== '' && plain(e.fields.purpose ?? '') === action)),
  );
}

/**
 * The stage now: the `to` of the latest Stage line in the entries (latest by date, then by
 * place in the file), else the front matter's `stage:`. An entry written by hand moves the
 * stage as `log --stage` does.
 */
export function stageOf(profileStage: string | null, entries: EntryFacts[]): string | null {
  let best: EntryFacts | null = null;
  for (const e of entries) if (e.stage && (!best || after(e, best))) best = e;
  return best ? best.stage!.to : profileStage;
}

/**
 * Summarises a customer as of `today`: entries dated later have not happened yet. The latest
 * Next is pending until it is carried out (see carriedOut). A customer with no contact and no
 * pending plan is new: due one cadence after it was created, and overdue only after that.
 */
export function summarize(c: Digest, config: Config, today: IsoDate): Summary {
  const entries = c.entries.filter((e) => e.date <= today);
  const stage = stageOf(c.profile.stage, entries);
  const cadence = cadenceIn(c.profile, stage, config);
  const lastContact = lastContactOf(entries);
  const next = latestNext(entries);
  const pending = next !== null && !carriedOut(entries, next.entry, next);
  let due: IsoDate;
  let reason: DueReason;
  if (pending && next.date !== null) {
    due = next.date;
    reason = 'planned';
  } else if (lastContact !== null) {
    due = addDays(lastContact, cadence);
    reason = 'cadence';
  } else {
    due = addDays(c.profile.created ?? today, cadence);
    reason = 'new';
  }
  const active = c.profile.status === 'active';
  const overdueDays = active ? Math.max(0, daysBetween(today, due)) : 0;
  const daysSinceContact = lastContact === null ? null : daysBetween(today, lastContact);
  const ordered = chronological(entries);
  const progress = progressOf(ordered, stage, config);
  const flags: Flag[] = [];
  if (active) {
    if (overdueDays > 0) flags.push('overdue');
    if (daysSinceContact !== null && daysSinceContact > config.cooling * cadence) flags.push('cooling');
    flags.push(...progress.flags);
  }
  return {
    slug: c.slug,
    name: c.profile.name,
    path: c.relPath,
    phone: c.profile.phone,
    stage,
    status: c.profile.status,
    tags: c.profile.tags,
    cadence,
    contacts: ordered.filter((e) => e.isContact).length,
    lastContact,
    daysSinceContact,
    due,
    reason,
    overdueDays,
    nextDate: pending ? next.date : null,
    nextAction: pending && next.action ? next.action : null,
    heat: active ? heatOf(ordered, cadence, config, today).heat : null,
    flags,
    stalledContacts: progress.stalledContacts,
    contactsSinceClose: progress.contactsSinceClose,
  };
}
