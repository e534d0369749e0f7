/** Colour, decided once per run from --no-color, NO_COLOR, FORCE_COLOR and the terminal. */
import { Chalk, type ChalkInstance } from 'chalk';

export type Colors = ChalkInstance;

export function colorLevel(opts: { flag: boolean; env: Record<string, string | undefined>; isTTY: boolean }): 0 | 1 | 2 | 3 {
  if (!opts.flag) return 0;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return 0;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force === '0' || force === 'false' ? 0 : 1;
  if (!opts.isTTY || opts.env.TERM === 'dumb') return 0;
  const wide = opts.env.COLORTERM === 'truecolor' || opts.env.COLORTERM === '24bit';
  return wide ? 3 : /256/.test(opts.env.TERM ?? '') ? 2 : 1;
}

export function makeColors(level: 0 | 1 | 2 | 3): Colors {
  return new Chalk({ level });
}
