/** Heat as a small coloured bar and a number of degrees. */
import type { Colors } from './color.js';

const CELLS = 5;

// A review of 10,000 customers draws 10,000 bars of about a hundred kinds: each drawn once.
const drawn = new WeakMap<Colors, Map<number | null, string>>();

export function heatBar(heat: number | null, c: Colors): string {
  let bars = drawn.get(c);
  if (!bars) {
    bars = new Map();
    drawn.set(c, bars);
  }
  let bar = bars.get(heat);
  if (bar === undefined) {
    bar = draw(heat, c);
    bars.set(heat, bar);
  }
  return bar;
}

function draw(heat: number | null, c: Colors): string {
  if (heat === null) return c.dim('  -');
  const full = Math.round((heat / 100) * CELLS);
  const paint = heat >= 70 ? c.red : heat >= 40 ? c.yellow : heat >= 15 ? c.cyan : c.blue;
  return paint('▰'.repeat(full)) + c.dim('▱'.repeat(CELLS - full)) + ' ' + paint(`${String(heat).padStart(3)}°`);
}
