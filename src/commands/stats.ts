import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { UserError } from '../domain/errors.js';
import { buildStats, defaultSince, type Stats } from '../domain/stats.js';
import { messages as m } from '../i18n/messages.js';
import type { Colors } from '../ui/color.js';
import { renderTable } from '../ui/table.js';
import { bars } from '../ui/bars.js';
import { clean } from '../ui/text.js';
import { openNotebook } from './shared.js';

interface Options {
  since?: string;
  until?: string;
}

/** `followup stats`: contacts per week, rhythm, close-ask rate, funnel and outcomes of a period. */
export default async function stats(ctx: Context, _args: string[], o: Options): Promise<void> {
  const until = o.until ? parseUserDate(o.until, ctx.today, '--until date') : ctx.today;
  const since = o.since ? parseUserDate(o.since, ctx.today, '--since date') : defaultSince(until);
  if (since > until) throw new UserError(`--since ${since} is after --until ${until}; the period must start before it ends`);
  const opened = await openNotebook(ctx);
  const result = buildStats(opened.customers, opened.config, since, until);
  if (ctx.json) return ctx.printJson(result);
  ctx.print(render(result, ctx.colors, ctx.width));
}

const percent = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function render(s: Stats, c: Colors, width: number | null): string[] {
  const out = [c.bold(`Stats ${s.since} to ${s.until}: ${plural(s.contacts, 'contact')} with ${plural(s.customers, 'customer')}`)];
  out.push('', c.bold('Contacts per week') + c.dim(' (weeks start on Monday)'));
  out.push(...bars(s.weeks.map((w) => ({ label: w.week, value: w.contacts })), c, width));

  const g = s.gaps;
  out.push('');
  if (g.count === 0) out.push(`Rhythm:      ${c.dim('no gap between two contacts ended in this period')}`);
  else {
    const late = g.overShare !== null && g.overShare > 0.5 ? c.yellow : (x: string) => x;
    out.push(`Rhythm:      average gap ${g.averageDays} days against an average cadence of ${g.averageCadence} days`);
    out.push(`Late gaps:   ${late(`${g.overCadence} of ${plural(g.count, 'gap')} (${percent(g.overShare)}) longer than the cadence`)}`);
  }
  out.push(`Close asked: ${s.close.contacts === 0 ? c.dim('no contacts') : `in ${s.close.asked} of ${plural(s.close.contacts, 'contact')} (${percent(s.close.rate)})`}`);

  const f = s.funnel;
  out.push('', c.bold('Funnel') + c.dim(' (active customers by stage, today)'));
  out.push(...bars(f.stages.map((x) => ({ label: x.stage === null ? '(no stage)' : clean(x.stage) + (x.configured ? '' : ' *'), value: x.customers })), c, width));
  if (f.stages.some((x) => x.stage !== null && !x.configured)) out.push(c.dim('  * not in the stages of .followup/config.yml'));
  out.push(`  Closed: ${f.won} won, ${f.lost} lost, ${f.released} released`);

  out.push('', c.bold('Won, lost and released in this period'));
  if (s.outcomes.length === 0) out.push(c.dim('  none'));
  else {
    const rows = s.outcomes.map((x) => [
      c.bold(clean(x.name)),
      x.status,
      x.date,
      x.reason === null ? c.dim('-') : clean(x.reason),
      x.followupFailed === null ? '' : x.followupFailed ? c.yellow('may have failed') : 'kept the rhythm',
    ]);
    const columns = [
      { header: m.columns.name, flex: true },
      { header: m.columns.status },
      { header: 'Date' },
      { header: 'Reason', flex: true },
      { header: 'Follow-up' },
    ];
    out.push(...renderTable(columns, rows, width === null ? null : width - 2, c.dim).map((l) => `  ${l}`));
  }
  return out;
}
