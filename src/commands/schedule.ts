import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, oneLine, renderEntry } from '../domain/format.js';
import { summarize } from '../domain/summary.js';
import { LOCALES } from '../i18n/vocabulary.js';
import { clean } from '../ui/text.js';
import { openNotebook, pickCustomer, updateCustomer } from './shared.js';

/** `followup schedule <customer> <date>`: moves the next visit, as a plan entry dated today. */
export default async function schedule(ctx: Context, [query, when]: string[], o: { note?: string }): Promise<void> {
  const opened = await openNotebook(ctx);
  const customer = pickCustomer(opened, query!);
  const date = parseUserDate(when!, ctx.today, 'date');
  if (date < ctx.today) {
    throw new UserError(`${date} is before today (${ctx.today}); schedule the next visit for today or later`);
  }
  const before = summarize(customer, opened.config, ctx.today);
  if (before.reason === 'planned' && before.due === date && (o.note === undefined || oneLine(o.note) === (before.nextAction ?? ''))) {
    if (ctx.json) return ctx.printJson(before);
    return ctx.print(`${clean(before.name)} is already planned for ${date}; nothing changed.`);
  }
  const action = o.note !== undefined && oneLine(o.note) !== '' ? o.note : before.nextAction;
  const next = [date, action].filter(Boolean).join(' ');
  const block = renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[opened.config.locale]);
  await updateCustomer(opened.book, customer.relPath, (text) => appendBlock(text, block));

  const after = summarize(await opened.book.reload(customer.relPath), opened.config, ctx.today);
  const name = clean(after.name);
  if (after.status !== 'active') {
    ctx.warn(`warning: ${name} is ${after.status}; agenda and plan leave it out until 'followup reopen'`);
  } else if (after.due !== date) {
    const why = after.lastContact !== null && after.lastContact >= date
      ? `the contact on ${after.lastContact} already covers ${date}`
      : `an entry dated after today in ${clean(after.path)} has its own Next line`;
    ctx.warn(`warning: ${name} stays due ${after.due}: ${why}`);
  }
  if (ctx.json) return ctx.printJson(after);
  ctx.print(`${name}: next visit ${before.due} -> ${date}${after.nextAction ? ` ${clean(after.nextAction)}` : ''}`);
}
