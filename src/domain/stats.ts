/**
 * The numbers a manager asks for (docs/method.md): contacts per week, the rhythm against the
 * cadence, how often the close is asked, the stage funnel, and who was closed and why.
 */
import type { Config } from './config.js';
import { addDays, fromDay, type IsoDate, toDay, weekStart } from './dates.js';
import { CLOSE_ASKED, CONTACT, FactsCursor, REASON, STATUS } from './facts.js';
import { sameStage } from './method/stages.js';
import { compareDates, compareText } from './order.js';
import { contactGaps, followupRecord } from './record.js';
import { cadenceOf, currentStage, factsOf, type Known } from './summary.js';
import type { Digest, Status } from './types.js';

/** A customer as stats read it: its file, profile, and entries or their packed facts. */
type Customerish = Pick<Digest, 'slug' | 'profile'> & Known;

export interface WeekCount {
  /** The Monday that starts the week. */
  week: IsoDate;
  contacts: number;
}

export interface StageCount {
  /** null for customers without a stage. */
  stage: string | null;
  customers: number;
  /** False for a stage that is not in config.yml's `stages`. */
  configured: boolean;
}

export interface Outcome {
  slug: string;
  name: string;
  status: Exclude<Status, 'active'>;
  /** The date of the entry that recorded the status. */
  date: IsoDate;
  reason: string | null;
  /** For released and lost customers: whether their follow-up record points at the follow-up. */
  followupFailed: boolean | null;
}

export interface Stats {
  since: IsoDate;
  until: IsoDate;
  contacts: number;
  /** Customers with a contact in the period. */
  customers: number;
  weeks: WeekCount[];
  gaps: {
    /** Gaps between contact days that end in the period, and late gaps still open at its end. */
    count: number;
    averageDays: number | null;
    /** The cadence the same gaps were due at, on average. */
    averageCadence: number | null;
    overCadence: number;
    /** overCadence / count, 0 to 1. */
    overShare: number | null;
  };
  close: { asked: number; contacts: number; rate: number | null };
  funnel: { stages: StageCount[]; won: number; lost: number; released: number };
  /** Won, lost and released in the period, newest first. */
  outcomes: Outcome[];
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const ratio = (a: number, b: number) => (b === 0 ? null : round(a / b, 3));

/** The default period: from the Monday twelve weeks before `until`, to `until`. */
export function defaultSince(until: IsoDate): IsoDate {
  return weekStart(addDays(until, -84));
}

/** Every Monday from the week of `since` to the week of `until`, with the contacts in [since, until]. */
export function weeklyCounts(dates: IsoDate[], since: IsoDate, until: IsoDate): WeekCount[] {
  const weeks: WeekCount[] = [];
  const index = new Map<IsoDate, WeekCount>();
  for (let w = weekStart(since); w <= until; w = addDays(w, 7)) {
    const bucket = { week: w, contacts: 0 };
    weeks.push(bucket);
    index.set(w, bucket);
  }
  for (const d of dates) if (d >= since && d <= until) index.get(weekStart(d))!.contacts++;
  return weeks;
}

/** Active customers per stage: the configured ones in order, then others, then the closed counts. */
export function funnel(customers: Customerish[], config: Config, until = '9999-12-31'): Stats['funnel'] {
  const stages: StageCount[] = config.stages.map((s) => ({ stage: s, customers: 0, configured: true }));
  const other: StageCount[] = [];
  const closed = { won: 0, lost: 0, released: 0 };
  for (const c of customers) {
    const status = c.profile.status;
    if (status !== 'active') {
      closed[status]++;
      continue;
    }
    const stage = currentStage(c, until);
    const hit = stages.find((s) => sameStage(s.stage, stage)) ?? other.find((s) => sameStage(s.stage, stage));
    if (hit) hit.customers++;
    else other.push({ stage, customers: 1, configured: false });
  }
  const byName = (a: StageCount, b: StageCount) => (a.stage === null ? 1 : b.stage === null ? -1 : compareText(a.stage, b.stage));
  return { stages: [...stages, ...other.sort(byName)], ...closed };
}

/** When and why a closed customer was closed: the latest entry with a Status line that matches. */
export function outcomeOf(c: Customerish, config: Config): Outcome | null {
  const status = c.profile.status;
  if (status === 'active') return null;
  const at = new FactsCursor(factsOf(c));
  let latest: { day: number; status: string; reason: string | null } | null = null;
  while (at.next()) {
    if (at.flags & STATUS) latest = { day: at.day, status: at.text(at.status), reason: at.flags & REASON ? at.text(at.reason) : null };
  }
  if (!latest || latest.status.trim().toLowerCase() !== status) return null;
  const date = fromDay(latest.day);
  const judged = status === 'won' ? null : followupRecord(c, config, date).followupFailed;
  return { slug: c.slug, name: c.profile.name, status, date, reason: latest.reason?.trim() || null, followupFailed: judged };
}

/** The stats of every customer's contacts dated in [since, until]. */
export function buildStats(customers: Customerish[], config: Config, since: IsoDate, until: IsoDate): Stats {
  const dates: IsoDate[] = [];
  let asked = 0;
  let seen = 0;
  let gapCount = 0;
  let gapDays = 0;
  let cadenceDays = 0;
  let over = 0;
  const [from, to] = [toDay(since), toDay(until)];
  for (const c of customers) {
    const facts = factsOf(c);
    const at = new FactsCursor(facts);
    let inPeriod = 0;
    while (at.next() && at.day <= to) {
      if (!(at.flags & CONTACT) || at.day < from) continue;
      inPeriod++;
      dates.push(fromDay(at.day));
      if (at.flags & CLOSE_ASKED) asked++;
    }
    if (inPeriod > 0) seen++;
    const cadence = cadenceOf(c, config, until);
    // A gap still open at the end of the period counts once it is longer than the cadence: it
    // is late whenever the next contact comes. A shorter one is not over yet.
    const open = c.profile.status === 'active';
    for (const g of contactGaps(facts, cadence, until, open)) {
      if (g.to < since || (g.open && !g.overCadence)) continue;
      gapCount++;
      gapDays += g.days;
      cadenceDays += cadence;
      if (g.overCadence) over++;
    }
  }
  const outcomes = customers
    .map((c) => outcomeOf(c, config))
    .filter((o): o is Outcome => o !== null && o.date >= since && o.date <= until)
    .sort((a, b) => compareDates(b.date, a.date) || compareText(a.name, b.name));
  return {
    since,
    until,
    contacts: dates.length,
    customers: seen,
    weeks: weeklyCounts(dates, since, until),
    gaps: {
      count: gapCount,
      averageDays: gapCount === 0 ? null : round(gapDays / gapCount, 1),
      averageCadence: gapCount === 0 ? null : round(cadenceDays / gapCount, 1),
      overCadence: over,
      overShare: ratio(over, gapCount),
    },
    close: { asked, contacts: dates.length, rate: ratio(asked, dates.length) },
    funnel: funnel(customers, config, until),
    outcomes,
  };
}
