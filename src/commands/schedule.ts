import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { issue, UserError, type Issue } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry } from '../domain/format.js';
import { localeOfText } from '../domain/format/detect.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { summarize } from '../domain/summary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { scheduleView } from '../ui/views/schedule.js';

/** `followup schedule <customer> <date>`: moves the next visit, as a plan entry dated today. */
export default async function schedule(ctx: Context, [query, when]: string[], o: OptionsOf<'schedule'>): Promise<Outcome> {
  const book = ctx.notebook();
  const config = await book.config();
  const customer = await book.find(query!, { for: 'write' });
  const date = parseUserDate(when!, ctx.today, 'date');
  if (date < ctx.today) throw new UserError(issue('schedule.beforeToday', { date, today: ctx.today }));
  const before = summarize(customer, config, ctx.today);
  if (before.reason === 'planned' && before.due === date && (o.note === undefined || oneLine(o.note) === (before.nextAction ?? ''))) {
    return outcome({ result: { before, after: before, date, changed: false }, view: scheduleView, json: (r) => r.after });
  }
  const action = o.note !== undefined && oneLine(o.note) !== '' ? o.note : before.nextAction;
  const next = [date, action].filter(Boolean).join(' ');
  const block = (text: string) => renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[localeOfText(text, config.locale)]);
  const written = await book.update(customer.relPath, (text) => appendBlock(text, block(text)));
  const after = summarize(written, config, ctx.today);
  const warnings: Issue[] = [];
  if (after.status !== 'active') warnings.push(issue('warn.scheduleInactive', { name: after.name, status: after.status }));
  else if (after.due !== date) {
    warnings.push(issue('warn.staysDue', { name: after.name, due: after.due, date, contact: after.lastContact, file: after.path }));
  }
  return outcome({ result: { before, after, date, changed: true }, view: scheduleView, json: (r) => r.after, warnings });
}
