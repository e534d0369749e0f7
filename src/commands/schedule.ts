import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry } from '../domain/format.js';
import { summarize } from '../domain/summary.js';
import { LOCALES } from '../i18n/vocabulary.js';
import { messages as m } from '../i18n/messages.js';
import { clean } from '../ui/text.js';
import { openNotebook, pickCustomer, updateCustomer } from './shared.js';

/** `followup schedule <customer> <date>`: moves the next visit, as a plan entry dated today. */
export default async function schedule(ctx: Context, [query, when]: string[], o: { note?: string }): Promise<void> {
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened, query!);
  const date = parseUserDate(when!, ctx.today, 'date');
  if (date < ctx.today) {
    throw new UserError(m.schedule.beforeToday(date, ctx.today));
  }
  const before = summarize(customer, opened.config, ctx.today);
  if (before.reason === 'planned' && before.due === date && (o.note === undefined || oneLine(o.note) === (before.nextAction ?? ''))) {
    if (ctx.json) return ctx.printJson(before);
    return ctx.print(m.schedule.already(clean(before.name), date));
  }
  const action = o.note !== undefined && oneLine(o.note) !== '' ? o.note : before.nextAction;
  const next = [date, action].filter(Boolean).join(' ');
  const block = renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[opened.config.locale]);
  const written = await updateCustomer(opened.book, customer.relPath, (text) => appendBlock(text, block));
  const after = summarize(written, opened.config, ctx.today);
  const t = m.schedule;
  const name = clean(after.name);
  if (after.status !== 'active') {
    ctx.warn(m.common.warning(t.inactive(name, after.status)));
  } else if (after.due !== date) {
    const why = after.lastContact !== null && after.lastContact >= date
      ? t.coveredBy(after.lastContact, date)
      : t.laterNext(clean(after.path));
    ctx.warn(m.common.warning(t.staysDue(name, after.due, why)));
  }
  if (ctx.json) return ctx.printJson(after);
  ctx.print(t.moved(name, before.due, date, after.nextAction ? clean(after.nextAction) : null));
}
