/** Horizontal bar charts for the terminal. */
import type { Colors } from './color.js';
import { padEnd, width as textWidth } from './text.js';

/** Horizontal bars: a label, a bar scaled to the largest value, the value. */
export function bars(rows: { label: string; value: number }[], c: Colors, width: number | null): string[] {
  const labelWidth = Math.max(0, ...rows.map((r) => textWidth(r.label)));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const room = width === null ? 40 : Math.max(10, Math.min(50, width - labelWidth - String(max).length - 6));
  return rows.map((r) => {
    const cells = max === 0 ? 0 : Math.max(r.value > 0 ? 1 : 0, Math.round((r.value / max) * room));
    return `  ${padEnd(r.label, labelWidth)}  ${c.cyan('█'.repeat(cells))}${cells > 0 ? ' ' : ''}${r.value}`;
  });
}

