/** Heat as a small coloured bar and a number of degrees. */
import type { Colors } from './color.js';

const CELLS = 5;

export function heatBar(heat: number | null, c: Colors): string {
  if (heat === null) return c.dim('  -');
  const full = Math.round((heat / 100) * CELLS);
  const paint = heat >= 70 ? c.red : heat >= 40 ? c.yellow : heat >= 15 ? c.cyan : c.blue;
  return paint('▰'.repeat(full)) + c.dim('▱'.repeat(CELLS - full)) + ' ' + paint(`${String(heat).padStart(3)}°`);
}
