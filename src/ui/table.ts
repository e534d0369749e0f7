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
  if (widths === natural) return padded(columns, rows, widths, dim);
  // cli-table3 lays out a table in time that grows with the square of its rows; with the
  // column widths fixed, slices of rows line up exactly, so a long table is built in slices.
  const lines: string[] = [];
  for (let i = 0; i === 0 || i < rows.length; i += SLICE) {
    const table = new Table({
      head: i === 0 ? columns.map((c) => dim(c.header)) : [],
      chars: BORDERLESS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
      colWidths: widths,
      colAligns: columns.map((c) => c.align ?? 'left'),
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const r of rows.slice(i, i + SLICE)) table.push(r);
    const text = table.toString();
    if (text !== '') lines.push(...text.split('\n').map((l) => l.trimEnd()));
  }
  return lines;
}

const SLICE = 200;

/** A table whose cells all fit: each cell padded to its column's width. */
function padded(columns: Column[], rows: string[][], widths: number[], dim: (s: string) => string): string[] {
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const fill = ' '.repeat(Math.max(0, widths[i]! - width(cell)));
        return columns[i]!.align === 'right' ? fill + cell : cell + fill;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(columns.map((c) => dim(c.header))), ...rows.map((r) => line(columns.map((_, i) => r[i] ?? '')))];
}
