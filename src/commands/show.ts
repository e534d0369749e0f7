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
  const p = customer.profile;
  const out = [c.bold(clean(p.name)) + c.dim(`  ${clean(customer.relPath)}`)];
  const facts = [
    p.contact && `Contact: ${clean(p.contact)}`,
    p.phone && `Phone: ${clean(p.phone)}`,
    `Stage: ${clean(p.stage ?? '-')}`,
    p.status !== 'active' && `Status: ${p.status}`,
    `Cadence: ${s.cadence} days`,
    p.tags.length > 0 && `Tags: ${p.tags.map(clean).join(', ')}`,
  ].filter(Boolean);
  out.push(facts.join('  ·  '));
  if (p.status === 'active') {
    out.push(`Heat: ${heatBar(s.heat, c)}   Last contact: ${s.lastContact ?? m.never}${s.daysSinceContact !== null ? c.dim(` (${m.ago(s.daysSinceContact)})`) : ''}`);
    const late = s.overdueDays > 0 ? c.red(` ${s.overdueDays} days overdue`) : '';
    out.push(`Due: ${s.due}${late} ${c.dim(`(${m.reason(s)})`)}`);
    if (s.nextAction) out.push(`Plan: ${clean(s.nextAction)}`);
    if (s.flags.some((f) => f !== 'overdue')) out.push(`Warnings: ${flagText(s, c)}` + warningDetail(s));
  }
  if (heat.length > 0) {
    out.push('', c.bold('Heat history'), ...heat.slice(-8).map((h) => `  ${h.date}  ${heatBar(h.heat, c)}`));
  }
  if (problems.length > 0) out.push('', c.bold('Open problems'), ...problems.map((x) => `  - ${clean(x)}`));
  if (topics.length > 0) {
    out.push('', c.bold("Don't repeat") + c.dim(' (topics covered, last discussed)'));
    out.push('  ' + topics.map((t) => `#${clean(t.topic)} ${c.dim(t.last)}`).join(', '));
  }
  if (recent.length > 0) {
    out.push('', c.bold('Recent entries') + c.dim(` (${recent.length} of ${customer.entries.length}, newest first)`));
    for (const e of recent) out.push(...renderEntry(e, c, vocab).map((l) => '  ' + l));
  } else out.push('', c.dim('No entries yet.'));
  return out;
}

function warningDetail(s: Summary): string {
  const parts: string[] = [];
  if (s.flags.includes('cooling')) parts.push(`${s.daysSinceContact} days since the last contact`);
  if (s.flags.includes('stalled')) parts.push(`${s.stalledContacts} contacts without a stage change`);
  if (s.flags.includes('no-close')) parts.push(`${s.contactsSinceClose} contacts since a close was asked`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}
