import type { Context } from '../context.js';
import { addDays, DATE_HELP, parseUserDate } from '../domain/dates.js';
import { buildEntry, checkStage, TIME, type LogInput } from '../domain/entry.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, renderEntry, setFrontMatterValue, topicsIn } from '../domain/format.js';
import { cadenceOf, chronological, summarize } from '../domain/summary.js';
import { coveredTopics, openProblems, repeatedTopics } from '../domain/topics.js';
import type { Customer } from '../domain/types.js';
import { CONTACT_KINDS, KINDS, LOCALES, type Kind } from '../i18n/vocabulary.js';
import { renderEntry as showEntry } from '../ui/entries.js';
import { clean } from '../ui/text.js';
import { messages as m } from '../i18n/messages.js';
import { openNotebook, pickCustomer, type Opened } from './shared.js';

interface Options {
  date?: string;
  time?: string;
  kind?: Kind;
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

/** A next contact must come after the one being logged, or it would never count. */
function nextAfter(next: string, date: string): string {
  if (next > date) return next;
  throw new UserError(`--next ${next} is not after this entry's date ${date}; give a later date such as +2w`);
}

function fromFlags(ctx: Context, o: Options, opened: Opened): LogInput {
  const date = o.date ? parseUserDate(o.date, ctx.today, '--date') : ctx.today;
  if (o.time !== undefined && !TIME.test(o.time)) throw new UserError(`'${clean(o.time)}' is not a time; use HH:MM such as 14:30`);
  return {
    date,
    time: o.time ?? null,
    kind: o.kind ?? 'visit',
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
  const summary = summarize(customer, opened.config, ctx.today);
  const last = chronological(customer.entries).pop();
  if (last) ctx.print([c.dim('Last entry:'), ...showEntry(last, c, LOCALES[opened.config.locale])]);
  const topics = coveredTopics(customer.entries).slice(0, 12);
  if (topics.length > 0) {
    ctx.print(c.dim('Already covered: ') + topics.map((t) => `#${clean(t.topic)} (${t.last})`).join(', '));
  }
  const date = o.date ? parseUserDate(o.date, ctx.today, '--date') : ctx.today;
  const kind = o.kind ?? (await select({ message: 'Kind', choices: KINDS.map((k) => ({ name: k, value: k })), default: 'visit' }));
  const purpose = await ask('Purpose of this contact', summary.nextAction);
  const discussed = await ask('Discussed (use #topic for topics)');
  const state = await ask("Customer's state now");
  const problems = await ask('Open problems (separate with ;)', openProblems(customer.entries)?.problems.join('; '));
  const asked = await confirm({ message: 'Did you ask for the close?', default: false });
  const outcome = asked ? await ask('What came back') : undefined;
  const current = customer.profile.stage;
  const stages = opened.config.stages;
  const stage = await select({
    message: 'Stage',
    choices: [...stages, ...(current && !stages.includes(current) ? [current] : [])].map((s) => ({ name: s, value: s })),
    default: current ?? stages[0],
  });
  const cadence = cadenceOf(customer, opened.config);
  const nextText = await ask('Next contact (date, +2w, fri...)', addDays(date, cadence), (a) => {
    try {
      return parseUserDate(a, date) > date ? null : `the next contact must come after ${date}`;
    } catch {
      return `use ${DATE_HELP}`;
    }
  });
  const nextAction = await ask('Plan for the next contact');
  return {
    date,
    time: o.time ?? null,
    kind,
    purpose,
    discussed,
    topics: [],
    state,
    problems: problems ? problems.split(/[;；]/).map((p) => p.trim()).filter(Boolean) : [],
    close: asked ? { asked: true, outcome: outcome ?? '' } : null,
    stage: stage === current ? undefined : stage,
    nextDate: nextText ? parseUserDate(nextText, date, 'next date') : undefined,
    nextAction,
  };
}

/** `followup log <customer>`: appends an entry, and updates the stage line when it changed. */
export default async function log(ctx: Context, [query]: string[], o: Options): Promise<void> {
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened.customers, query!);
  let input: LogInput;
  if (hasContent(o)) input = fromFlags(ctx, o, opened);
  else if (ctx.interactive) input = await fromPrompts(ctx, o, opened, customer);
  else {
    throw new UserError(
      `nothing to log for ${clean(customer.profile.name)}: say what happened with -m "<what was discussed>" (or --purpose, --state, --next), or run it in a terminal to be asked`,
    );
  }
  const cadence = cadenceOf(customer, opened.config);
  const vocab = LOCALES[opened.config.locale];
  // The file is read again inside the write, so the stage is taken from what is there now.
  const fresh = await opened.book.reload(customer.relPath);
  const { entry, newStage } = buildEntry(input, fresh.profile.stage, cadence, vocab);
  await opened.book.update(customer.relPath, (text) => {
    let out = appendBlock(text, renderEntry(entry, vocab));
    if (newStage) out = setFrontMatterValue(out, 'stage', newStage);
    return out;
  });

  const topics = topicsIn(Object.values(entry.fields).join(' '));
  const repeated = repeatedTopics(topics, customer.entries);
  const warnings: string[] = [];
  if (!entry.fields.purpose && (CONTACT_KINDS as readonly string[]).includes(entry.kind)) {
    warnings.push('this contact has no purpose; every visit needs one (--purpose)');
  }
  if (repeated) {
    const said = repeated.map((t) => `#${clean(t.topic)} (${t.dates.join(', ')})`).join(', ');
    warnings.push(`every topic was covered before: ${said}; move the deal forward instead of repeating`);
  }
  if (entry.date > ctx.today) warnings.push(`${entry.date} is in the future; the customer counts as contacted then`);
  for (const w of warnings) ctx.warn(`warning: ${w}`);

  const after = summarize(await opened.book.reload(customer.relPath), opened.config, ctx.today);
  if (ctx.json) return ctx.printJson({ ...after, entry, warnings });
  const c = ctx.colors;
  ctx.print([
    `Logged ${entry.kind} with ${clean(customer.profile.name)} on ${entry.date} in ${clean(customer.relPath)}.`,
    newStage ? `Stage: ${clean(fresh.profile.stage ?? '-')} -> ${clean(newStage)}` : null,
    `Next: ${after.due}${after.nextAction ? ` ${clean(after.nextAction)}` : ''}${after.reason === 'planned' ? '' : c.dim(` (${m.reason(after)})`)}`,
  ].filter((l): l is string => l !== null));
}
