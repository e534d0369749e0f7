import type { Context } from '../context.js';
import { buildAgenda } from '../domain/agenda.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { agendaView } from '../ui/views/agenda.js';
import { openSummaries, skipped } from './shared.js';

/** `followup agenda`: who to see today, why, and what to do there. */
export default async function agenda(ctx: Context, _args: string[], o: OptionsOf<'agenda'>): Promise<Outcome> {
  const opened = await openSummaries(ctx, o);
  const { config } = opened;
  const result = {
    ...buildAgenda(opened.summaries, ctx.today, o.days, config.capacity, config.workdays),
    customers: opened.customers,
  };
  return outcome({ result, view: agendaView, warnings: skipped(opened.problems) });
}
