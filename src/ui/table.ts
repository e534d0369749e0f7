/** Tables that fit the terminal, or, when output goes to a file or a pipe, never cut a word. */
import { measure, runs, width, wrap } from './text.js';
import { append, largest } from '../domain/lists.js';

export interface Column {
  header: string;
  /** Names and plans: may narrow to 12 columns and break a word longer than 16; other columns wrap only between words. */
  flex?: boolean;
  align?: 'left' | 'right';
}

type Dim = (s: string) => string;

const GAP = 2;
// A flexible column keeps room for its longest word, but at least FLEX_MIN columns and never
// more than FLEX_WORD for one word (a long one is then broken rather than the table given up).
const FLEX_MIN = 12;
const FLEX_WORD = 16;
// What one more line in a cell of a column that is not flexible costs, against one more line
// in the table: a heat bar or a date split in two reads worse than a name.
const FIXED_WRAP = 1;
// A long table's layout is judged on this many of its rows.
const LAYOUT_ROWS = 300;
const INDENT = 2;

/**
 * Lines of a table. Without `maxWidth` (a file or a pipe), or when it all fits, every cell is
 * printed whole on one line, padded to its column. Otherwise no line is wider than `maxWidth`:
 * cells wrap where that costs the fewest lines, and a terminal too narrow for the columns gets
 * one block per row. Text is never cut; colour codes take no width.
 */
export function renderTable(columns: Column[], rows: string[][], maxWidth: number | null, dim: Dim): string[] {
  const cells = (i: number) => [columns[i]!.header, ...rows.map((r) => r[i] ?? '')];
  // Each cell measured once, into one flat list: an overdue review of 10,000 customers has
  // 100,000 cells, and a list of widths for each row would cost a team's notebook megabytes.
  const measured = new Int32Array(rows.length * columns.length);
  rows.forEach((r, n) => {
    for (let i = 0; i < columns.length; i++) measured[n * columns.length + i] = width(r[i] ?? '');
  });
  const natural = columns.map((c, i) => {
    let most = width(c.header);
    for (let at = i; at < measured.length; at += columns.length) most = Math.max(most, measured[at]!);
    return most;
  });
  const room = maxWidth === null ? null : maxWidth - GAP * (columns.length - 1);
  if (room === null || sum(natural) <= room) return padded(columns, rows, natural, dim, measured);
  const least = columns.map((c, i) => {
    const word = widestWord(cells(i));
    return Math.min(natural[i]!, c.flex ? Math.min(Math.max(word, FLEX_MIN), FLEX_WORD) : word);
  });
  if (sum(least) > room) return blocks(columns, rows, maxWidth!, dim);
  return wrapped(columns, rows, fit(columns, rows, cells, natural, least, room), dim);
}

/**
 * Column widths adding up to at most `room`, each between its least and its natural width.
 * Columns give up width where it costs the fewest lines for each column freed (the widest
 * column among equals), so wrapping goes where rows are tall anyway; then room that turns out
 * to be unused goes back where it saves the most lines.
 */
function fit(columns: Column[], rows: string[][], cells: (i: number) => string[], natural: number[], least: number[], room: number): number[] {
  const widths = [...natural];
  const sample = [columns.map((c) => c.header), ...spread(rows, LAYOUT_ROWS)];
  const text = columns.map((_, i) => sample.map((r) => runs(r[i] ?? '')));
  const memo = columns.map(() => new Map<number, number[]>());
  const linesAt = (i: number, w: number) => {
    let l = memo[i]!.get(w);
    if (!l) {
      l = text[i]!.map((t) => measure(t, w).lines);
      memo[i]!.set(w, l);
    }
    return l;
  };
  const lines = columns.map((_, i) => linesAt(i, widths[i]!));
  let tall = tallest(lines);
  const take = (i: number, w: number) => {
    widths[i] = w;
    lines[i] = linesAt(i, w);
    tall = tallest(lines);
  };
  // Lines the table gains (or, negative, loses) with column i at width w.
  const cost = (i: number, w: number) => {
    const after = linesAt(i, w);
    let total = 0;
    for (let r = 0; r < sample.length; r++) {
      const others = tall.column[r] === i ? tall.second[r]! : tall.first[r]!;
      total += Math.max(others, after[r]!) - Math.max(others, lines[i]![r]!);
      if (!columns[i]!.flex) total += FIXED_WRAP * (after[r]! - lines[i]![r]!);
    }
    return total;
  };
  let spare = room - sum(widths);
  while (spare < 0) {
    let best = { column: -1, to: 0, rate: Infinity };
    for (let i = 0; i < columns.length; i++) {
      for (let to = widths[i]! - 1; to >= Math.max(least[i]!, widths[i]! + spare); to--) {
        const rate = cost(i, to) / (widths[i]! - to);
        const same = Math.abs(rate - best.rate) < 1e-9;
        if ((!same && rate < best.rate) || (same && (i === best.column || widths[i]! > widths[best.column]!))) best = { column: i, to, rate };
      }
    }
    spare += widths[best.column]! - best.to;
    take(best.column, best.to);
  }
  // A wrapped column may be wider than any of its lines.
  for (let i = 0; i < columns.length; i++) {
    if (widths[i]! >= natural[i]!) continue;
    const used = largest([1, ...cells(i).map((cell) => usedWidth(cell, widths[i]!))]);
    spare += widths[i]! - used;
    take(i, used);
  }
  while (spare > 0) {
    let best = { column: -1, to: 0, rate: 0 };
    for (let i = 0; i < columns.length; i++) {
      for (let to = widths[i]! + 1; to <= Math.min(natural[i]!, widths[i]! + spare); to++) {
        const rate = -cost(i, to) / (to - widths[i]!);
        if (rate > best.rate) best = { column: i, to, rate };
      }
    }
    if (best.column < 0) break; // no more room saves a line: the table is narrower than the terminal
    spare -= best.to - widths[best.column]!;
    take(best.column, best.to);
  }
  return widths;
}

