/** Words of the reports, per locale. Only English is complete; field labels and kinds live in vocabulary.ts. */
import { weekday } from '../domain/dates.js';
import type { DueReason, Summary } from '../domain/summary.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const messages = {
  columns: {
    name: 'Customer',
    stage: 'Stage',
    heat: 'Heat',
    last: 'Last contact',
    due: 'Due',
    late: 'Late',
    why: 'Why',
    next: 'Next action',
    flags: 'Flags',
    status: 'Status',
    day: 'Day',
  },
  flags: {
    overdue: 'overdue',
    cooling: 'cooling',
    stalled: 'stalled',
    'no-close': 'no close asked',
  } as Record<string, string>,
  reason(s: Pick<Summary, 'reason' | 'cadence' | 'lastContact'>): string {
    const r: Record<DueReason, string> = {
      planned: 'planned',
      cadence: `${s.cadence}-day rhythm`,
      new: 'new, no contact yet',
    };
    return r[s.reason];
  },
  daysLate(n: number): string {
    return n === 0 ? '' : `${n}d`;
  },
  never: 'never',
  /** The short name of a date's weekday. */
  dayName(date: string): string {
    return DAYS[weekday(date)]!;
  },
  ago(days: number): string {
    return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  },
  nothingDue: (date: string) => `Nothing due on ${date}. Plan ahead with 'followup plan --week'.`,
  noCustomers: "No customers yet: add one with 'followup new \"<name>\"'.",
};
