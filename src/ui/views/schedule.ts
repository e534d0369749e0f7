/** The line after `schedule`: the next visit moved, or already there. */
import type { IsoDate } from '../../domain/dates.js';
import type { Summary } from '../../domain/summary.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface ScheduleResult {
  before: Summary;
  after: Summary;
  date: IsoDate;
  changed: boolean;
}

export function scheduleView(r: ScheduleResult, { t }: ViewEnv): string[] {
  const name = clean(r.after.name);
  if (!r.changed) return [t.schedule.already(name, r.date)];
  return [t.schedule.moved(name, r.before.due, r.date, r.after.nextAction ? clean(r.after.nextAction) : null)];
}
