/** Progress, not repetition: stalls, and closes not asked for (docs/method.md). */
import type { Config } from '../config.js';
import { CLOSE_ASKED, CONTACT, FactsCursor, MOVED, STAGE } from '../facts.js';
import type { ReportFacts } from '../types.js';
import { stageIn } from './stages.js';

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

/** Reads progress off a customer's packed facts up to day `until`; `stage` is the customer's stage then. */
export function progressOf(facts: ReportFacts, until: number, stage: string | null, config: Config): Progress {
  let stalledContacts = 0;
  let contactsSinceClose = 0;
  let late = false;
  const at = new FactsCursor(facts);
  while (at.next() && at.day <= until) {
    const contact = (at.flags & CONTACT) !== 0;
    // A Stage line that changes the stage is progress; a contact without one adds to a stall.
    if (at.flags & MOVED) stalledContacts = 0;
    else if (contact) stalledContacts++;
    // Only contacts made once the deal stood in a late stage count against the close: the
    // contact that brought it there starts the count afresh.
    const wasLate = late;
    if (at.flags & STAGE) late = stageIn(at.text(at.stage), config.lateStages);
    if (!wasLate && late) contactsSinceClose = 0;
    else if (contact) contactsSinceClose = at.flags & CLOSE_ASKED ? 0 : contactsSinceClose + 1;
  }
  const flags: Flag[] = [];
  if (stalledContacts >= config.stalledAfter) flags.push('stalled');
  if (stageIn(stage, config.lateStages) && contactsSinceClose >= config.noCloseAfter) flags.push('no-close');
  return { stalledContacts, contactsSinceClose, flags };
}
