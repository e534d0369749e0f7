import type { Context } from '../context.js';
import { localDate, parseUserDate, type IsoDate } from '../domain/dates.js';
import { buildEntry, checkStage, closeFromText, entryWarnings, TIME, type LogInput } from '../domain/entry.js';
import { issue, UserError } from '../domain/errors.js';
import { appendBlock, renderEntry, setFrontMatterValue, typedNotAsked } from '../domain/format.js';
import { localeOfText } from '../domain/format/detect.js';
import { KINDS, LOCALES, reading, type Kind } from '../domain/format/vocabulary.js';
import { chronological } from '../domain/order.js';
import { cadenceOf, plannedNext, summarize } from '../domain/summary.js';
import { coveredTopics, openProblems } from '../domain/topics.js';
import type { Config } from '../domain/config.js';
import type { Customer } from '../domain/types.js';
import { describe } from '../i18n/messages.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { renderEntry as showEntry } from '../ui/entries.js';
import { isPromptAbort } from '../ui/abort.js';
import { clean } from '../ui/text.js';
import { logView } from '../ui/views/log.js';

type Options = OptionsOf<'log'>;

/** Flags that say what happened at a contact (all but the plan). */
function contactFields(o: Options): boolean {
  return Boolean(o.purpose || o.note || o.state || o.askedClose || o.notAsked || o.close !== undefined || o.stage || o.topic.length > 0 || o.problem.length > 0);
}

function hasContent(o: Options): boolean {
  return contactFields(o) || Boolean(o.next || o.nextAction);
}

/** Only a plan was given: that is a plan entry, not a contact that never happened. */
function onlyPlan(o: Options): boolean {
  return !contactFields(o) && Boolean(o.next || o.nextAction);
}

/** The entry's day and time from --date and --time. */
function whenOf(ctx: Context, o: Options): { date: IsoDate; time: string | null } {
  const date = o.date ? parseUserDate(o.date, ctx.today, '--date') : ctx.today;
  if (o.time !== undefined && !TIME.test(o.time)) throw new UserError(issue('log.badTime', { time: o.time }));
  return { date, time: o.time ?? null };
}

/** A kind in any locale's words (visit, 拜访, Visit...). */
function kindOf(word: string | undefined): Kind | undefined {
  if (word === undefined) return undefined;
  const kind = reading.kindToKey.get(word.trim().toLowerCase());
  if (kind) return kind;
  throw new UserError(issue('log.badKind', { word, kinds: KINDS, chinese: KINDS.map((k) => LOCALES.zh.kinds[k]) }));
}

/** A next contact must come after the one being logged, or it would never count. */
function nextAfter(next: string, date: string): string {
  if (next > date) return next;
  throw new UserError(issue('log.nextNotAfter', { next, date }));
}

/** The close as the flags say it: asked with what came back, or not asked. */
function closeOf(o: Options): LogInput['close'] {
  if ((o.notAsked && (o.askedClose || o.close !== undefined)) || (o.askedClose && o.close !== undefined && typedNotAsked(o.close))) {
    throw new UserError(issue('log.closeBoth'));
  }
  if (o.notAsked) return { asked: false, outcome: '' };
  if (o.close !== undefined) return closeFromText(o.close);
  return o.askedClose ? { asked: true, outcome: '' } : null;
}

function fromFlags(ctx: Context, o: Options, config: Config): LogInput {
  const { date, time } = whenOf(ctx, o);
  return {
    date,
    time,
    kind: kindOf(o.kind) ?? (onlyPlan(o) ? 'plan' : 'visit'),
    purpose: o.purpose,
    discussed: o.note,
    topics: o.topic,
    state: o.state,
    problems: o.problem,
    close: closeOf(o),
    stage: o.stage === undefined ? undefined : checkStage(o.stage, config),
    nextDate: o.next ? nextAfter(parseUserDate(o.next, date, '--next'), date) : undefined,
    nextAction: o.nextAction,
  };
}

