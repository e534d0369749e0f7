/** The lines after `log` wrote an entry: what, with whom, the stage, and the next contact. */
import type { NewEntry } from '../../domain/format.js';
import type { Summary } from '../../domain/summary.js';
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface LogResult {
  after: Summary;
  entry: NewEntry;
  name: string;
  file: string;
  stage: { from: string | null; to: string } | null;
}

export function logView(r: LogResult, { colors: c, t: all }: ViewEnv): string[] {
  const t = all.log;
  const { after, entry } = r;
  return [
    t.logged(entry.kind, clean(r.name), entry.date, clean(r.file)),
    r.stage ? t.stage(clean(r.stage.from ?? '-'), clean(r.stage.to)) : null,
    t.next(after.due, after.nextAction ? clean(after.nextAction) : null, after.reason === 'planned' ? '' : c.dim(t.why(all.common.reason(after)))),
  ].filter((l): l is string => l !== null);
}
