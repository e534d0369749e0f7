/**
 * What a command returns: a result object, from which both its text view and its JSON are
 * made, so the two cannot disagree; warnings as codes; and the exit code.
 */
import type { Issue } from './domain/errors.js';
import type { ViewEnv } from './ui/views/env.js';

export interface Outcome<R = unknown> {
  result: R;
  /** The text view; none means nothing is printed in text mode. */
  view?: (result: R, env: ViewEnv) => string[];
  /** The JSON, when it is more than the result itself (messages riding along). */
  json?: (result: R, env: ViewEnv) => unknown;
  /** Printed on stderr, one line each, in text and JSON modes alike. */
  warnings?: Issue[];
  code?: number;
}

/** An outcome with its result type checked against its view, then erased for the runner. */
export function outcome<R>(o: Outcome<R>): Outcome {
  return o as Outcome;
}
