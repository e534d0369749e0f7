/** Tables that fit the terminal, or, when output goes to a file or a pipe, never cut a word. */
import Table from 'cli-table3';
import { width } from './text.js';

export interface Column {
  header: string;
  /** May wrap when the terminal is too narrow (names, plans). */
  flex?: boolean;
  align?: 'left' | 'right';
}

const GAP = 2;

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: ' '.repeat(GAP),
};

/**
 * Lines of a table. With `maxWidth` (a terminal), the flexible columns shrink and wrap so the
 * table fits; without it, every cell is printed whole.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth: number | null, dim: (s: string) => string): string[] {
  const natural = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  let widths = natural;
  if (maxWidth !== null) {
    const total = natural.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
    let excess = total - maxWidth;
    if (excess > 0) {
      widths = [...natural];
      const flex = columns.map((c, i) => (c.flex ? i : -1)).filter((i) => i >= 0);
      // Take from the widest flexible column first, never below 12 columns.
      while (excess > 0) {
        const widest = flex.filter((i) => widths[i]! > 12).sort((a, b) => widths[b]! - widths[a]!)[0];
        if (widest === undefined) break;
        widths[widest]!--;
        excess--;
      }
    }
  }
  const table = new Table({
    head: columns.map((c) => dim(c.header)),
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    colWidths: widths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
  });
  for (const r of rows) table.push(r);
  return table.toString().split('\n').map((l) => l.trimEnd());
}
