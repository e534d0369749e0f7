import type { Context } from '../context.js';
import { buildAgenda, type Agenda } from '../domain/agenda.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { flagText, heatText, lateText, nameText, nextText, whyText } from '../ui/rows.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { openNotebook, summarizeAll } from './shared.js';

/** `followup agenda`: who to see today, why, and what to do there. */
export default async function agenda(ctx: Context, _args: string[], o: { days: number }): Promise<void> {
  const opened = await openNotebook(ctx);
  const result = buildAgenda(summarizeAll(opened, ctx.today), ctx.today, o.days, opened.config.capacity);
  if (ctx.json) {
    const { tomorrow: _preview, ...rest } = result;
    return ctx.printJson(rest);
  }
  ctx.print(render(result, ctx.colors, ctx.width, opened.customers.length));
}

function render(a: Agenda, c: Colors, width: number | null, customers: number): string[] {
  const span = a.until === a.date ? a.date : `${a.date} to ${a.until}`;
  if (customers === 0) return [m.noCustomers];
  const out = [c.bold(`Agenda for ${span}: ${a.items.length} to see`) + (a.spillover.length ? c.dim(`, ${a.spillover.length} more over capacity`) : '')];
  if (a.items.length === 0) out.push(m.nothingDue(span));
  else {
    const k = m.columns;
    out.push(
      '',
      ...renderTable(
        [
          { header: k.name, flex: true },
          { header: k.due },
          { header: k.late, align: 'right' },
          { header: k.why },
          { header: k.heat },
          { header: k.last },
          { header: k.next, flex: true },
        ],
        a.items.map((s) => [
          nameText(s, c) + (flagText(s, c) ? ` (${flagText(s, c)})` : ''),
          s.due,
          lateText(s, c),
          whyText(s),
          heatText(s, c),
          s.lastContact ?? c.dim(m.never),
          nextText(s, c),
        ]),
        width,
        c.dim,
      ),
    );
  }
  if (a.spillover.length > 0) {
    out.push('', c.dim(`Over capacity: ${a.spillover.map((s) => clean(s.name)).join(', ')}`));
  }
  if (a.tomorrow.length > 0) {
    out.push('', `${c.bold('Next day')} ${c.dim(`(${a.tomorrow[0]!.due})`)}: ${a.tomorrow.map((s) => clean(s.name) + (s.nextAction ? c.dim(` - ${clean(s.nextAction)}`) : '')).join('; ')}`);
  }
  return out;
}
