/** What release, won, lost and reopen print: the follow-up record first, then what was done. */
import type { FollowupRecord } from '../../domain/record.js';
import type { Summary } from '../../domain/summary.js';
import type { Status } from '../../domain/types.js';
import { renderTable } from '../table.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';
import { append } from '../../domain/lists.js';

export interface StatusResult {
  name: 'release' | 'won' | 'lost' | 'reopen';
  after: Summary;
  reason: string | null;
  record: FollowupRecord | null;
  status: Status;
}

/** One line about a customer before won or reopen. */
export function briefLine(s: Summary, { colors: c, t }: ViewEnv): string {
  return `${c.bold(clean(s.name))} ${c.dim(t.status.brief(s.status, clean(s.stage ?? '-'), s.contacts, s.lastContact))}`;
}

export function doneView(r: StatusResult, { colors: c, t: all }: ViewEnv): string[] {
  const t = all.status;
  const s = r.after;
  const why = r.reason ? t.because(clean(r.reason)) : '';
  if (r.name === 'reopen') {
    const late = s.overdueDays > 0 ? c.red(t.late(s.overdueDays)) : '';
    return [t.reopened(c.bold(clean(s.name)), why, s.due, late)];
  }
  return [t.done(t.closed[r.name], c.bold(clean(s.name)), why, s.status, clean(s.path)), c.dim(t.undo(clean(s.slug)))];
}

/** The follow-up record as a rep reads it before letting a customer go. */
export function recordView(name: string, r: FollowupRecord, { colors: c, width, t: all }: ViewEnv): string[] {
  const t = all.record;
  const out = [c.bold(t.title(clean(name))) + c.dim(t.asOf(r.date))];
  out.push(`  ${t.history(r.contacts, r.firstContact, r.lastContact, r.cadence)}`);
  if (r.gaps.length > 0) {
    const longest = r.longestGap!;
    out.push(`  ${t.lateGaps(r.gapsOverCadence, r.gaps.length)}` + c.dim(t.longest(longest.days)));
    const late = r.gaps.filter((g) => g.overCadence);
    if (late.length > 0) {
      const rows = late.map((g) => [g.from, g.open ? t.openGap(g.to) : g.to, t.days(g.days), c.red(`+${g.days - r.cadence}`)]);
      const k = t.columns;
      append(out, renderTable([{ header: k.from }, { header: k.to }, { header: k.gap, align: 'right' }, { header: k.late, align: 'right' }], rows, width === null ? null : width - 4, c.dim).map((l) => `    ${l}`));
    }
  }
  const stall = r.longestStall;
  out.push(`  ${t.stall(stall?.contacts ?? null)}` + (stall ? c.dim(t.stallSpan(stall.from, stall.to)) : ''));
  out.push(`  ${t.close(r.closesAsked, r.contacts)}`);
  const paint = r.followupFailed ? c.yellow : c.green;
  out.push(`  ${paint(t.verdict(r.verdict))}`);
  return out;
}