/** For each row, its most lines in any column, which column that is, and the most in any other. */
function tallest(lines: number[][]): { first: number[]; column: number[]; second: number[] } {
  const rows = lines[0]?.length ?? 0;
  const t = { first: new Array<number>(rows).fill(0), column: new Array<number>(rows).fill(-1), second: new Array<number>(rows).fill(0) };
  lines.forEach((l, i) => {
    for (let r = 0; r < rows; r++) {
      if (l[r]! > t.first[r]!) {
        t.second[r] = t.first[r]!;
        t.first[r] = l[r]!;
        t.column[r] = i;
      } else if (l[r]! > t.second[r]!) t.second[r] = l[r]!;
    }
  });
  return t;
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

/** A table whose cells all fit: each cell padded to its column's width (`measured`: each cell's, row after row). */
function padded(columns: Column[], rows: string[][], widths: number[], dim: Dim, measured: Int32Array): string[] {
  const line = lineOf(columns, widths);
  return [line(columns.map((c) => dim(c.header))), ...rows.map((r, n) => line(r, measured, n * columns.length))];
}

/**
 * A table whose cells are wrapped to the widths, each line padded as in padded(). Not
 * cli-table3: its wrapping breaks only at spaces (cutting Chinese text with '…'), and once
 * cells are wrapped here, what is left is padding, which it does in time that grows with the
 * square of a cell's length when the cell holds Chinese (it truncates every cell for a debug
 * message, one character at a time): seconds for a few hundred rows.
 */
function wrapped(columns: Column[], rows: string[][], widths: number[], dim: Dim): string[] {
  const line = lineOf(columns, widths);
  const out: string[] = [];
  for (const cells of [columns.map((c) => dim(c.header)), ...rows.map((r) => columns.map((_, i) => r[i] ?? ''))]) {
    const parts = cells.map((cell, i) => (width(cell) <= widths[i]! ? [cell] : wrap(cell, widths[i]!)));
    const height = Math.max(...parts.map((p) => p.length));
    for (let k = 0; k < height; k++) out.push(line(parts.map((p) => p[k] ?? '')));
  }
  return out;
}

/** One line of a table: each cell padded to its column's width, aligned, columns apart by GAP. */
function lineOf(columns: Column[], widths: number[]): (cells: string[], measured?: Int32Array, at?: number) => string {
  const gap = ' '.repeat(GAP);
  // Made by hand, not with map and join: a review of 10,000 customers has 20,000 lines.
  return (cells, measured, at = 0) => {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i] ?? '';
      const fill = spaces(widths[i]! - (measured ? measured[at + i]! : width(cell)));
      if (i > 0) line += gap;
      line += columns[i]!.align === 'right' ? fill + cell : cell + fill;
    }
    return line.trimEnd();
  };
}

const SPACES = ' '.repeat(256);

/** `n` spaces (none for less than one). */
function spaces(n: number): string {
  return n <= 0 ? '' : n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/** Too narrow for columns: each row's first cell on a line, then "Header: value" lines. */
function blocks(columns: Column[], rows: string[][], maxWidth: number, dim: Dim): string[] {
  const out: string[] = [];
  const pad = ' '.repeat(maxWidth >= 4 * INDENT + 8 ? INDENT : 0); // no room to indent on a tiny screen
  rows.forEach((r, n) => {
    if (n > 0) out.push('');
    append(out, wrap(r[0] ?? '', maxWidth));
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
