import type { Context } from '../context.js';
import { addDays, DATE_HELP, parseUserDate } from '../domain/dates.js';
import { buildEntry, checkStage, TIME, type LogInput } from '../domain/entry.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, renderEntry, setFrontMatterValue } from '../domain/format.js';
import { cadenceOf, chronological, summarize } from '../domain/summary.js';
import { coveredTopics, discussedTopics, openProblems, repeatedTopics } from '../domain/topics.js';
import type { Customer } from '../domain/types.js';
import { CONTACT_KINDS, KINDS, LOCALES, reading, type Kind } from '../i18n/vocabulary.js';
import { renderEntry as showEntry } from '../ui/entries.js';
import { clean } from '../ui/text.js';
import { messages as m } from '../i18n/messages.js';
import { openNotebook, pickCustomer, updateCustomer, type Opened } from './shared.js';

interface Options {
  date?: string;
  time?: string;
  kind?: string;
  purpose?: string;
  note?: string;
  topic: string[];
  state?: string;
  problem: string[];
  askedClose?: boolean;
  close?: string;
  stage?: string;
  next?: string;
  nextAction?: string;
}

function hasContent(o: Options): boolean {
  return Boolean(
    o.purpose || o.note || o.state || o.askedClose || o.close !== undefined || o.stage || o.next || o.nextAction ||
      o.topic.length > 0 || o.problem.length > 0,
  );
}

/** Only a plan was given: that is a plan entry, not a contact that never happened. */
function onlyPlan(o: Options): boolean {
  return Boolean(o.next || o.nextAction) && !(o.purpose || o.note || o.state || o.askedClose || o.close !== undefined || o.stage || o.topic.length > 0 || o.problem.length > 0);
}

/** A kind in any locale's words (visit, 拜访, Visit...). */
function kindOf(word: string | undefined): Kind | undefined {
  if (word === undefined) return undefined;
  const kind = reading.kindToKey.get(word.trim().toLowerCase());
  if (kind) return kind;
  throw new UserError(m.log.badKind(clean(word), KINDS, KINDS.map((k) => LOCALES.zh.kinds[k])));
}

/** A next contact must come after the one being logged, or it would never count. */
function nextAfter(next: string, date: string): string {
  if (next > date) return next;
  throw new UserError(m.log.nextNotAfter(next, date));
}

function fromFlags(ctx: Context, o: Options, opened: Opened): LogInput {
  const date = o.date ? parseUserDate(o.date, ctx.today, '--date') : ctx.today;
  if (o.time !== undefined && !TIME.test(o.time)) throw new UserError(m.log.badTime(clean(o.time)));
  return {
    date,
    time: o.time ?? null,
    kind: kindOf(o.kind) ?? (onlyPlan(o) ? 'plan' : 'visit'),
    purpose: o.purpose,
    discussed: o.note,
    topics: o.topic,
    state: o.state,
    problems: o.problem,
    close: o.close !== undefined ? { asked: true, outcome: o.close } : o.askedClose ? { asked: true, outcome: '' } : null,
    stage: o.stage === undefined ? undefined : checkStage(o.stage, opened.config),
    nextDate: o.next ? nextAfter(parseUserDate(o.next, date, '--next date'), date) : undefined,
    nextAction: o.nextAction,
  };
}

