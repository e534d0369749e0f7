/** What sync prints: what was committed, pulled and pushed, or why it stopped. */
import { clean } from '../text.js';
import type { ViewEnv } from './env.js';

export interface SyncResult {
  dryRun: boolean;
  push: boolean;
  /** The remote synced with; null when the repository has none. */
  remote: string | null;
  /** The commit made (or, with --dry-run, that would be made): its message and files. */
  committed: { message: string; files: string[] } | null;
  /** Whether a merge left by the last sync was finished first. */
  finishedMerge: boolean;
  /** Commits pulled; null when nothing was pulled. */
  pulled: number | null;
  pushed: boolean;
  /** Why the push waits (git's reason), when it does. */
  waits: string | null;
  /** Files left with conflict markers: the sync stopped. */
  conflicts: string[];
}

export function syncView(r: SyncResult, { colors: c, t: all }: ViewEnv): string[] {
  const t = all.sync;
  const out: string[] = [];
  if (r.dryRun) {
    if (r.committed) {
      out.push(t.wouldCommit(clean(r.committed.message), r.committed.files.length), ...r.committed.files.map((f) => c.dim(`  ${clean(f)}`)));
    } else out.push(t.nothingToCommit);
    out.push(r.remote === null ? t.noRemote : r.push ? t.wouldPull(clean(r.remote)) : t.wouldPullOnly(clean(r.remote)));
    return out;
  }
  if (r.finishedMerge) out.push(t.finishedMerge);
  if (r.committed) out.push(t.committed(clean(r.committed.message), r.committed.files.length));
  else if (r.conflicts.length === 0) out.push(t.nothingToCommit);
  if (r.conflicts.length > 0) {
    out.push(c.red(t.conflict(r.conflicts.length)), ...r.conflicts.map((f) => `  ${clean(f)}`), ...t.finish);
    return out;
  }
  if (r.remote === null) return [...out, t.noRemote];
  if (r.pulled !== null) out.push(r.pulled > 0 ? t.merged(r.pulled) : t.upToDate);
  if (r.waits !== null) out.push(c.yellow(t.waits(clean(r.waits))));
  else if (r.pushed) out.push(t.pushed(clean(r.remote)));
  else if (!r.push) out.push(t.notPushed);
  return out;
}
