/** Stage order: whether a stage change moved a deal forward. */

function position(stage: string | null, stages: string[]): number {
  if (stage === null) return -1;
  const s = stage.toLowerCase();
  return stages.findIndex((x) => x.toLowerCase() === s);
}

export function sameStage(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/**
 * A move from `from` to `to` is progress unless it goes back in the configured order; a stage
 * outside the order counts as progress when it differs (the tool cannot tell).
 */
export function isForward(from: string | null, to: string, stages: string[]): boolean {
  if (sameStage(from, to)) return false;
  const a = position(from, stages);
  const b = position(to, stages);
  return a === -1 || b === -1 || b > a;
}

/** An entry, with the stage it moved from when its Stage line changed the stage (else null). */
export interface StageStep<E> {
  entry: E;
  /** The stage before, when this entry changed it; `undefined` when it did not. */
  change: { from: string | null } | undefined;
}

/**
 * Entries in order, each marked with whether its Stage line changed the stage: a line whose
 * `from` (or, without one, the stage last written) differs from its `to`; a line with neither
 * (the first one, `Stage: lead`) only states where the deal stands. The one definition
 * of a stage change that stalls, heat and the follow-up record share.
 */
export function stageSteps<E extends { stage: { from: string | null; to: string } | null }>(ordered: E[]): StageStep<E>[] {
  let known: string | null = null;
  return ordered.map((entry) => {
    const from = entry.stage ? (entry.stage.from ?? known) : null;
    // The first Stage line that names no stage before it only states the stage: not a move.
    const change = entry.stage !== null && from !== null && !sameStage(from, entry.stage.to) ? { from } : undefined;
    if (entry.stage) known = entry.stage.to;
    return { entry, change };
  });
}
