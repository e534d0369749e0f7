/**
 * Spreadsheet files: CSV read with csv-parse after decoding the bytes (UTF-8 with or without a
 * byte order mark, else GB18030, which Excel writes on Chinese Windows and which covers GBK),
 * and written with csv-stringify.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'gb18030';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a CSV file's bytes, and the encoding it was read in. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    // TextDecoder drops a leading byte order mark itself.
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

export interface CsvTable {
  header: string[];
  /** Each data row with the 1-based line of the file it starts on. */
  rows: { line: number; cells: string[] }[];
}

export class CsvError extends Error {}

/** The header and rows of CSV text; blank lines are skipped, a ragged row is kept as it is. */
export function readCsv(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, delimiter: delimiterOf(text) }) as unknown as typeof records;
  } catch (e) {
    throw new CsvError((e as Error).message.split('\n')[0]!);
  }
  const [head, ...rest] = records;
  if (!head) return { header: [], rows: [] };
  // csv-parse counts the line a record ends on; a record starts after the previous one ended.
  const rows: CsvTable['rows'] = [];
  const lines = text.split('\n');
  let previousEnd = head.info.lines;
  for (const r of rest) {
    rows.push({ line: firstLine(lines, previousEnd), cells: r.record });
    previousEnd = r.info.lines;
  }
  return { header: head.record.map((h) => h.trim()), rows };
}

/** The separator of the header line: a comma, or the semicolon or tab some spreadsheets write. */
function delimiterOf(text: string): string {
  const head = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const count = (c: string) => head.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** The first non-blank line after line `after` (blank lines are skipped by the parser). */
function firstLine(lines: string[], after: number): number {
  let n = after;
  while (n < lines.length && lines[n]!.trim() === '') n++;
  return n + 1;
}

/**
 * Rows as CSV lines, each ending in CRLF, so a file can be written a few rows at a time. The
 * first piece of a file starts with a byte order mark, so Excel reads it as UTF-8 (Chinese
 * included).
 */
export function csvPiece(rows: string[][], first: boolean): string {
  return (first ? '\uFEFF' : '') + stringify(rows, { record_delimiter: 'windows' });
}
