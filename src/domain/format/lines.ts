/**
 * The line-level readers of the format, written by hand rather than as regular expressions: a
 * file is untrusted input, and an expression that backtracks over a long run of spaces costs
 * seconds per line. Each function here looks at every character a bounded number of times.
 */
import { isIsoDate } from '../dates.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Index of the first character at or after `i` that is not a space or tab. */
function skipBlanks(s: string, i: number): number {
  while (isBlank(s[i])) i++;
  return i;
}

function digits(s: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isDigit(s[j])) j++;
  return j;
}

/** A date at the start of a text, as written by hand. */
export type HandDate =
  /** A date that can be read: as `YYYY-MM-DD`, and where its text ends. */
  | { iso: string; end: number }
  /** Something that looks like a date and is not one (`2026-13-45`, `2026-11`). */
  | { bad: string; end: number };

/**
 * The date a text starts with, in the forms a person writes without ambiguity: `2026-11-20`,
 * `2026-11-2`, `2026/11/20`, `2026.11.20` (year first, one separator throughout) and
 * `2026年11月20日`. Null when the text does not start with four digits and a separator.
 */
export function handDate(s: string, from = 0): HandDate | null {
  const y = digits(s, from, 5);
  if (y - from !== 4) return null;
  const sep = s[y];
  if (sep === '年') {
    const m = digits(s, y + 1, 3);
    if (m === y + 1 || s[m] !== '月') return null;
    const d = digits(s, m + 1, 3);
    if (d === m + 1) return null;
    if (s[d] !== '日') return { bad: s.slice(from, d), end: d };
    return dateOf(s.slice(from, y), s.slice(y + 1, m), s.slice(m + 1, d), s.slice(from, d + 1), d + 1);
  }
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  const m = digits(s, y + 1, 3);
  if (m === y + 1) return null;
  // A year and a month alone (`## 2026-11 review`) is a section, not an entry.
  if (s[m] !== sep) return null;
  const d = digits(s, m + 1, 3);
  if (d === m + 1) return { bad: s.slice(from, m + 1), end: m + 1 };
  return dateOf(s.slice(from, y), s.slice(y + 1, m), s.slice(m + 1, d), s.slice(from, d), d);
}

function dateOf(y: string, m: string, d: string, raw: string, end: number): HandDate {
  if (m.length > 2 || d.length > 2) return { bad: raw, end };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? { iso, end } : { bad: raw, end };
}

/** A Markdown ATX heading: its level and its text without the marks and outer blanks. */
export function headingOf(line: string): { level: number; text: string } | null {
  let level = 0;
  while (level < 7 && line[level] === '#') level++;
  if (level === 0 || level > 6 || !isBlank(line[level])) return null;
  return { level, text: line.slice(level).trim() };
}

/** What a level-2 heading that starts with a date says; see docs/format.md. */
export type EntryHead =
  | { date: string; time: string | null; rest: string }
  /** It looks like an entry's date but cannot be read: reported, not counted. */
  | { dateLike: string };

const TIME_ZONE = new Set(['z', 'utc', 'gmt', 'cst', 'pst', 'pdt', 'est', 'edt', 'cet', 'cest', 'bst', 'jst', 'ist']);

/** A word that says a time zone: `UTC`, `Z`, `+08:00`, `-0500`. */
function isTimeZone(word: string): boolean {
  if (TIME_ZONE.has(word.toLowerCase())) return true;
  if (word[0] !== '+' && word[0] !== '-') return false;
  const rest = word.slice(1).replace(':', '');
  return rest.length === 4 && digits(rest, 0, 4) === 4;
}

/** The first word of a text (up to a blank) and where the text after it starts. */
function firstWord(s: string): { word: string; after: number } {
  let i = 0;
  while (i < s.length && !isBlank(s[i])) i++;
  return { word: s.slice(0, i), after: skipBlanks(s, i) };
}

/**
 * The date, time and words of an entry heading's text (after `## `), or why the date cannot
 * be read; null when the heading does not start like a date at all (an ordinary section).
 */
