/** The agenda as a rep reads it in the morning. */
import type { Agenda } from '../../domain/agenda.js';
import type { Summary } from '../../domain/summary.js';
import type { Messages } from '../../i18n/messages.js';
import { flagText, heatText, lateText, nameText, nextText, visitColumns, whyText } from '../rows.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export function agendaView(a: Agenda & { customers: number }, { colors: c, width, t }: ViewEnv): string[] {
  const m = t.agenda;
  const span = m.span(a.from, a.until);
  if (a.customers === 0) return [t.common.noCustomers];
  const out: string[] = [];
  if (a.dayOff) out.push(c.dim(m.dayOff(a.date, a.from)), '');
  out.push(c.bold(m.title(span, a.items.length)) + (a.spillover.length ? c.dim(m.overCapacity(a.spillover.length)) : ''));
  if (a.items.length === 0) out.push(m.nothingDue(span));
  else {
    const [name, ...rest] = visitColumns(t, true);
    out.push(
      '',
      ...renderTable(
        // The phone next to the name: the agenda is read in the car, between visits.
        [name!, { header: m.phone }, ...rest],
        a.items.map((s) => [
          m.flagged(nameText(s, c), flagText(s, c, t)),
          s.phone ? clean(s.phone) : c.dim('-'),
          s.due,
          lateText(s, c, t),
          whyText(s, t),
          heatText(s, c),
          s.lastContact ?? c.dim(t.common.never),
          nextText(s, c),
        ]),
        width,
        c.dim,
      ),
    );
  }
  if (a.newCustomers.length > 0) {
    out.push('', c.bold(m.newCustomers) + c.dim(m.newNote(a.newCustomers.length)));
    out.push(
      ...renderTable(
        [{ header: t.columns.name, flex: true }, { header: m.phone }, { header: t.overdue.columns2.due }, { header: t.columns.next, flex: true }],
        a.newCustomers.map((s) => [nameText(s, c), s.phone ? clean(s.phone) : c.dim('-'), s.due, nextText(s, c)]),
        width,
        c.dim,
      ),
    );
  }
  if (a.spillover.length > 0) {
    out.push('', c.dim(m.spillover(names(t, a.spillover, (s) => clean(s.name)))));
  }
  const day = `${c.bold(m.nextDay)} ${c.dim(m.nextDayDate(a.nextDay))}`;
  out.push(
    '',
    a.tomorrow.length === 0
      ? m.nextNothing(day)
      : m.nextNames(day, names(t, a.tomorrow, (s) => clean(s.name) + (s.nextAction ? c.dim(m.nextAction(clean(s.nextAction))) : ''), '; ')),
  );
  return out;
}

const SHOWN = 12;

/** A list of names that stays one readable line however long the notebook. */
function names(t: Messages, list: Summary[], show: (s: Summary) => string, sep = ', '): string {
  const more = list.length > SHOWN ? t.agenda.more(list.length - SHOWN) : '';
  return list.slice(0, SHOWN).map(show).join(sep) + more;
}
