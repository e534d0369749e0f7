/** The brief as a rep reads it before a visit. */
import type { Brief } from '../../domain/brief.js';
import type { Vocabulary } from '../../domain/format/vocabulary.js';
import type { Summary } from '../../domain/summary.js';
import type { Customer } from '../../domain/types.js';
import type { Messages } from '../../i18n/messages.js';
import { renderEntry } from '../entries.js';
import { heatBar } from '../heat.js';
import { flagText } from '../rows.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';
import { append } from '../../domain/lists.js';

export interface ShowResult {
  brief: Brief;
  customer: Customer;
  /** How many of the newest entries to print. */
  shown: number;
  vocab: Vocabulary;
}

export function showView({ brief: s, customer, shown, vocab }: ShowResult, { colors: c, t: all }: ViewEnv): string[] {
  const t = all.show;
  const p = customer.profile;
  const recent = s.entries.slice(0, shown);
  const out = [c.bold(clean(p.name)) + c.dim(`  ${clean(customer.relPath)}`)];
  const facts = [
    p.contact && t.contact(clean(p.contact)),
    p.phone && t.phone(clean(p.phone)),
    t.stage(clean(p.stage ?? '-')),
    p.status !== 'active' && t.status(p.status),
    t.cadence(s.cadence),
    p.tags.length > 0 && t.tags(p.tags.map(clean)),
  ].filter(Boolean);
  out.push(facts.join('  ·  '));
  if (s.extra.length > 0) out.push(s.extra.map(([k, v]) => t.extra(clean(k), clean(v))).join('  ·  '));
  if (s.notes.length > 0) out.push('', c.bold(t.notes), ...s.notes.map((l) => `  ${clean(l)}`));
  if (p.status === 'active') {
    out.push(t.heat(heatBar(s.heat, c), s.lastContact ?? all.common.never, s.daysSinceContact !== null ? c.dim(t.since(s.daysSinceContact)) : ''));
    const late = s.overdueDays > 0 ? c.red(t.late(s.overdueDays)) : '';
    out.push(t.due(s.due, late, c.dim(t.why(all.common.reason(s)))));
    if (s.nextAction) out.push(t.plan(clean(s.nextAction)));
    if (s.flags.some((f) => f !== 'overdue')) out.push(t.warnings(flagText(s, c, all), warningDetail(s, all)));
  }
  if (s.heatHistory.length > 0) {
    out.push('', c.bold(t.heatHistory), ...s.heatHistory.slice(-8).map((h) => `  ${h.date}  ${heatBar(h.heat, c)}`));
  }
  if (s.openProblems.length > 0) out.push('', c.bold(t.openProblems), ...s.openProblems.map((x) => `  - ${clean(x)}`));
  if (s.topics.length > 0) {
    out.push('', c.bold(t.dontRepeat) + c.dim(t.dontRepeatNote));
    out.push('  ' + s.topics.map((x) => `#${clean(x.topic)} ${c.dim(x.last)}`).join(', '));
  }
  if (recent.length > 0) {
    out.push('', c.bold(t.recent) + c.dim(t.recentNote(recent.length, customer.entries.length)));
    for (const e of recent) append(out, renderEntry(e, c, vocab).map((l) => '  ' + l));
  } else out.push('', c.dim(t.noEntries));
  return out;
}

function warningDetail(s: Summary, t: Messages): string {
  const d = t.show.detail;
  const parts: string[] = [];
  if (s.flags.includes('cooling')) parts.push(d.cooling(s.daysSinceContact));
  if (s.flags.includes('stalled')) parts.push(d.stalled(s.stalledContacts));
  if (s.flags.includes('no-close')) parts.push(d.noClose(s.contactsSinceClose));
  return parts.length ? d.all(parts) : '';
}
