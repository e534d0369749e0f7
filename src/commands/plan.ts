import type { Context } from '../context.js';
import { daysBetween, type IsoDate } from '../domain/dates.js';
import { appendBlock, renderEntry } from '../domain/format.js';
import { buildPlan, planWindow, type PlanDay } from '../domain/plan.js';
import type { Summary } from '../domain/summary.js';
import { LOCALES } from '../i18n/vocabulary.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { heatText, nameText, nextText, visitColumns, whyText } from '../ui/rows.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { openNotebook, summarizeAll, type Opened } from './shared.js';

interface Options {
  days?: number;
  week?: boolean;
  apply?: boolean;
}

export interface PlanResult {
  from: IsoDate;
  until: IsoDate;
  /** On today's agenda, so left out of a window that starts after today. */
  today: Summary[];
  days: PlanDay<Summary>[];
  unplaced: Summary[];
  /** Files written by --apply. */
  applied: number;
}

/** `followup plan`: the visits due in the coming working days, spread within capacity. */
export default async function plan(ctx: Context, _args: string[], o: Options): Promise<void> {
  const opened = await openNotebook(ctx);
  const { config } = opened;
  const window = planWindow(ctx.today, config.workdays, { days: o.days, week: o.week });
  const placed = buildPlan(summarizeAll(opened, ctx.today), ctx.today, window, config.capacity);
  const applied = o.apply ? await apply(ctx, opened, placed.days) : 0;
  const result: PlanResult = { from: window.from, until: window.until, today: placed.today, days: placed.days, unplaced: placed.unplaced, applied };
  if (ctx.json) return ctx.printJson(result);
  const again = ['followup plan', o.week ? '--week' : o.days ? `--days ${o.days}` : '', '--apply'].filter(Boolean).join(' ');
  ctx.print(render(result, o.apply ? null : again, config.capacity, ctx.colors, ctx.width));
}

/** A plan entry dated today for each placed customer not already planned on that day. */
async function apply(ctx: Context, opened: Opened, days: PlanDay<Summary>[]): Promise<number> {
  const vocab = LOCALES[opened.config.locale];
  let written = 0;
  for (const day of days) {
    for (const s of day.items) {
      // Already due that day (by plan or by rhythm), or kept on today's agenda: nothing to write.
      if (s.due === day.date || day.date === ctx.today) continue;
      const next = [day.date, s.nextAction].filter(Boolean).join(' ');
      const block = renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, vocab);
      await opened.book.update(s.path, (text) => appendBlock(text, block));
      written++;
    }
  }
  return written;
}

function render(r: PlanResult, applyHint: string | null, capacity: number, c: Colors, width: number | null): string[] {
  const t = m.plan;
  const count = r.days.reduce((n, d) => n + d.items.length, 0);
  const out = [c.bold(t.title(r.from, r.until, count, r.days.length))];
  if (r.today.length > 0) out.push(t.today(r.today.length));
  for (const day of r.days) {
    out.push('', c.bold(t.day(day.date)) + c.dim(t.load(day.items.length, capacity)));
    if (day.items.length === 0) continue;
    out.push(
      ...renderTable(
        visitColumns(false),
        day.items.map((s) => [nameText(s, c), s.due, late(s, day.date, c), whyText(s), heatText(s, c), nextText(s, c)]),
        width,
        c.dim,
      ),
    );
  }
  if (r.unplaced.length > 0) {
    out.push('', c.yellow(t.noRoom(r.unplaced.length)) + r.unplaced.map((s) => clean(s.name)).join(', '));
  }
  if (count === 0 && r.unplaced.length === 0) out.push('', t.nobody(r.today.length > 0, r.until));
  else out.push('', applyHint ? c.dim(t.applyWith(applyHint)) : t.applied(r.applied));
  return out;
}

/** Days late on the day the visit is planned for, which is what the plan decides. */
function late(s: Summary, day: IsoDate, c: Colors): string {
  const n = Math.max(0, daysBetween(day, s.due));
  return n > 0 ? c.red(m.common.daysLate(n)) : '';
}
