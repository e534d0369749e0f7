/** The numbers a manager asks for, as bars and a table. */
import type { Stats } from '../../domain/stats.js';
import { bars } from '../bars.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';
import { append } from '../../domain/lists.js';

const percent = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);

export function statsView(s: Stats, { colors: c, width, t: all }: ViewEnv): string[] {
  const t = all.stats;
  const out = [c.bold(t.title(s.since, s.until, s.contacts, s.customers))];
  out.push('', c.bold(t.perWeek) + c.dim(t.perWeekNote));
  append(out, bars(s.weeks.map((w) => ({ label: w.week, value: w.contacts })), c, width));

  const g = s.gaps;
  out.push('');
  if (g.count === 0) out.push(t.rhythm(c.dim(t.noGaps)));
  else {
    const late = g.overShare !== null && g.overShare > 0.5 ? c.yellow : (x: string) => x;
    out.push(t.rhythm(t.averageGap(g.averageDays, g.averageCadence)));
    out.push(t.lateGaps(late(t.lateGapsText(g.overCadence, g.count, percent(g.overShare)))));
  }
  out.push(t.closeAsked(s.close.contacts === 0 ? c.dim(t.noContacts) : t.closeRate(s.close.asked, s.close.contacts, percent(s.close.rate))));

  const f = s.funnel;
  out.push('', c.bold(t.funnel) + c.dim(t.funnelNote));
  append(out, bars(f.stages.map((x) => ({ label: x.stage === null ? t.noStage : clean(x.stage) + (x.configured ? '' : ' *'), value: x.customers })), c, width));
  if (f.stages.some((x) => x.stage !== null && !x.configured)) out.push(c.dim(`  ${t.notConfigured}`));
  out.push(`  ${t.closed(f.won, f.lost, f.released)}`);

  out.push('', c.bold(t.outcomes));
  if (s.outcomes.length === 0) out.push(c.dim(`  ${t.none}`));
  else {
    const rows = s.outcomes.map((x) => [
      c.bold(clean(x.name)),
      all.common.status(x.status),
      x.date,
      x.reason === null ? c.dim('-') : clean(x.reason),
      x.followupFailed === null ? '' : x.followupFailed ? c.yellow(t.mayHaveFailed) : t.keptRhythm,
    ]);
    const columns = [
      { header: all.columns.name, flex: true },
      { header: all.columns.status },
      { header: t.columns.date },
      { header: t.columns.reason, flex: true },
      { header: t.columns.followup },
    ];
    append(out, renderTable(columns, rows, width === null ? null : width - 2, c.dim).map((l) => `  ${l}`));
  }
  return out;
}
