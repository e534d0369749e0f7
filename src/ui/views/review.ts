/** The weekly review: one section per warning, each a table. */
import type { Review } from '../../domain/review.js';
import type { Summary } from '../../domain/summary.js';
import { heatText, lateText, nameText, nextText } from '../rows.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';
import { append } from '../../domain/lists.js';

function section(env: ViewEnv, title: string, hint: string, rows: Summary[], cells: (s: Summary) => string[], headers: string[]): string[] {
  const { colors: c, width, t } = env;
  if (rows.length === 0) return [];
  return [
    '',
    `${c.bold(title)} ${c.dim(t.overdue.count(rows.length, hint))}`,
    ...renderTable(
      headers.map((h, i) => ({ header: h, flex: i === 0 || i === headers.length - 1, align: h === t.columns.late ? 'right' : 'left' })),
      rows.map(cells),
      width,
      c.dim,
    ),
  ];
}

export function reviewView(r: Review, env: ViewEnv): string[] {
  const { colors: c, t } = env;
  const m = t.overdue;
  const k = t.columns;
  const out = [c.bold(m.title(r.date, r.totals) + m.totalNew(r.totals.new))];
  append(out, [
    ...section(env, m.overdue.title, m.overdue.hint, r.items,
      (s) => [nameText(s, c), s.due, lateText(s, c, t), heatText(s, c), s.lastContact ?? c.dim(t.common.never), nextText(s, c)],
      [k.name, k.due, k.late, k.heat, k.last, k.next]),
    ...section(env, m.cooling.title, m.cooling.hint, r.cooling,
      (s) => [nameText(s, c), m.gap(s.daysSinceContact), m.cadence(s.cadence), heatText(s, c), clean(s.stage ?? '-')],
      [k.name, m.columns.gap, m.columns.cadence, k.heat, k.stage]),
    ...section(env, m.stalled.title, m.stalled.hint, r.stalled,
      (s) => [nameText(s, c), m.contacts(s.stalledContacts), clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, m.columns.sinceStage, k.stage, k.heat, k.last]),
    ...section(env, m.noClose.title, m.noClose.hint, r.noClose,
      (s) => [nameText(s, c), m.contacts(s.contactsSinceClose), clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, m.columns.sinceClose, k.stage, k.heat, k.last]),
    ...section(env, m.newCustomers.title, m.newCustomers.hint, r.newCustomers,
      (s) => [nameText(s, c), s.due, clean(s.stage ?? '-'), nextText(s, c)],
      [k.name, m.columns2.due, k.stage, k.next]),
  ]);
  if (out.length === 1) out.push('', m.allOnRhythm);
  return out;
}