export function entryHead(text: string): EntryHead | null {
  const d = handDate(text);
  if (d === null) return startsLikeDate(text) ? { dateLike: firstWord(text).word } : null;
  const raw = text.slice(0, d.end);
  if ('bad' in d) return { dateLike: firstWord(text).word };
  const chinese = text[d.end - 1] === '日';
  // `2026-11-20T14:30`, `2026-11-20Z`: a timestamp, not the date alone.
  if (d.end < text.length && !isBlank(text[d.end]) && !chinese) return { dateLike: firstWord(text).word };
  let rest = text.slice(skipBlanks(text, d.end));
  let time: string | null = null;
  const w = firstWord(rest);
  if (isDigit(w.word[0]) && (w.word.includes(':') || w.word.includes('：'))) {
    const t = /^(\d{1,2}):(\d{2})$/.exec(w.word);
    if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return { dateLike: `${raw} ${w.word}` };
    time = w.word;
    rest = rest.slice(w.after);
  }
  const zone = firstWord(rest).word;
  if (zone !== '' && isTimeZone(zone)) return { dateLike: `${raw} ${time ? `${time} ` : ''}${zone}` };
  return { date: d.iso, time, rest };
}

/** `11/20/2026`, `20.11.2026`, `2026/11-20`: a date whose order or form cannot be told for sure. */
function startsLikeDate(text: string): boolean {
  const a = digits(text, 0, 4);
  if (a === 0) return false;
  const sep = text[a];
  if (sep !== '/' && sep !== '.' && sep !== '-' && sep !== '_') return false;
  const b = digits(text, a + 1, 4);
  if (b === a + 1 || !'/.-_'.includes(text[b] ?? ' ')) return false;
  const c = digits(text, b + 1, 4);
  return c > b + 1 && (a === 4 || c - b - 1 === 4 || c - b - 1 === 2);
}

/** A list item with a label: `- Label: value` (`*`, `+`, and the full-width colon too). */
export function fieldOf(line: string): { label: string; value: string } | null {
  let i = skipBlanks(line, 0);
  // A few leading blanks at most: deeper indentation is a nested item, still read as a field.
  const c = line[i];
  if (c !== '-' && c !== '*' && c !== '+') return null;
  if (!isBlank(line[i + 1])) return null;
  i = skipBlanks(line, i + 1);
  // The label is the text before the first colon, at most 40 characters.
  let j = i;
  while (j < line.length && j - i <= 80 && line[j] !== ':' && line[j] !== '：') j++;
  if (line[j] !== ':' && line[j] !== '：') return null;
  const label = line.slice(i, j).trim();
  if (label === '' || label.length > 40) return null;
  return { label, value: line.slice(j + 1).trim() };
}

/** The parts of a Stage value: `from -> to` (or `→`, `=>`), each trimmed. */
export function stageParts(value: string): string[] {
  return value.split(/->|→|=>/).map((s) => s.trim());
}

/** A text without the characters at its end that are in `chars`. */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** True when a line opens an HTML comment that it does not close (`<!--` at its start). */
function opensComment(line: string): boolean {
  const i = skipBlanks(line, 0);
  if (i > 3 || !line.startsWith('<!--', i)) return false;
  return !line.includes('-->', i + 4);
}

const FENCE = /^ {0,3}(```|~~~)/;

/** The code fence a line opens or closes, given the one open before it (null: outside code). */
export function fenceAfter(line: string, open: string | null): { fence: string | null; isFence: boolean } {
  const f = FENCE.exec(line);
  if (!f) return { fence: open, isFence: false };
  return { fence: open === null ? f[1]! : open === f[1] ? null : open, isFence: true };
}

/**
 * Whether the next line is inside an HTML comment, given whether this one was (`open`): a
 * comment opens at a line starting with `<!--` and closes at the first line holding `-->`, as
 * Markdown reads it.
 */
export function commentAfter(line: string, open: boolean): boolean {
  return open ? !line.includes('-->') : opensComment(line);
}

/** The kind of git conflict marker a line is, or null. */
export function conflictMarker(line: string): 'open' | 'base' | 'middle' | 'close' | null {
  const c = line[0];
  if (c !== '<' && c !== '|' && c !== '=' && c !== '>') return null;
  for (let i = 1; i < 7; i++) if (line[i] !== c) return null;
  const after = line[7];
  if (c === '=') return line.slice(7).trim() === '' ? 'middle' : null;
  if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\r') return null;
  return c === '<' ? 'open' : c === '|' ? 'base' : 'close';
}
