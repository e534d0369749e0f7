/** What the tool derives from one customer on one day: rhythm, due date, heat and flags. */
import type { Config } from './config.js';
import { addDays, daysBetween, fromDay, toDay, type IsoDate } from './dates.js';
import { CONTACT, FactsCursor, MEETING, NEXT, NEXT_DATED, PURPOSE, reportFacts, STAGE } from './facts.js';
import { heatNow } from './method/heat.js';
import { progressOf, type Flag } from './method/progress.js';
import type { Digest, EntryFacts, ReportFacts, Status } from './types.js';

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

/** Entries, or their packed facts (as the index gives them), or both. */
export type Known = { entries: EntryFacts[]; facts?: ReportFacts } | { facts: ReportFacts };

/** A customer as summaries read it: its profile, and its entries or their packed facts. */
export type Summarized = Pick<Digest, 'slug' | 'relPath' | 'profile'> & Known;

/** The packed facts of a customer: as the index gave them, else made from its entries. */
export function factsOf(c: Known): ReportFacts {
  return c.facts ?? reportFacts((c as { entries: EntryFacts[] }).entries);
}

/** Days between contacts: the file's own, else by stage, else the shortest by tag, else the default. */
export function cadenceOf(c: Pick<Digest, 'profile'> & Known, config: Config, asOf: IsoDate): number {
  return cadenceIn(c.profile, currentStage(c, asOf), config);
}

/** The stage a customer is in as of `asOf`: the latest Stage line up to then, else the front matter's. */
export function currentStage(c: Pick<Digest, 'profile'> & Known, asOf: IsoDate): string | null {
  const at = new FactsCursor(factsOf(c));
  const until = toDay(asOf);
  let stage = c.profile.stage;
  while (at.next() && at.day <= until) if (at.flags & STAGE) stage = at.text(at.stage);
  return stage;
}

function cadenceIn(p: Digest['profile'], stage: string | null, config: Config): number {
  if (p.cadence !== null) return p.cadence;
  const byStage = stage ? config.cadenceByStage[stage.toLowerCase()] : undefined;
  if (byStage !== undefined) return byStage;
  let least = Number.POSITIVE_INFINITY;
  for (const t of p.tags) least = Math.min(least, config.cadenceByTag[t.toLowerCase()] ?? least);
  return least === Number.POSITIVE_INFINITY ? config.cadence : least;
}

/**
 * Summarises a customer as of `today`: entries dated later have not happened yet. The latest
 * Next (latest by date, and on one date the later in the file) is pending until it is carried
 * out: by a later visit or meeting on or after its date (any time after it, for a plan without
 * a date), or by a later contact whose purpose was the plan. A call, message or email only
 * postpones it; a new Next replaces it. A customer with no contact and no pending plan is new:
 * due one cadence after it was created, and overdue only after that.
 */
export function summarize(c: Summarized, config: Config, today: IsoDate): Summary {
  const facts = factsOf(c);
  const until = toDay(today);
  // One pass over the entries up to today, oldest first, for these (each the last of its kind);
  // progress and heat, below, walk them again.
  const at = new FactsCursor(facts);
  let stage = c.profile.stage;
  let lastDay: number | null = null;
  let contacts = 0;
  // The latest plan: whether there is one, is dated, its day, its action's text and match.
  let plan = false;
  let planDated = false;
  let planDay = 0;
  let planAction = -1;
  let planMatch = -1;
  let carried = false;
  while (at.next() && at.day <= until) {
    const f = at.flags;
    if (f & STAGE) stage = at.text(at.stage);
    if (f & NEXT) {
      plan = true;
      planDated = (f & NEXT_DATED) !== 0;
      planDay = at.nextDay;
      planAction = at.action;
      planMatch = at.match;
      carried = false;
    } else if (plan && f & CONTACT) {
      if (f & MEETING && (!planDated || at.day >= planDay)) carried = true;
      if (f & PURPOSE && at.purpose !== -1 && at.purpose === planMatch) carried = true;
    }
    if (f & CONTACT) {
      lastDay = at.day;
      contacts++;
    }
  }
  const lastContact = lastDay === null ? null : fromDay(lastDay);
  const pending = plan && !carried;
  const nextDate = pending && planDated ? fromDay(planDay) : null;
  const cadence = cadenceIn(c.profile, stage, config);
  let due: IsoDate;
  let reason: DueReason;
  if (nextDate !== null) {
    due = nextDate;
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
  const daysSinceContact = lastDay === null ? null : until - lastDay;
  const progress = progressOf(facts, until, stage, config);
  const flags: Flag[] = [];
  if (active) {
    if (overdueDays > 0) flags.push('overdue');
    if (daysSinceContact !== null && daysSinceContact > config.cooling * cadence) flags.push('cooling');
    for (const flag of progress.flags) flags.push(flag);
  }
  const action = pending ? facts.texts[planAction]! : '';
  return {
    slug: c.slug,
    name: c.profile.name,
    path: c.relPath,
    phone: c.profile.phone,
    stage,
    status: c.profile.status,
    tags: c.profile.tags,
    cadence,
    contacts,
    lastContact,
    daysSinceContact,
    due,
    reason,
    overdueDays,
    nextDate,
    nextAction: action === '' ? null : action,
    heat: active ? heatNow(facts, cadence, config, until) : null,
    flags,
    stalledContacts: progress.stalledContacts,
    contactsSinceClose: progress.contactsSinceClose,
  };
}

/**
 * The plan a contact on `date` leaves by default: the plan already made if it is still ahead,
 * else one cadence from it; always a date after this contact, so Enter never writes a plan
 * already done.
 */
export function plannedNext(summary: Summary, date: IsoDate): IsoDate {
  return summary.nextDate !== null && summary.nextDate > date ? summary.nextDate : addDays(date, summary.cadence);
}