/** Guided questions, pre-filled from the last plan, after showing what was already said. */
async function fromPrompts(ctx: Context, o: Options, config: Config, customer: Customer): Promise<LogInput> {
  // --date and --time are checked before the first question, as with flags or the editor.
  const { date, time } = whenOf(ctx, o);
  const { ask, askDate, yesNo, pick } = await import('../ui/prompts.js');
  const book = ctx.notebook();
  const c = ctx.term.colors;
  const t = ctx.t.log;
  const q = t.ask;
  const summary = summarize(customer, config, ctx.today);
  const last = chronological(customer.entries).pop();
  if (last) ctx.term.print([c.dim(t.lastEntry), ...showEntry(last, c, LOCALES[config.locale])]);
  const topics = coveredTopics(customer.entries).slice(0, 12);
  if (topics.length > 0) {
    ctx.term.print(c.dim(t.covered) + topics.map((x) => t.coveredTopic(clean(x.topic), x.last)).join(', '));
  }
  // Answers left by a log that was interrupted (Ctrl-C) are offered again, as the defaults.
  const left = await book.draft(customer.relPath);
  const leftOn = left && localDate(new Date(left.at));
  const draft: Record<string, unknown> = left && (await yesNo(q.resume(leftOn!), ctx.t, true)) ? left.answers : {};
  const given: Record<string, unknown> = {};
  const text = (key: string, fallback?: string | null) => (typeof draft[key] === 'string' ? (draft[key] as string) : (fallback ?? undefined));
  // A draft is a file like any other: a value that is not one of the choices is no default.
  const oneOf = <V>(key: string, values: readonly V[], fallback: V): V => (values.includes(draft[key] as V) ? (draft[key] as V) : fallback);
  const keep = <T>(key: string, value: T): T => {
    given[key] = value;
    return value;
  };
  try {
    const kind = kindOf(o.kind) ?? keep('kind', await pick(q.kind, KINDS.map((k) => ({ name: ctx.t.common.kind(k), value: k })), oneOf<Kind>('kind', KINDS, 'visit'), ctx.t));
    const purpose = keep('purpose', await ask(q.purpose, text('purpose', summary.nextAction)));
    const discussed = keep('discussed', await ask(q.discussed, text('discussed')));
    const state = keep('state', await ask(q.state, text('state')));
    const open = openProblems(customer.entries)?.problems ?? [];
    const problems = keep('problems', await ask(q.problems(open.length > 0), text('problems', open.join('; '))));
    const choices = q.closeChoices;
    const closeValues = ['asked', 'notAsked', 'unsaid'] as const;
    const close = keep(
      'close',
      await pick(
        q.askedClose,
        [
          { name: choices.asked, value: 'asked' as const },
          { name: choices.notAsked, value: 'notAsked' as const },
          { name: choices.unsaid, value: 'unsaid' as const },
        ],
        oneOf('close', closeValues, 'unsaid'),
        ctx.t,
      ),
    );
    const outcome = close === 'asked' ? keep('outcome', await ask(q.outcome, text('outcome'))) : undefined;
    const current = customer.profile.stage;
    const stages = config.stages;
    const WON = '\u0000won';
    const stageValues = [...stages, ...(current && !stages.includes(current) ? [current] : []), WON];
    const stage = keep(
      'stage',
      await pick(
        q.stage,
        stageValues.map((s) => ({ name: s === WON ? q.won : s, value: s })),
        oneOf('stage', stageValues, current ?? stages[0]!),
        ctx.t,
      ),
    );
    const planned = plannedNext(summary, date);
    const resolve = (a: string) => {
      try {
        return parseUserDate(a, date);
      } catch {
        return null;
      }
    };
    const nextText = keep(
      'next',
      await askDate(q.next, text('next', planned)!, resolve, (a) => {
        const d = resolve(a);
        return d === null ? t.useDates : d > date ? null : t.nextMustFollow(date);
      }),
    );
    const nextAction = keep('nextAction', await ask(q.nextAction, text('nextAction')));
    return {
      date,
      time,
      kind,
      purpose,
      discussed,
      topics: [],
      state,
      // Emptying the problems that were shown means they were solved: say so in the file.
      problems: problems ? problems.split(/[;；]/).map((p) => p.trim()).filter(Boolean) : open.length > 0 ? [LOCALES[config.locale].none[0]!] : [],
      close: close === 'asked' ? { asked: true, outcome: outcome ?? '' } : close === 'notAsked' ? { asked: false, outcome: '' } : null,
      stage: stage === current || stage === WON ? undefined : stage,
      won: stage === WON,
      nextDate: nextText ? parseUserDate(nextText, date, 'next') : undefined,
      nextAction,
    };
  } catch (e) {
    // Ctrl-C: what was typed so far waits for the next `log` of this customer.
    if (isPromptAbort(e) && Object.keys(given).length > 0) {
      await book.saveDraft(customer.relPath, { ...draft, ...given }, ctx.io.now().getTime());
    }
    throw e;
  }
}

