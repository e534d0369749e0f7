/** Stage order: whether a stage change moved a deal forward. */

// A report asks of every entry of every customer where a stage stands: each list of stages is
// turned into a look-up once.
const positions = new WeakMap<readonly string[], Map<string, number>>();

function position(stage: string | null, stages: readonly string[]): number {
  if (stage === null) return -1;
  let at = positions.get(stages);
  if (at === undefined) {
    at = new Map();
    for (let i = stages.length - 1; i >= 0; i--) at.set(stages[i]!.toLowerCase(), i);
    positions.set(stages, at);
  }
  return at.get(stage.toLowerCase()) ?? -1;
}

/** `stage` as `stages` spell it (case does not count), or null when it is none of them. */
export function knownStage(stage: string, stages: readonly string[]): string | null {
  const at = position(stage.trim(), stages);
  return at === -1 ? null : stages[at]!;
}

/** Whether `stage` is one of `stages`; case does not count. */
export function stageIn(stage: string | null, stages: readonly string[]): boolean {
  return position(stage, stages) !== -1;
}

export function sameStage(a: string | null, b: string | null): boolean {
  return a === b || (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
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

/**
 * The stage a Stage line moved the deal from, `known` being the stage last written before it;
 * undefined when the line changed nothing. The first Stage line that names no stage before it
 * only states the stage: not a move. The one definition of a stage change, which stalls, heat
 * and the follow-up record share (domain/facts.ts marks each entry with it).
 */
export function movedFrom(stage: { from: string | null; to: string } | null, known: string | null): string | undefined {
  if (stage === null) return undefined;
  const from = stage.from ?? known;
  return from !== null && !sameStage(from, stage.to) ? from : undefined;
}
