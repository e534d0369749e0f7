/**
 * The follow-up record of a customer (docs/method.md): was the rhythm kept, did the contacts
 * move the deal, was the close asked for. Shown before a customer is released or lost, so a rep
 * sees whether the customer failed or the follow-up did.
 */
import type { Config } from './config.js';
import { daysBetween, fromDay, toDay, type IsoDate } from './dates.js';
import { CLOSE_ASKED, CONTACT, FactsCursor, MOVED } from './facts.js';
import { cadenceOf, factsOf, type Known } from './summary.js';
import type { Digest, ReportFacts } from './types.js';

export interface Gap {
  /** A contact day. */
  from: IsoDate;
  /** The next contact day, or today for the gap still open. */
  to: IsoDate;
  days: number;
  overCadence: boolean;
  /** The gap from the last contact to today, which no contact has closed yet. */
  open: boolean;
}

export interface Stall {
  /** Contacts in a row without a stage change. */
  contacts: number;
  from: IsoDate;
  to: IsoDate;
}

/** Why a follow-up may have failed. */
export type Shortfall = 'no-contact' | 'went-cold' | 'rhythm' | 'stalled' | 'no-close';

export interface FollowupRecord {
  date: IsoDate;
  cadence: number;
  contacts: number;
  firstContact: IsoDate | null;
  lastContact: IsoDate | null;
  gaps: Gap[];
  gapsOverCadence: number;
  longestGap: Gap | null;
  longestStall: Stall | null;
  /** Contacts with a Close line that says it was asked. */
  closesAsked: number;
  shortfalls: Shortfall[];
  followupFailed: boolean;
  /** What the verdict sentence states; its words come from the message table. */
  verdict: VerdictFacts;
}

/** Distinct contact days up to `today`, oldest first. */
export function contactDays(facts: ReportFacts, today: IsoDate): IsoDate[] {
  const until = toDay(today);
  const days: IsoDate[] = [];
  let last: number | null = null;
  const at = new FactsCursor(facts);
  while (at.next() && at.day <= until) {
    if (at.flags & CONTACT && at.day !== last) {
      days.push(fromDay(at.day));
      last = at.day;
    }
  }
  return days;
}

/**
 * Gaps between consecutive contact days up to `today` (two contacts on one day leave no gap),
 * and, when `open`, the gap from the last contact to today. Longer than the cadence is late.
 */
export function contactGaps(facts: ReportFacts, cadence: number, today: IsoDate, open = true): Gap[] {
  const days = contactDays(facts, today);
  const gap = (from: IsoDate, to: IsoDate, isOpen: boolean): Gap => {
    const n = daysBetween(to, from);
    return { from, to, days: n, overCadence: n > cadence, open: isOpen };
  };
  const gaps = days.slice(1).map((d, i) => gap(days[i]!, d, false));
  const last = days[days.length - 1];
  if (open && last !== undefined && last < today) gaps.push(gap(last, today, true));
  return gaps;
}

/** The longest run of contacts up to `today` without a stage change, counted as progress.ts counts a stall. */
export function longestStall(facts: ReportFacts, today: IsoDate): Stall | null {
  const until = toDay(today);
  let best: Stall | null = null;
  let run: Stall | null = null;
  const at = new FactsCursor(facts);
  while (at.next() && at.day <= until) {
    if (at.flags & MOVED) run = null;
    else if (at.flags & CONTACT) {
      const date = fromDay(at.day);
      const next: Stall = run === null ? { contacts: 1, from: date, to: date } : { from: run.from, contacts: run.contacts + 1, to: date };
      run = next;
      if (best === null || next.contacts > best.contacts) best = next;
    }
  }
  return best;
}

/** The follow-up record of `c` as of `today`; entries dated later are not part of it. */
export function followupRecord(c: Pick<Digest, 'profile'> & Known, config: Config, today: IsoDate): FollowupRecord {
  // Packed once: a customer read from its file has its entries, not yet their facts.
  const facts = factsOf(c);
  const cadence = cadenceOf({ profile: c.profile, facts }, config, today);
  const until = toDay(today);
  let contacts = 0;
  let closesAsked = 0;
  let first: number | null = null;
  let last: number | null = null;
  const at = new FactsCursor(facts);
  while (at.next() && at.day <= until) {
    if (!(at.flags & CONTACT)) continue;
    contacts++;
    if (at.flags & CLOSE_ASKED) closesAsked++;
    first ??= at.day;
    last = at.day;
  }
  const gaps = contactGaps(facts, cadence, today);
  const longestGap = gaps.reduce<Gap | null>((a, g) => (a === null || g.days > a.days ? g : a), null);
  const stall = longestStall(facts, today);
  const gapsOverCadence = gaps.filter((g) => g.overCadence).length;

  const shortfalls: Shortfall[] = [];
  if (contacts === 0) shortfalls.push('no-contact');
  if (longestGap && longestGap.days > config.cooling * cadence) shortfalls.push('went-cold');
  if (gaps.length > 0 && gapsOverCadence * 2 >= gaps.length) shortfalls.push('rhythm');
  if (stall && stall.contacts >= config.stalledAfter) shortfalls.push('stalled');
  if (contacts >= config.noCloseAfter && closesAsked === 0) shortfalls.push('no-close');

  const record = {
    date: today,
    cadence,
    contacts,
    firstContact: first === null ? null : fromDay(first),
    lastContact: last === null ? null : fromDay(last),
    gaps,
    gapsOverCadence,
    longestGap,
    longestStall: stall,
    closesAsked,
    shortfalls,
    followupFailed: shortfalls.length > 0,
  };
  return { ...record, verdict: verdictOf(record, config) };
}

/** What the verdict sentence states; its words come from the message table. */
export interface VerdictFacts {
  contacts: number;
  cadence: number;
  gaps: number;
  gapsOverCadence: number;
  /** The longest gap in days, named only when the deal went cold. */
  coldGap: number | null;
  /** Contacts in a row without a stage change, named only when that many count as stalled. */
  stalled: number | null;
  closesAsked: number;
  failed: boolean;
}

/** The facts of the verdict: what the record shows, and whether the follow-up is the likelier cause. */
export function verdictOf(r: Omit<FollowupRecord, 'verdict'>, config: Config): VerdictFacts {
  const stall = r.longestStall;
  return {
    contacts: r.contacts,
    cadence: r.cadence,
    gaps: r.gaps.length,
    gapsOverCadence: r.gapsOverCadence,
    coldGap: r.shortfalls.includes('went-cold') ? r.longestGap!.days : null,
    stalled: stall && stall.contacts >= config.stalledAfter ? stall.contacts : null,
    closesAsked: r.closesAsked,
    failed: r.followupFailed,
  };
}
