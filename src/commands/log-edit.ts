/**
 * `followup log <customer> --edit`: the new entry's body written in the user's editor, like a
 * commit message: pre-filled from the entry template, the last entry and the open plan shown as
 * comment lines. An empty or unchanged buffer writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from '../context.js';
import type { Config } from '../domain/config.js';
import type { IsoDate } from '../domain/dates.js';
import { commentLines, editedEntry, stripComments } from '../domain/edit-entry.js';
import { entryWarnings } from '../domain/entry.js';
import { Failure, issue, UserError } from '../domain/errors.js';
import { appendBlock, fillTemplate, renderEntry, setFrontMatterValue } from '../domain/format.js';
import { LOCALES, type Kind } from '../domain/format/vocabulary.js';
import { chronological } from '../domain/order.js';
import { plannedNext, summarize } from '../domain/summary.js';
import { openProblems } from '../domain/topics.js';
import type { Customer, Entry } from '../domain/types.js';
import { describe } from '../i18n/messages.js';
import { outcome, type Outcome } from '../outcome.js';
import { readTemplate } from '../store/templates.js';
import { logView } from '../ui/views/log.js';

export interface EditHead {
  date: IsoDate;
  time: string | null;
  kind: Kind;
}

/** The buffer the editor opens: the template filled from the last plan, then the comments. */
async function buffer(ctx: Context, config: Config, customer: Customer, head: EditHead): Promise<string> {
  const vocab = LOCALES[config.locale];
  const t = ctx.t.edit;
  const summary = summarize(customer, config, ctx.today);
  const open = openProblems(customer.entries)?.problems ?? [];
  const planned = plannedNext(summary, head.date);
  const body = fillTemplate(await readTemplate(config.locale, 'entry.md'), {
    purpose: summary.nextAction ?? '',
    problems: open.join('; '),
    stage: customer.profile.stage ?? '',
    next: planned,
  });
  const last = chronological(customer.entries).pop();
  const lastLines = last
    ? [renderEntry({ date: last.date, time: last.time, kind: last.kind, title: last.title, fields: last.fields }, vocab).trimEnd(), ...last.text]
    : [t.noEntry];
  const comments = [
    ...t.header(customer.profile.name, head.date, vocab.kinds[head.kind]),
    '',
    summary.nextDate !== null || summary.nextAction !== null ? t.plan(summary.nextDate, summary.nextAction) : t.noPlan,
    '',
    t.lastEntry,
    ...lastLines,
  ];
  return `${body}\n${commentLines(comments).join('\n')}\n`;
}

export async function logInEditor(ctx: Context, customer: Customer, head: EditHead): Promise<Outcome> {
  const book = ctx.notebook();
  const config = await book.config();
  const vocab = LOCALES[config.locale];
  const initial = await buffer(ctx, config, customer, head);
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-'));
  const file = path.join(dir, 'ENTRY.md');
  let edited: string;
  try {
    writeFileSync(file, initial);
    const { editFile } = await import('../adapters/editor.js');
    editFile(file, ctx.io.env, ctx.io.cwd);
    edited = readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const stripped = stripComments(edited);
  if (stripped === stripComments(initial)) throw new Failure(issue('edit.aborted'));
  const heading = renderEntry({ date: head.date, time: head.time, kind: head.kind, fields: {} }, vocab);
  let fresh = customer;
  let done: { entry: Entry; newStage: string | null } | null = null;
  const written = await book.update(customer.relPath, (text, current) => {
    fresh = current;
    const r = editedEntry(stripped, heading, current.profile.stage, config);
    if ('empty' in r) throw new Failure(issue('edit.aborted'));
    if ('error' in r) throw new UserError(r.error);
    done = r;
    let out = appendBlock(text, heading + r.body);
    if (r.newStage) out = setFrontMatterValue(out, 'stage', r.newStage);
    return out;
  });
  const { entry, newStage } = done!;
  const newEntry = { date: entry.date, time: entry.time, kind: entry.kind, fields: entry.fields };
  const warnings = entryWarnings(newEntry, fresh.entries, written, ctx.today);
  const after = summarize(written, config, ctx.today);
  return outcome({
    result: { after, entry: newEntry, name: customer.profile.name, file: customer.relPath, stage: newStage ? { from: fresh.profile.stage, to: newStage } : null },
    view: logView,
    json: (r, env) => ({ ...r.after, entry: r.entry, warnings: warnings.map((w) => ({ ...w, message: describe(env.t, w) })) }),
    warnings,
  });
}