/** `followup log <customer>`: appends an entry, and updates the stage line when it changed. */
export default async function log(ctx: Context, [query]: string[], o: Options): Promise<Outcome> {
  const book = ctx.notebook();
  const config = await book.config();
  const customer = await book.find(query!, { for: 'write' });
  if (o.edit) {
    if (hasContent(o)) throw new UserError(issue('edit.withFields'));
    const { logInEditor } = await import('./log-edit.js');
    return logInEditor(ctx, customer, { ...whenOf(ctx, o), kind: kindOf(o.kind) ?? 'visit' });
  }
  let input: LogInput;
  if (hasContent(o)) input = fromFlags(ctx, o, config);
  else if (ctx.term.interactive) input = await fromPrompts(ctx, o, config, customer);
  else throw new UserError(issue('log.nothing', { name: customer.profile.name }));
  const cadence = cadenceOf(customer, config, ctx.today);
  // Built inside the write, from the file as it is now: the stage is the one there, and the
  // labels and kinds are those the file is written in (the notebook's locale for a new file).
  let fresh = customer;
  let built: ReturnType<typeof buildEntry> | null = null;
  const written = await book.update(customer.relPath, (text, current) => {
    fresh = current;
    const vocab = LOCALES[localeOfText(text, config.locale)];
    // "All solved" goes into the file in the file's words.
    const solved = input.problems.length === 1 && input.problems[0] === LOCALES[config.locale].none[0];
    built = buildEntry(solved ? { ...input, problems: [vocab.none[0]!] } : input, current.profile.stage, cadence, vocab);
    let out = appendBlock(text, renderEntry(built.entry, vocab));
    if (built.newStage) out = setFrontMatterValue(out, 'stage', built.newStage);
    if (input.won) out = setFrontMatterValue(out, 'status', 'won');
    return out;
  });
  await book.dropDraft(customer.relPath);
  const { entry, newStage } = built!;
  const before = summarize(fresh, config, ctx.today);
  const after = summarize(written, config, ctx.today);
  // A plan that was due by this contact's date and is still the pending one: not carried out.
  const stillOpen =
    before.reason === 'planned' && after.reason === 'planned' && before.due === after.due && before.nextAction === after.nextAction && before.due <= entry.date;
  const warnings = entryWarnings(entry, fresh.entries, written, ctx.today, {
    stage: after.stage,
    moved: newStage !== null,
    lateStages: config.lateStages,
    openPlan: stillOpen ? { date: after.nextDate, action: after.nextAction ?? '' } : null,
  });
  return outcome({
    result: { after, entry, name: customer.profile.name, file: customer.relPath, stage: newStage ? { from: fresh.profile.stage, to: newStage } : null },
    view: logView,
    json: (r, env) => ({ ...r.after, entry: r.entry, warnings: warnings.map((w) => ({ ...w, message: describe(env.t, w) })) }),
    warnings,
  });
}
