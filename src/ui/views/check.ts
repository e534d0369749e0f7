/** followup check: one line per problem, then how many. */
import type { CheckResult } from '../../domain/check.js';
import { describe } from '../../i18n/messages.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export function checkView(r: CheckResult, { colors: c, t }: ViewEnv): string[] {
  if (r.problems.length === 0) return [t.check.clean(r.files)];
  const lines = r.problems.map((p) => {
    const line = t.check.problem(clean(p.file), p.line, clean(describe(t, p.issue)));
    return p.severity === 'error' ? line : c.dim(line);
  });
  const files = new Set(r.problems.map((p) => p.file)).size;
  return [...lines, '', t.check.found(r.problems.length, files, r.files)];
}
