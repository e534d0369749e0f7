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
