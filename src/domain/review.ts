/** The weekly review: whose rhythm slipped, which deals cool down, stand still, or never ask. */
import { byUrgency, newOnes } from './agenda.js';
import type { IsoDate } from './dates.js';
import type { Summary } from './summary.js';

export interface Review {
  date: IsoDate;
  totals: { active: number; overdue: number; cooling: number; stalled: number; noClose: number; new: number };
  /** Overdue customers, most overdue first. */
  items: Summary[];
  cooling: Summary[];
  stalled: Summary[];
  noClose: Summary[];
  /** Not contacted yet, within one cadence of being created: to meet, not overdue. */
  newCustomers: Summary[];
}

export function buildReview(all: Summary[], today: IsoDate): Review {
  const active = all.filter((s) => s.status === 'active');
  const withFlag = (flag: string) => active.filter((s) => s.flags.includes(flag as never));
  const items = withFlag('overdue').sort(byUrgency);
  const cooling = withFlag('cooling').sort(
    (a, b) => (b.daysSinceContact ?? 0) / b.cadence - (a.daysSinceContact ?? 0) / a.cadence || (b.heat ?? 0) - (a.heat ?? 0),
  );
  const stalled = withFlag('stalled').sort((a, b) => b.stalledContacts - a.stalledContacts || (b.heat ?? 0) - (a.heat ?? 0));
  const noClose = withFlag('no-close').sort((a, b) => b.contactsSinceClose - a.contactsSinceClose || (b.heat ?? 0) - (a.heat ?? 0));
  const newCustomers = newOnes(active);
  return {
    date: today,
    totals: {
      active: active.length,
      overdue: items.length,
      cooling: cooling.length,
      stalled: stalled.length,
      noClose: noClose.length,
      new: newCustomers.length,
    },
    items,
    cooling,
    stalled,
    noClose,
    newCustomers,
  };
}
