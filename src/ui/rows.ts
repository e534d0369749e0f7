/** Summary rows shared by list, agenda and overdue. */
import type { Summary } from '../domain/summary.js';
import type { Messages } from '../i18n/messages.js';
import type { Colors } from './color.js';
import { heatBar } from './heat.js';
import type { Column } from './table.js';
import { clean } from './text.js';

export function flagText(s: Summary, c: Colors, t: Messages): string {
  return s.flags
    .filter((f) => f !== 'overdue')
    .map((f) => (f === 'cooling' ? c.blue : f === 'stalled' ? c.magenta : c.yellow)(t.flags[f] ?? f))
    .join(', ');
}

export function lateText(s: Summary, c: Colors, t: Messages): string {
  return s.overdueDays > 0 ? c.red(t.common.daysLate(s.overdueDays)) : '';
}

export function nameText(s: Summary, c: Colors): string {
  return c.bold(clean(s.name));
}

export function heatText(s: Summary, c: Colors): string {
  return heatBar(s.heat, c);
}

export function whyText(s: Summary, t: Messages): string {
  return t.common.reason(s);
}

export function nextText(s: Summary, c: Colors): string {
  return s.nextAction ? clean(s.nextAction) : c.dim('-');
}

/** The columns of a list of visits (agenda, plan): who, when, why, how warm, what to do. */
export function visitColumns(t: Messages, withLastContact: boolean): Column[] {
  const k = t.columns;
  return [
    { header: k.name, flex: true },
    { header: k.due },
    { header: k.late, align: 'right' },
    { header: k.why },
    { header: k.heat },
    ...(withLastContact ? [{ header: k.last }] : []),
    { header: k.next, flex: true },
  ];
}
