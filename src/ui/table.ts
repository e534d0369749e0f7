/** Tables that fit the terminal, or, when output goes to a file or a pipe, never cut a word. */
import Table from 'cli-table3';
import { measure, runs, width, wrap } from './text.js';

export interface Column {
  header: string;
  /** Shrinks and wraps first when the terminal is too narrow (names, plans). */
  flex?: boolean;
  align?: 'left' | 'right';
}

type Dim = (s: string) => string;

const GAP = 2;
// A flexible column keeps room for its longest word, but at least FLEX_MIN columns and never
// more than FLEX_WORD for one word (a long one is then broken rather than the table given up).
const FLEX_MIN = 10;
const FLEX_WORD = 16;
// What one more line in a cell of a column that is not flexible costs, against one more line
// in the table: a heat bar or a date split in two reads worse than a name.
const FIXED_WRAP = 0.5;
// A long table's layout is judged on this many of its rows.
const LAYOUT_ROWS = 300;
const INDENT = 2;

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: ' '.repeat(GAP),
};

/**
 * Lines of a table. With `maxWidth` (a terminal) no line is wider: columns wrap, flexible ones
 * first, and a terminal too narrow for any table gets one block per row. Without it (a file or
 * a pipe), every cell is printed whole on one line. Text is never cut.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth: number | null, dim: Dim): string[] {
  const cells = (i: number) => [columns[i]!.header, ...rows.map((r) => r[i] ?? '')];
  const natural = columns.map((_, i) => Math.max(...cells(i).map(width)));
  const room = maxWidth === null ? null : maxWidth - GAP * (columns.length - 1);
  if (room === null || sum(natural) <= room) return padded(columns, rows, natural, dim);
  const least = columns.map((c, i) => {
    const word = widestWord(cells(i));
    return Math.min(natural[i]!, c.flex ? Math.min(Math.max(word, FLEX_MIN), FLEX_WORD) : word);
  });
  if (sum(least) > room) return blocks(columns, rows, maxWidth!, dim);
  return wrapped(columns, rows, fit(columns, rows, natural, least, room), dim);
}

/**
 * Column widths adding up to at most `room`, each between its least and its natural width.
 * One column at a time gives up one column of width, the one whose wrapping adds the fewest
 * lines to the table (the widest among equals), so wrapping goes where rows are tall anyway.
 */
function fit(columns: Column[], rows: string[][], natural: number[], least: number[], room: number): number[] {
  const widths = [...natural];
  const sample = [columns.map((c) => c.header), ...spread(rows, LAYOUT_ROWS)];
  const text = columns.map((_, i) => sample.map((r) => runs(r[i] ?? '')));
  const linesAt = (i: number, w: number) => text[i]!.map((t) => measure(t, w).lines);
  const lines = columns.map((_, i) => linesAt(i, widths[i]!));
  // Lines the table gains (or, negative, loses) when column i takes these lines.
  const cost = (i: number, after: number[]) => {
    let sum = 0;
    for (let r = 0; r < sample.length; r++) {
      const others = Math.max(0, ...lines.map((l, j) => (j === i ? 0 : l[r]!)));
      sum += Math.max(others, after[r]!) - Math.max(others, lines[i]![r]!);
      if (!columns[i]!.flex) sum += FIXED_WRAP * (after[r]! - lines[i]![r]!);
    }
    return sum;
  };
  let spare = room - sum(widths);
  while (spare < 0) {
    let best = { column: -1, cost: Infinity, lines: [] as number[] };
    for (let i = 0; i < columns.length; i++) {
      if (widths[i]! <= least[i]!) continue;
      const after = linesAt(i, widths[i]! - 1);
      const c = cost(i, after);
      if (c < best.cost || (c === best.cost && widths[i]! > widths[best.column]!)) best = { column: i, cost: c, lines: after };
    }
    widths[best.column]!--;
    lines[best.column] = best.lines;
    spare++;
  }
  // A wrapped column may be wider than any of its lines: take that room and give it back
  // where it saves the most lines for each column given.
  for (let i = 0; i < columns.length; i++) {
    if (widths[i]! >= natural[i]!) continue;
    const used = Math.max(1, ...[columns[i]!.header, ...rows.map((r) => r[i] ?? '')].map((cell) => usedWidth(cell, widths[i]!)));
    spare += widths[i]! - used;
    widths[i] = used;
    lines[i] = linesAt(i, used);
  }
  while (spare > 0) {
    let best = { column: -1, more: 0, rate: 0, lines: [] as number[] };
    for (let i = 0; i < columns.length; i++) {
      for (let more = 1; more <= Math.min(spare, natural[i]! - widths[i]!); more++) {
        const after = linesAt(i, widths[i]! + more);
        const rate = -cost(i, after) / more;
        if (rate > best.rate) best = { column: i, more, rate, lines: after };
      }
    }
    if (best.column < 0) break; // no more room saves a line: the table is narrower than the terminal
    widths[best.column]! += best.more;
    lines[best.column] = best.lines;
    spare -= best.more;
  }
  return widths;
}