/** Guided questions, pre-filled from the last plan, after showing what was already said. */
async function fromPrompts(ctx: Context, o: Options, opened: Opened, customer: Customer): Promise<LogInput> {
  const { ask, confirm, select } = await import('../ui/prompts.js');
  const c = ctx.colors;
  const t = m.log;
  const q = t.ask;
  const summary = summarize(customer, opened.config, ctx.today);
  const last = chronological(customer.entries).pop();
  if (last) ctx.print([c.dim(t.lastEntry), ...showEntry(last, c, LOCALES[opened.config.locale])]);
  const topics = coveredTopics(customer.entries).slice(0, 12);
  if (topics.length > 0) {
    ctx.print(c.dim(t.covered) + topics.map((x) => t.coveredTopic(clean(x.topic), x.last)).join(', '));
  }
  const date = o.date ? parseUserDate(o.date, ctx.today, '--date') : ctx.today;
  const kind = kindOf(o.kind) ?? (await select({ message: q.kind, choices: KINDS.map((k) => ({ name: m.common.kind(k), value: k })), default: 'visit' }));
  const purpose = await ask(q.purpose, summary.nextAction);
  const discussed = await ask(q.discussed);
  const state = await ask(q.state);
  const open = openProblems(customer.entries)?.problems ?? [];
  const problems = await ask(q.problems(open.length > 0), open.join('; '));
  const asked = await confirm({ message: q.askedClose, default: false });
  const outcome = asked ? await ask(q.outcome) : undefined;
  const current = customer.profile.stage;
  const stages = opened.config.stages;
  const stage = await select({
    message: q.stage,
    choices: [...stages, ...(current && !stages.includes(current) ? [current] : [])].map((s) => ({ name: s, value: s })),
    default: current ?? stages[0],
  });
  const cadence = cadenceOf(customer, opened.config);
  // The plan already made, if it is still ahead; else one cadence from this contact.
  const planned = summary.nextDate !== null && summary.nextDate > date ? summary.nextDate : addDays(date, cadence);
  const nextText = await ask(q.next, planned, (a) => {
    try {
      return parseUserDate(a, date) > date ? null : t.nextMustFollow(date);
    } catch {
      return t.useDates(DATE_HELP);
    }
  });
  const nextAction = await ask(q.nextAction);
  return {
    date,
    time: o.time ?? null,
    kind,
    purpose,
    discussed,
    topics: [],
    state,
    // Emptying the problems that were shown means they were solved: say so in the file.
    problems: problems ? problems.split(/[;；]/).map((p) => p.trim()).filter(Boolean) : open.length > 0 ? [LOCALES[opened.config.locale].none[0]!] : [],
    close: asked ? { asked: true, outcome: outcome ?? '' } : null,
    stage: stage === current ? undefined : stage,
    nextDate: nextText ? parseUserDate(nextText, date, 'next date') : undefined,
    nextAction,
  };
}

/** `followup log <customer>`: appends an entry, and updates the stage line when it changed. */
export default async function log(ctx: Context, [query]: string[], o: Options): Promise<void> {
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened, query!);
  let input: LogInput;
  if (hasContent(o)) input = fromFlags(ctx, o, opened);
  else if (ctx.interactive) input = await fromPrompts(ctx, o, opened, customer);
  else {
    throw new UserError(m.log.nothingToLog(clean(customer.profile.name)));
  }
  const cadence = cadenceOf(customer, opened.config);
  const vocab = LOCALES[opened.config.locale];
  // Built inside the write, from the file as it is now: the stage is the one there.
  let fresh = customer;
  let built: ReturnType<typeof buildEntry> | null = null;
  const written = await updateCustomer(opened.book, customer.relPath, (text, current) => {
    fresh = current;
    built = buildEntry(input, current.profile.stage, cadence, vocab);
    let out = appendBlock(text, renderEntry(built.entry, vocab));
    if (built.newStage) out = setFrontMatterValue(out, 'stage', built.newStage);
    return out;
  });
  const { entry, newStage } = built!;

  const t = m.log;
  const repeated = repeatedTopics(discussedTopics({ ...entry, title: '', text: [] }), customer.entries);
  const warnings: string[] = [];
  if (!entry.fields.purpose && (CONTACT_KINDS as readonly string[]).includes(entry.kind)) {
    warnings.push(t.noPurpose);
  }
  if (repeated) {
    warnings.push(t.repeated(repeated.map((x) => t.repeatedTopic(clean(x.topic), x.dates)).join(', ')));
  }
  if (entry.date > ctx.today) warnings.push(t.future(entry.date));
  if (fresh.profile.status !== 'active') {
    warnings.push(t.inactive(clean(fresh.profile.name), fresh.profile.status, clean(customer.slug)));
  }
  for (const w of warnings) ctx.warn(m.common.warning(w));

  const after = summarize(written, opened.config, ctx.today);
  if (ctx.json) return ctx.printJson({ ...after, entry, warnings });
  const c = ctx.colors;
  ctx.print([
    t.logged(entry.kind, clean(customer.profile.name), entry.date, clean(customer.relPath)),
    newStage ? t.stage(clean(fresh.profile.stage ?? '-'), clean(newStage)) : null,
    t.next(after.due, after.nextAction ? clean(after.nextAction) : null, after.reason === 'planned' ? '' : c.dim(t.why(m.common.reason(after)))),
  ].filter((l): l is string => l !== null));
}
