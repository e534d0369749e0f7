import type { Context } from '../context.js';
import { buildBrief } from '../domain/brief.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { showView } from '../ui/views/show.js';

/** `followup show <customer>`: the brief to read before a visit. */
export default async function show(ctx: Context, [query]: string[], o: OptionsOf<'show'>): Promise<Outcome> {
  const book = ctx.notebook();
  const config = await book.config();
  const customer = await book.find(query!, { for: 'read' });
  const brief = buildBrief(customer, config, ctx.today);
  const shown = o.all ? brief.entries.length : o.entries;
  return outcome({
    result: { brief, customer, shown, vocab: LOCALES[config.locale] },
    view: showView,
    json: (r) => r.brief,
  });
}
