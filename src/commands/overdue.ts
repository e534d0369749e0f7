import type { Context } from '../context.js';
import { buildReview, type Review } from '../domain/review.js';
import type { Summary } from '../domain/summary.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { heatText, lateText, nameText, nextText } from '../ui/rows.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { openNotebook, summarizeAll } from './shared.js';

/** `followup overdue`: the weekly review of the rhythm. */
export default async function overdue(ctx: Context, _args: string[], o: { exitCode?: boolean }): Promise<number> {
  const opened = await openNotebook(ctx);
  const review = buildReview(summarizeAll(opened, ctx.today), ctx.today);
  if (ctx.json) ctx.printJson(review);
  else ctx.print(render(review, ctx.colors, ctx.width));
  return o.exitCode && review.items.length > 0 ? 1 : 0;
}

function section(title: string, hint: string, rows: Summary[], cells: (s: Summary) => string[], headers: string[], c: Colors, width: number | null): string[] {
  if (rows.length === 0) return [];
  return [
    '',
    `${c.bold(title)} ${c.dim(`(${rows.length}) ${hint}`)}`,
    ...renderTable(
      headers.map((h, i) => ({ header: h, flex: i === 0 || i === headers.length - 1, align: h === m.columns.late ? 'right' : 'left' })),
      rows.map(cells),
      width,
      c.dim,
    ),
  ];
}

function render(r: Review, c: Colors, width: number | null): string[] {
  const t = r.totals;
  const k = m.columns;
  const head = `Review ${r.date}: ${t.active} active, ${t.overdue} overdue, ${t.cooling} cooling, ${t.stalled} stalled, ${t.noClose} without a close asked`;
  const out = [c.bold(head)];
  out.push(
    ...section('Overdue', 'past their due date, most overdue first', r.items,
      (s) => [nameText(s, c), s.due, lateText(s, c), heatText(s, c), s.lastContact ?? c.dim(m.never), nextText(s, c)],
      [k.name, k.due, k.late, k.heat, k.last, k.next], c, width),
    ...section('Cooling', 'gap since the last contact well past the cadence', r.cooling,
      (s) => [nameText(s, c), `${s.daysSinceContact}d since contact`, `cadence ${s.cadence}d`, heatText(s, c), clean(s.stage ?? '-')],
      [k.name, 'Gap', 'Cadence', k.heat, k.stage], c, width),
    ...section('Stalled', 'contacts in a row without moving the stage', r.stalled,
      (s) => [nameText(s, c), `${s.stalledContacts} contacts`, clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, 'Since a stage change', k.stage, k.heat, k.last], c, width),
    ...section('No close asked', 'late-stage deals where nobody asked for the signature', r.noClose,
      (s) => [nameText(s, c), `${s.contactsSinceClose} contacts`, clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, 'Since a close was asked', k.stage, k.heat, k.last], c, width),
  );
  if (out.length === 1) out.push('', 'Every customer is on rhythm. Plan next week with followup plan --week.');
  return out;
}
