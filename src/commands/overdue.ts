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
    `${c.bold(title)} ${c.dim(m.overdue.count(rows.length, hint))}`,
    ...renderTable(
      headers.map((h, i) => ({ header: h, flex: i === 0 || i === headers.length - 1, align: h === m.columns.late ? 'right' : 'left' })),
      rows.map(cells),
      width,
      c.dim,
    ),
  ];
}

function render(r: Review, c: Colors, width: number | null): string[] {
  const t = m.overdue;
  const k = m.columns;
  const out = [c.bold(t.title(r.date, r.totals))];
  out.push(
    ...section(t.overdue.title, t.overdue.hint, r.items,
      (s) => [nameText(s, c), s.due, lateText(s, c), heatText(s, c), s.lastContact ?? c.dim(m.common.never), nextText(s, c)],
      [k.name, k.due, k.late, k.heat, k.last, k.next], c, width),
    ...section(t.cooling.title, t.cooling.hint, r.cooling,
      (s) => [nameText(s, c), t.gap(s.daysSinceContact), t.cadence(s.cadence), heatText(s, c), clean(s.stage ?? '-')],
      [k.name, t.columns.gap, t.columns.cadence, k.heat, k.stage], c, width),
    ...section(t.stalled.title, t.stalled.hint, r.stalled,
      (s) => [nameText(s, c), t.contacts(s.stalledContacts), clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, t.columns.sinceStage, k.stage, k.heat, k.last], c, width),
    ...section(t.noClose.title, t.noClose.hint, r.noClose,
      (s) => [nameText(s, c), t.contacts(s.contactsSinceClose), clean(s.stage ?? '-'), heatText(s, c), s.lastContact ?? '-'],
      [k.name, t.columns.sinceClose, k.stage, k.heat, k.last], c, width),
  );
  if (out.length === 1) out.push('', t.allOnRhythm);
  return out;
}
