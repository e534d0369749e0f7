import type { Context } from '../context.js';
import { describe } from '../i18n/messages.js';
import { outcome, type Outcome } from '../outcome.js';
import { checkNotebook } from '../store/check.js';
import { checkView } from '../ui/views/check.js';

/** `followup check`: every problem of every file; exit 1 when anything is found. */
export default async function check(ctx: Context): Promise<Outcome> {
  const result = await checkNotebook(ctx.notebook());
  return outcome({
    result,
    view: checkView,
    json: (r, env) => ({
      files: r.files,
      customers: r.customers,
      problems: r.problems.map((p) => ({ file: p.file, line: p.line, severity: p.severity, code: p.issue.code, message: describe(env.t, p.issue) })),
    }),
    code: result.problems.length > 0 ? 1 : 0,
  });
}
