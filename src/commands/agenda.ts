import type { Context } from '../context.js';
import { buildAgenda, type Agenda } from '../domain/agenda.js';
import type { Summary } from '../domain/summary.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { flagText, heatText, lateText, nameText, nextText, visitColumns, whyText } from '../ui/rows.js';
import { renderTable } from '../ui/table.js';
import { clean } from '../ui/text.js';
import { openNotebook, summarizeAll } from './shared.js';

/** `followup agenda`: who to see today, why, and what to do there. */
export default async function agenda(ctx: Context, _args: string[], o: { days?: number }): Promise<void> {
  const opened = await openNotebook(ctx);
  const { config } = opened;
  const result = buildAgenda(summarizeAll(opened, ctx.today), ctx.today, o.days ?? 1, config.capacity, config.workdays);
  if (ctx.json) {
    const { tomorrow: _preview, nextDay: _day, ...rest } = result;
    return ctx.printJson(rest);
  }
  ctx.print(render(result, ctx.colors, ctx.width, opened.customers.length));
}

function render(a: Agenda, c: Colors, width: number | null, customers: number): string[] {
  const t = m.agenda;
  const span = t.span(a.date, a.until);
  if (customers === 0) return [m.common.noCustomers];
  const out = [c.bold(t.title(span, a.items.length)) + (a.spillover.length ? c.dim(t.overCapacity(a.spillover.length)) : '')];
  if (a.items.length === 0) out.push(t.nothingDue(span));
  else {
    out.push(
      '',
      ...renderTable(
        visitColumns(true),
        a.items.map((s) => [
          t.flagged(nameText(s, c), flagText(s, c)),
          s.due,
          lateText(s, c),
          whyText(s),
          heatText(s, c),
          s.lastContact ?? c.dim(m.common.never),
          nextText(s, c),
        ]),
        width,
        c.dim,
      ),
    );
  }
  if (a.spillover.length > 0) {
    out.push('', c.dim(t.spillover(names(a.spillover, (s) => clean(s.name)))));
  }
  const day = `${c.bold(t.nextDay)} ${c.dim(t.nextDayDate(a.nextDay))}`;
  out.push(
    '',
    a.tomorrow.length === 0
      ? t.nextNothing(day)
      : t.nextNames(day, names(a.tomorrow, (s) => clean(s.name) + (s.nextAction ? c.dim(t.nextAction(clean(s.nextAction))) : ''), '; ')),
  );
  return out;
}

const SHOWN = 12;

/** A list of names that stays one readable line however long the notebook. */
function names(list: Summary[], show: (s: Summary) => string, sep = ', '): string {
  const more = list.length > SHOWN ? m.agenda.more(list.length - SHOWN) : '';
  return list.slice(0, SHOWN).map(show).join(sep) + more;
}
