/** Progress, not repetition: stalls, and closes not asked for (docs/method.md). */
import type { Config } from '../config.js';
import type { EntryFacts } from '../types.js';
import { sameStage, stageSteps } from './stages.js';

export type Flag = 'overdue' | 'cooling' | 'stalled' | 'no-close';

export interface Progress {
  /** Contacts since the stage last changed (all of them when it never did). */
  stalledContacts: number;
  /**
   * Contacts since a close was last asked for, or since the contact that moved the deal into a
   * late stage, whichever came last (all of them when neither).
   */
  contactsSinceClose: number;
  flags: Flag[];
}

/** Reads progress off entries in chronological order; `stage` is the customer's current one. */
export function progressOf(ordered: EntryFacts[], stage: string | null, config: Config): Progress {
  let stalledContacts = 0;
  let contactsSinceClose = 0;
  const isLate = (s: string | null) => s !== null && config.lateStages.some((x) => sameStage(x, s));
  let known: string | null = null;
  for (const { entry: e, change } of stageSteps(ordered)) {
    // A Stage line that changes the stage is progress; a contact without one adds to a stall.
    if (change) stalledContacts = 0;
    else if (e.isContact) stalledContacts++;
    // Only contacts made once the deal stood in a late stage count against the close: the
    // contact that brought it there starts the count afresh.
    const wasLate = isLate(known);
    if (e.stage) known = e.stage.to;
    const entering = !wasLate && isLate(known);
    if (entering) contactsSinceClose = 0;
    else if (e.isContact) contactsSinceClose = e.closeAsked ? 0 : contactsSinceClose + 1;
  }
  const flags: Flag[] = [];
  if (stalledContacts >= config.stalledAfter) flags.push('stalled');
  const late = isLate(stage);
  if (late && contactsSinceClose >= config.noCloseAfter) flags.push('no-close');
  return { stalledContacts, contactsSinceClose, flags };
}
