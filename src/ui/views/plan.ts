/** The plan of the coming working days, a table per day. */
import { daysBetween, type IsoDate } from '../../domain/dates.js';
import type { PlanDay } from '../../domain/plan.js';
import type { Summary } from '../../domain/summary.js';
import type { Colors } from '../color.js';
import type { Messages } from '../../i18n/messages.js';
import { heatText, nameText, nextText, visitColumns, whyText } from '../rows.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface PlanResult {
  from: IsoDate;
  until: IsoDate;
  days: PlanDay<Summary>[];
  unplaced: Summary[];
  /** Files written by --apply. */
  applied: number;
  capacity: number;
  /** The command that writes this plan, when it was not written. */
  applyWith: string | null;
}

export function planView(r: PlanResult, { colors: c, width, t }: ViewEnv): string[] {
  const m = t.plan;
  const count = r.days.reduce((n, d) => n + d.items.length, 0);
  const out = [c.bold(m.title(r.from, r.until, count, r.days.length))];
  for (const day of r.days) {
    out.push('', c.bold(m.day(day.date)) + c.dim(m.load(day.items.length, r.capacity)));
    if (day.items.length === 0) continue;
    out.push(
      ...renderTable(
        visitColumns(t, false),
        day.items.map((s) => [nameText(s, c), s.due, late(s, day.date, c, t), whyText(s, t), heatText(s, c), nextText(s, c)]),
        width,
        c.dim,
      ),
    );
  }
  if (r.unplaced.length > 0) {
    out.push('', c.yellow(m.noRoom(r.unplaced.length)) + r.unplaced.map((s) => clean(s.name)).join(', '));
  }
  if (count === 0 && r.unplaced.length === 0) out.push('', m.nobody(false, r.until));
  else out.push('', r.applyWith ? c.dim(m.applyWith(r.applyWith)) : m.applied(r.applied));
  return out;
}

/** Days late on the day the visit is planned for, which is what the plan decides. */
function late(s: Summary, day: IsoDate, c: Colors, t: Messages): string {
  const n = Math.max(0, daysBetween(day, s.due));
  return n > 0 ? c.red(t.common.daysLate(n)) : '';
}
