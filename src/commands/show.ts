import type { Context } from '../context.js';
import { heatOf } from '../domain/method/heat.js';
import { chronological, summarize, type Summary } from '../domain/summary.js';
import { coveredTopics, openProblems, type CoveredTopic } from '../domain/topics.js';
import type { Customer } from '../domain/types.js';
import { messages as m } from '../i18n/messages.js';
import { LOCALES, type Vocabulary } from '../i18n/vocabulary.js';
import type { Colors } from '../ui/color.js';
import { renderEntry } from '../ui/entries.js';
import { heatBar } from '../ui/heat.js';
import { flagText } from '../ui/rows.js';
import { clean } from '../ui/text.js';
import { openNotebook, pickCustomer } from './shared.js';

interface Options {
  entries: number;
  all?: boolean;
}

/** `followup show <customer>`: the brief to read before a visit. */
export default async function show(ctx: Context, [query]: string[], o: Options): Promise<void> {
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened, query!);
  const summary = summarize(customer, opened.config, ctx.today);
  const ordered = chronological(customer.entries);
  const heat = customer.profile.status === 'active' ? heatOf(ordered, summary.cadence, opened.config, ctx.today).history : [];
  const problems = openProblems(customer.entries);
  const topics = coveredTopics(customer.entries);
  if (ctx.json) {
    return ctx.printJson({
      ...summary,
      profile: customer.profile.fields,
      openProblems: problems?.problems ?? [],
      topics,
      heatHistory: heat,
      entries: ordered.reverse(),
    });
  }
  const shown = o.all ? ordered.length : o.entries;
  ctx.print(render(customer, summary, heat, problems?.problems ?? [], topics, ordered.slice(-shown).reverse(), ctx.colors, LOCALES[opened.config.locale]));
}

function render(
  customer: Customer,
  s: Summary,
  heat: { date: string; heat: number }[],
  problems: string[],
  topics: CoveredTopic[],
  recent: Customer['entries'],
  c: Colors,
  vocab: Vocabulary,
): string[] {
  const t = m.show;
  const p = customer.profile;
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
  if (p.status === 'active') {
    out.push(t.heat(heatBar(s.heat, c), s.lastContact ?? m.common.never, s.daysSinceContact !== null ? c.dim(t.since(s.daysSinceContact)) : ''));
    const late = s.overdueDays > 0 ? c.red(t.late(s.overdueDays)) : '';
    out.push(t.due(s.due, late, c.dim(t.why(m.common.reason(s)))));
    if (s.nextAction) out.push(t.plan(clean(s.nextAction)));
    if (s.flags.some((f) => f !== 'overdue')) out.push(t.warnings(flagText(s, c), warningDetail(s)));
  }
  if (heat.length > 0) {
    out.push('', c.bold(t.heatHistory), ...heat.slice(-8).map((h) => `  ${h.date}  ${heatBar(h.heat, c)}`));
  }
  if (problems.length > 0) out.push('', c.bold(t.openProblems), ...problems.map((x) => `  - ${clean(x)}`));
  if (topics.length > 0) {
    out.push('', c.bold(t.dontRepeat) + c.dim(t.dontRepeatNote));
    out.push('  ' + topics.map((x) => `#${clean(x.topic)} ${c.dim(x.last)}`).join(', '));
  }
  if (recent.length > 0) {
    out.push('', c.bold(t.recent) + c.dim(t.recentNote(recent.length, customer.entries.length)));
    for (const e of recent) out.push(...renderEntry(e, c, vocab).map((l) => '  ' + l));
  } else out.push('', c.dim(t.noEntries));
  return out;
}

function warningDetail(s: Summary): string {
  const d = m.show.detail;
  const parts: string[] = [];
  if (s.flags.includes('cooling')) parts.push(d.cooling(s.daysSinceContact));
  if (s.flags.includes('stalled')) parts.push(d.stalled(s.stalledContacts));
  if (s.flags.includes('no-close')) parts.push(d.noClose(s.contactsSinceClose));
  return parts.length ? d.all(parts) : '';
}
