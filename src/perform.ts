/** Prints what a command returned: its warnings, then its JSON or its text view; gives the exit code. */
import type { Context } from './context.js';
import type { Outcome } from './outcome.js';
import { fitLines } from './ui/text.js';
import type { ViewEnv } from './ui/views/env.js';

export async function perform(ctx: Context, o: Outcome): Promise<number> {
  const term = ctx.term;
  for (const w of o.warnings ?? []) term.warn(w);
  const env: ViewEnv = { colors: term.colors, width: term.width, t: ctx.t };
  if (ctx.json) term.printJson(o.json ? o.json(o.result, env) : o.result);
  else if (o.view) term.print(fitLines(o.view(o.result, env), term.width));
  return o.code ?? 0;
}
