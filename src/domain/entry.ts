/** A new entry from what a rep typed or answered, checked against the notebook's settings. */
import { CONTACT_KINDS, type FieldKey, type Kind, type Vocabulary } from './format/vocabulary.js';
import type { Config } from './config.js';
import { addDays, type IsoDate } from './dates.js';
import { issue, UserError, type Issue } from './errors.js';
import { oneLine, topicsIn, typedNotAsked, type NewEntry } from './format.js';
import { knownStage, sameStage, stageIn } from './method/stages.js';
import { discussedTopics, repeatedTopics } from './topics.js';
import type { Customer, Entry } from './types.js';

export interface LogInput {
  date: IsoDate;
  time: string | null;
  kind: Kind;
  purpose?: string;
  discussed?: string;
  topics: string[];
  state?: string;
  problems: string[];
  /** null: not said; otherwise whether the close was asked, and what came back. */
  close: { asked: boolean; outcome: string } | null;
  stage?: string;
  nextDate?: IsoDate;
  nextAction?: string;
  /** The deal was signed at this contact: the entry says so and the customer becomes won. */
  won?: boolean;
}

/** What `--close <text>` (or the guided log's answer) records: "not asked" when the text says so. */
export function closeFromText(text: string): NonNullable<LogInput['close']> {
  return { asked: !typedNotAsked(text), outcome: text };
}

/** The stage as configured (its spelling), or a UserError naming the stages there are. */
export function checkStage(stage: string, config: Config): string {
  const known = knownStage(stage, config.stages);
  if (known) return known;
  throw new UserError(issue('stage.unknown', { stage: oneLine(stage), stages: config.stages }));
}

/** A topic as `#word`: spaces become dashes, a leading # is optional. */
function topicTag(topic: string): string {
  const word = oneLine(topic).replace(/^#+/, '').replace(/\s+/g, '-');
  if (topicsIn(`#${word}`).length !== 1) throw new UserError(issue('topic.invalid', { topic: oneLine(topic) }));
  return `#${word}`;
}

export const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

/**
 * The entry to append, and the stage to write in the front matter when it changes. A plan with
 * an action but no date is due one cadence after the entry.
 */
export function buildEntry(
  input: LogInput,
  currentStage: string | null,
  cadence: number,
  vocab: Vocabulary,
): { entry: NewEntry; newStage: string | null } {
  const fields: Partial<Record<FieldKey, string>> = {};
  if (input.purpose) fields.purpose = input.purpose;
  const tags = input.topics.map(topicTag);
  const discussed = [input.discussed ?? '', ...tags.filter((t) => !topicsIn(input.discussed ?? '').includes(t.slice(1).toLowerCase()))]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
  if (discussed) fields.discussed = discussed;
  if (input.state) fields.state = input.state;
  if (input.problems.length > 0) fields.problems = input.problems.map(oneLine).join('; ');
  if (input.close) {
    const said = oneLine(input.close.outcome);
    // An answer that says "not asked" itself (暂未提出) is written as it is, in either language.
    if (!input.close.asked && typedNotAsked(said)) fields.close = said;
    else fields.close = [input.close.asked ? vocab.asked : vocab.notAsked, said].filter(Boolean).join(vocab.comma);
  }
  let newStage: string | null = null;
  if (input.stage) {
    if (currentStage && !sameStage(currentStage, input.stage)) fields.stage = `${currentStage} -> ${input.stage}`;
    else fields.stage = input.stage;
    if (!sameStage(currentStage, input.stage)) newStage = input.stage;
  }
  if (input.nextDate || input.nextAction) {
    const date = input.nextDate ?? addDays(input.date, cadence);
    fields.next = [date, input.nextAction].filter(Boolean).join(' ');
  }
  if (input.won) fields.status = 'won';
  return { entry: { date: input.date, time: input.time, kind: input.kind, fields }, newStage };
}

/** What the method needs to know about the customer to judge an entry just written. */
export interface WarningContext {
  /** The stage after the entry, and whether the entry moved it. */
  stage: string | null;
  moved: boolean;
  lateStages: string[];
  /** The plan that was pending before the entry, and whether it still is after it. */
  openPlan: { date: IsoDate | null; action: string } | null;
}

/**
 * What the method has to say about an entry just written: a contact without a purpose, a
 * late-stage contact without a word on the close, topics all covered before (unless the entry
 * moved the stage or asked for the close), a plan still open, a date in the future, a customer
 * no longer active.
 */
export function entryWarnings(entry: NewEntry, previous: Entry[], after: Customer, today: IsoDate, w?: WarningContext): Issue[] {
  const warnings: Issue[] = [];
  const contact = (CONTACT_KINDS as readonly string[]).includes(entry.kind);
  if (!entry.fields.purpose && contact) warnings.push(issue('warn.noPurpose'));
  const late = stageIn(w?.stage ?? null, w?.lateStages ?? []);
  if (contact && late && entry.fields.close === undefined) warnings.push(issue('warn.noCloseSaid', { stage: w!.stage! }));
  const progress = (w?.moved ?? false) || (entry.fields.close !== undefined && !typedNotAsked(entry.fields.close));
  const repeated = progress ? null : repeatedTopics(discussedTopics({ ...entry, title: '', text: [] }), previous);
  if (repeated) warnings.push(issue('warn.repeated', { topics: repeated.map((x) => ({ topic: x.topic, dates: x.dates })) }));
  if (contact && w?.openPlan) warnings.push(issue('warn.planOpen', { date: w.openPlan.date, action: w.openPlan.action }));
  if (entry.date > today) warnings.push(issue('warn.future', { date: entry.date }));
  if (after.profile.status !== 'active') {
    warnings.push(issue('warn.inactive', { name: after.profile.name, status: after.profile.status, handle: after.slug }));
  }
  return warnings;
}