/** Columns the widest line of a cell takes once wrapped to `w`. */
function usedWidth(cell: string, w: number): number {
  const whole = width(cell);
  return whole <= w ? whole : measure(runs(cell), w).widest;
}

/** At most `n` of the rows, spread evenly: enough to judge a layout by. */
function spread<T>(rows: T[], n: number): T[] {
  if (rows.length <= n) return rows;
  return Array.from({ length: n }, (_, k) => rows[Math.floor((k * rows.length) / n)]!);
}

/** A table whose cells all fit: each cell padded to its column's width. */
function padded(columns: Column[], rows: string[][], widths: number[], dim: Dim): string[] {
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

/**
 * A table whose cells are wrapped to the widths, then laid out by cli-table3. The wrapping is
 * ours: cli-table3's breaks only at spaces (cutting Chinese text with '…') or counts a colour
 * code or a Chinese character as one column.
 */
function wrapped(columns: Column[], rows: string[][], widths: number[], dim: Dim): string[] {
  const fold = (cells: string[]) => cells.map((cell, i) => (width(cell) <= widths[i]! ? cell : wrap(cell, widths[i]!).join('\n')));
  // cli-table3 lays out a table in time that grows with the square of its rows; with the
  // column widths fixed, slices of rows line up exactly, so a long table is built in slices.
  const lines: string[] = [];
  for (let i = 0; i === 0 || i < rows.length; i += SLICE) {
    const table = new Table({
      head: i === 0 ? fold(columns.map((c) => dim(c.header))) : [],
      chars: BORDERLESS,
      style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
      colWidths: widths,
      colAligns: columns.map((c) => c.align ?? 'left'),
      wordWrap: false,
    });
    for (const r of rows.slice(i, i + SLICE)) table.push(fold(columns.map((_, k) => r[k] ?? '')));
    const text = table.toString();
    if (text !== '') lines.push(...text.split('\n').map((l) => l.trimEnd()));
  }
  return lines;
}

const SLICE = 200;

/** Too narrow for columns: each row's first cell on a line, then "Header: value" lines. */
function blocks(columns: Column[], rows: string[][], maxWidth: number, dim: Dim): string[] {
  const out: string[] = [];
  const pad = ' '.repeat(maxWidth >= 4 * INDENT + 8 ? INDENT : 0); // no room to indent on a tiny screen
  rows.forEach((r, n) => {
    if (n > 0) out.push('');
    out.push(...wrap(r[0] ?? '', maxWidth));
    columns.forEach((c, i) => {
      const cell = leftTrim(r[i] ?? '');
      if (i === 0 || width(cell.replace(/\s+/g, '')) === 0) return;
      const text = (c.header ? dim(`${c.header}:`) + ' ' : '') + cell;
      const [first, ...more] = wrap(text, maxWidth - pad.length, maxWidth - 2 * pad.length);
      out.push(pad + first, ...more.map((l) => pad + pad + l));
    });
  });
  return out;
}

/** A cell without the spaces that aligned it in a column (colour codes before them are kept). */
function leftTrim(cell: string): string {
  return cell.replace(/^((?:\x1b\[[0-9;]*m)*)\s+/, '$1');
}

function widestWord(cells: string[]): number {
  let most = 0;
  // A cell is never narrower than its longest word, so most cells need no closer look.
  for (const cell of cells) if (width(cell) > most) for (const r of runs(cell)) most = Math.max(most, r?.ink ?? 0);
  return most;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
