import type { Context } from '../context.js';
import { sameStage } from '../domain/method/stages.js';
import { byDue } from '../domain/agenda.js';
import type { Summary } from '../domain/summary.js';
import { messages as m } from '../i18n/messages.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { flagText, heatText, lateText, nameText } from '../ui/rows.js';
import { openNotebook, summarizeAll } from './shared.js';

interface Options {
  all?: boolean;
  tag?: string;
  stage?: string;
  sort: 'due' | 'name' | 'heat';
}

// Chinese names sort by pinyin, as a Chinese reader expects; Latin names as usual.
const names = new Intl.Collator(['zh-Hans-CN', 'en'], { sensitivity: 'base', numeric: true });

const ORDER: Record<Options['sort'], (a: Summary, b: Summary) => number> = {
  due: byDue,
  name: (a, b) => names.compare(a.name, b.name),
  heat: (a, b) => (b.heat ?? -1) - (a.heat ?? -1) || byDue(a, b),
};

/** Active customers first (closed ones have no due date to sort by), each group in `order`. */
function ordered(order: (a: Summary, b: Summary) => number) {
  return (a: Summary, b: Summary) => Number(a.status !== 'active') - Number(b.status !== 'active') || order(a, b);
}

/** `followup list`: one row per customer. */
export default async function list(ctx: Context, _args: string[], o: Options): Promise<void> {
  const opened = await openNotebook(ctx);
  const tag = o.tag?.toLowerCase();
  const rows = summarizeAll(opened, ctx.today)
    .filter((s) => o.all || s.status === 'active')
    .filter((s) => !tag || s.tags.some((t) => t.toLowerCase() === tag))
    .filter((s) => !o.stage || sameStage(s.stage, o.stage))
    .sort(ordered(ORDER[o.sort]));
  if (ctx.json) return ctx.printJson(rows);
  const c = ctx.colors;
  if (rows.length === 0) return ctx.print(opened.customers.length === 0 ? m.common.noCustomers : m.list.noMatch);
  const k = m.columns;
  ctx.print(
    renderTable(
      [
        { header: k.name, flex: true },
        { header: k.stage },
        { header: k.heat },
        { header: k.last },
        { header: k.due },
        { header: k.late, align: 'right' },
        { header: o.all ? k.status : k.flags, flex: true },
      ],
      rows.map((s) => [
        nameText(s, c),
        clean(s.stage ?? '-'),
        heatText(s, c),
        s.lastContact ?? c.dim(m.common.never),
        s.status === 'active' ? s.due : c.dim('-'),
        lateText(s, c),
        o.all && s.status !== 'active' ? m.common.status(s.status) : flagText(s, c),
      ]),
      ctx.width,
      c.dim,
    ),
  );
}
