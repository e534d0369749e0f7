/** Words of the reports, per locale. Only English is complete; field labels and kinds live in vocabulary.ts. */
import type { DueReason, Summary } from '../domain/summary.js';

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
  ago(days: number): string {
    return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  },
  nothingDue: (date: string) => `Nothing due on ${date}. Plan ahead with 'followup plan --week'.`,
  noCustomers: "No customers yet: add one with 'followup new \"<name>\"'.",
};
