/** Every customer on one line. */
import type { Summary } from '../../domain/summary.js';
import { flagText, heatText, lateText, nameText } from '../rows.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface ListResult {
  rows: Summary[];
  /** Closed customers included: their status shows where the flags would. */
  all: boolean;
  customers: number;
}

export function listView(r: ListResult, { colors: c, width, t }: ViewEnv): string[] {
  if (r.rows.length === 0) return [r.customers === 0 ? t.common.noCustomers : t.list.noMatch];
  const k = t.columns;
  return renderTable(
    [
      { header: k.name, flex: true },
      { header: k.stage },
      { header: k.heat },
      { header: k.last },
      { header: k.due },
      { header: k.late, align: 'right' },
      { header: r.all ? t.list.flagsOrStatus : k.flags, flex: true },
    ],
    r.rows.map((s) => [
      nameText(s, c),
      clean(s.stage ?? '-'),
      heatText(s, c),
      s.lastContact ?? c.dim(t.common.never),
      s.status === 'active' ? s.due : c.dim('-'),
      lateText(s, c, t),
      r.all && s.status !== 'active' ? t.common.status(s.status) : flagText(s, c, t),
    ]),
    width,
    c.dim,
  );
}
