/** Text for the terminal: what a file says may be shown, never obeyed. */
import { eastAsianWidth } from 'get-east-asian-width';
import { createRequire } from 'node:module';
import { append } from '../domain/lists.js';

// string-width is the authority on the columns a grapheme takes, but importing it costs about
// 60 ms (its emoji patterns, and a grapheme segmenter, are built at import): more than the rest
// of a report's start-up. Text of one character per grapheme (Latin, Chinese, most of what a
// rep writes) is measured with the table string-width itself reads, get-east-asian-width;
// string-width is loaded the first time a text holds an emoji, an accent or an escape code.
let stringWidthModule: ((s: string) => number) | null = null;
function stringWidth(s: string): number {
  stringWidthModule ??= (createRequire(import.meta.url)('string-width') as { default: (s: string) => number }).default;
  return stringWidthModule(s);
}

// C0 and C1 controls (ESC among them) and the bidirectional overrides that can make text
// display as something it is not.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
// Only chalk's colour codes (SGR) reach the terminal: clean() turns a file's ESC into '?'.
const SGR = /\x1b\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Characters that may join their neighbours into one grapheme (accents, emoji sequences,
// Hangul jamo...): text without them is one grapheme per character.
const JOINS = /[\p{M}\p{Cf}\p{Cs}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u0e33\u0eb3\uff9e\uff9f\r\n\x80-\x9f\u{10000}-\u{10ffff}]/u;

// Characters that take no room on screen: zero-width spaces and joiners, word joiners, the
// byte order mark, and the left-to-right and right-to-left marks. In a name they make two
// names that look the same differ (or the other way round).
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u061c]/g;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
// Any character clean() changes: line breaks and tabs, UNSAFE and INVISIBLE, made from them.
const TO_CLEAN = new RegExp(`[\\r\\n\\t${UNSAFE.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]`);

/** True when the joiner at `at` stands between two emoji, as in 👨‍👩‍👧 (a skin tone or VS16 may come first). */
function joinsEmoji(s: string, at: number): boolean {
  let before = at;
  while (before > 0 && /[\ufe0f\udffb-\udfff]/.test(s[before - 1]!)) before -= s[before - 1] === '\ufe0f' ? 1 : 2;
  const prev = String.fromCodePoint(s.codePointAt(before - 2 >= 0 && /[\udc00-\udfff]/.test(s[before - 1]!) ? before - 2 : before - 1) ?? 0);
  const next = String.fromCodePoint(s.codePointAt(at + 1) ?? 0);
  return PICTOGRAPH.test(prev) && PICTOGRAPH.test(next);
}

/**
 * A file's text made safe to print: control characters and invisible characters become visible
 * `?` marks (a joiner inside an emoji sequence stays, or the emoji would fall apart).
 */
export function clean(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  if (!TO_CLEAN.test(s)) return s; // most text: one test, no copy
  const out = s.replace(/\r?\n|\t/g, ' ').replace(UNSAFE, '?');
  return INVISIBLE.test(out) ? out.replace(INVISIBLE, (ch, at: number) => (ch === '\u200d' && joinsEmoji(out, at) ? ch : '?')) : out;
}

/** Columns a string takes in a terminal (Chinese characters take two), colour codes not counted. */
export function width(s: string): number {
  const plain = s.includes('\x1b') ? s.replace(SGR, '') : s;
  // string-width segments every string into graphemes, slowly: a table measures each cell
  // several times. Most text, Chinese included, has one character per grapheme.
  const quick = commonWidth(plain);
  if (quick >= 0) return quick;
  if (plain.includes('\x1b') || JOINS.test(plain)) return stringWidth(s);
  let w = 0;
  for (const ch of plain) w += graphemeWidth(ch);
  return w;
}

/**
 * The columns of text made only of the characters most cells hold, or -1: printable ASCII,
 * the common Chinese characters and full-width forms (two columns each, one grapheme each), and
 * the degree sign and parallelograms of a heat bar. Measured without a regular expression: an
 * overdue review of 10,000 customers measures 100,000 cells.
 */
function commonWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0xb0 || c === 0x25b0 || c === 0x25b1) w += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) w += 2;
    else return -1;
  }
  return w;
}

/** `s` followed by spaces up to `w` columns. */
export function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

// string-width is slow (it segments, then tries emoji patterns), and a table repeats the same
// few hundred characters.
const graphemeWidths = new Map<string, number>();

function graphemeWidth(g: string): number {
  let w = graphemeWidths.get(g);
  if (w === undefined) {
    w = g === '\n' ? 0 : g.length === 1 && !JOINS.test(g) ? characterWidth(g.charCodeAt(0)) : stringWidth(g);
    if (graphemeWidths.size < 10_000) graphemeWidths.set(g, w);
  }
  return w;
}

/**
 * The columns of one character that joins nothing (see JOINS), as string-width counts them:
 * none for a control character, a Hangul filler or an unassigned code point that Unicode
 * reserves as ignorable (string-width skips these as invisible), else its East Asian width.
 */
function characterWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0x3164 || code === 0xffa0 || code === 0x2065 || (code >= 0xfff0 && code <= 0xfff8)) return 0;
  return eastAsianWidth(code);
}

// Made on first use: creating a segmenter starts ICU's break iterators, about 18 ms.
let segmenter: Intl.Segmenter | null = null;
function graphemesOf(s: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(s);
}
// Chinese lines break between any two characters, except never before closing punctuation
// nor after opening punctuation.
const NO_BREAK_BEFORE = new Set([...'，。、；：！？）」』》〉】〕〗”’…—～·%,.;:!?)]}']);
const NO_BREAK_AFTER = new Set([...'（「『《〈【〔〖“‘([{']);

/** A colour code, or a grapheme with the columns it takes. */
type Glyph = { text: string; w: number };
type Piece = { sgr: string } | Glyph;

/**
 * `s` wrapped into lines of at most `w` columns (`rest` for the lines after the first): at
 * spaces, between Chinese characters, and inside a word only when the word alone is too wide.
 * Nothing is cut, and each line closes the colours it opens and reopens those still running.
 */
export function wrap(s: string, w: number, rest: number = w): string[] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0; // columns on the line, trailing spaces included
  const limit = () => Math.max(1, lines.length === 0 ? w : rest);
  const flush = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const chunk of chunks(pieces(s))) {
    if (chunk === '\n') {
      flush();
      continue;
    }
    const inked = columns(chunk, false);
    if (used > 0 && used + inked > limit()) flush();
    if (used + inked <= limit()) {
      append(line, chunk);
      used += columns(chunk, true);
      continue;
    }
    // A word wider than a whole line: break it where the line ends.
    for (const p of chunk) {
      if ('w' in p && used > 0 && used + p.w > limit() && !isSpace(p.text)) flush();
      line.push(p);
      if ('w' in p) used += p.w;
    }
  }
  lines.push(line);
  return balance(lines.map(trimSpaces));
}

function pieces(s: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  const text = (t: string) => {
    if (PRINTABLE_ASCII.test(t)) for (const ch of t) out.push({ text: ch, w: 1 });
    else if (!JOINS.test(t)) for (const ch of t) out.push({ text: ch, w: graphemeWidth(ch) });
    else for (const { segment } of graphemesOf(t)) out.push({ text: segment, w: graphemeWidth(segment) });
  };
  for (const m of s.matchAll(SGR)) {
    text(s.slice(at, m.index));
    out.push({ sgr: m[0] });
    at = m.index + m[0].length;
  }
  text(s.slice(at));
  return out;
}

/** Runs of pieces with no break inside, each with its trailing spaces; '\n' for a forced break. */
function* chunks(all: Piece[]): Generator<Piece[] | '\n'> {
  let chunk: Piece[] = [];
  let prev: Glyph | null = null; // the last character, ignoring colour codes
  let inTopic = false;
  for (const p of all) {
    if ('w' in p) {
      if (p.text === '\n') {
        yield chunk;
        yield '\n';
        chunk = [];
        prev = null;
        inTopic = false;
        continue;
      }
      if (prev !== null && breaksBetween(prev, p, inTopic)) {
        yield chunk;
        chunk = [];
      }
      inTopic = TOPIC_MARK.has(p.text) || (inTopic && TOPIC_CHAR.test(p.text));
      prev = p;
    }
    chunk.push(p);
  }
  yield chunk;
}

/**
 * Whether a line may break between two characters: at a space, or next to a wide (Chinese)
 * character, never inside a Latin word or a number, and never inside a `#topic` (`inTopic`:
 * `prev` is the topic's `#` or one of its characters).
 */
function breaksBetween(prev: Glyph, next: Glyph, inTopic: boolean): boolean {
  if (isSpace(next.text)) return false;
  if (isSpace(prev.text)) return true;
  if (inTopic && TOPIC_CHAR.test(next.text)) return false;
  if (NO_BREAK_BEFORE.has(next.text) || NO_BREAK_AFTER.has(prev.text)) return false;
  return next.w > 1 || prev.w > 1;
}

const TOPIC_CHAR = /^[\p{L}\p{N}_-]/u;
const TOPIC_MARK = new Set(['#', '＃']);

function isSpace(t: string): boolean {
  return /^\s+$/.test(t);
}

/** Columns a chunk takes, with or without its trailing spaces. */
function columns(chunk: Piece[], spaces: boolean): number {
  let n = 0;
  for (const p of chunk) if ('w' in p && (spaces || !isSpace(p.text))) n += p.w;
  return n;
}

/** A wrapped line without the spaces it ended on (colour codes among them are kept). */
function trimSpaces(line: Piece[]): Piece[] {
  const inked = (p: Piece) => 'w' in p && !isSpace(p.text);
  let last = line.length - 1;
  while (last >= 0 && !inked(line[last]!)) last--;
  return [...line.slice(0, last + 1), ...line.slice(last + 1).filter((p) => 'sgr' in p)];
}

// Which codes switch off what an opening code switched on (chalk's pairs).
const CLOSES: Record<string, string[]> = {
  '22': ['1', '2'], '23': ['3'], '24': ['4'], '27': ['7'], '28': ['8'], '29': ['9'], '55': ['53'],
  '39': ['fg'], '49': ['bg'],
};

function kind(params: string): string {
  const n = Number(params.split(';')[0] || '0');
  if ((n >= 30 && n <= 38) || (n >= 90 && n <= 97)) return 'fg';
  if ((n >= 40 && n <= 48) || (n >= 100 && n <= 107)) return 'bg';
  return String(n);
}

/** Lines as strings, each closing the colours still open at its end and reopening them on the next. */
function balance(lines: Piece[][]): string[] {
  const open = new Map<string, string>(); // kind -> the code that opened it
  return lines.map((line) => {
    let out = [...open.values()].join('');
    for (const p of line) {
      if ('w' in p) {
        out += p.text;
        continue;
      }
      out += p.sgr;
      const k = kind(p.sgr.slice(2, -1));
      if (k === '0') open.clear();
      else if (CLOSES[k]) for (const c of CLOSES[k]) open.delete(c);
      else {
        open.delete(k); // re-set last, so it is reopened last
        open.set(k, p.sgr);
      }
    }
    const closers = new Set([...open.keys()].map((k) => (k === 'fg' ? '39' : k === 'bg' ? '49' : Object.keys(CLOSES).find((c) => CLOSES[c]!.includes(k)) ?? '0')));
    return out + [...closers].map((c) => `\x1b[${c}m`).join('');
  });
}

/** A run of text that wrap() keeps on one line if it can: its columns without and with its trailing spaces. */
export interface Run {
  ink: number;
  all: number;
}

/** The runs of `s`, in order; null stands for a line break in `s`. */
export function runs(s: string): (Run | null)[] {
  const out: (Run | null)[] = [];
  for (const chunk of chunks(pieces(s))) out.push(chunk === '\n' ? null : { ink: columns(chunk, false), all: columns(chunk, true) });
  return out;
}

/** How many lines wrap() makes of text with these runs at width `w`, and the widest of them (quickly, for layout). */
export function measure(text: (Run | null)[], w: number): { lines: number; widest: number } {
  let lines = 1;
  let widest = 0;
  let used = 0; // trailing spaces included
  let inked = 0; // without them
  const newLine = () => {
    lines++;
    used = inked = 0;
  };
  for (const r of text) {
    if (r === null || (used > 0 && used + r.ink > w)) newLine();
    if (r === null) continue;
    if (used + r.ink <= w) {
      inked = used + r.ink;
      used += r.all;
    } else {
      // A word broken across lines (about: a wide character may not share the last column).
      const more = Math.ceil(r.ink / w) - 1;
      lines += more;
      inked = r.ink - more * w;
      used = r.all - more * w;
      widest = Math.max(widest, w);
    }
    widest = Math.max(widest, inked);
  }
  return { lines, widest };
}

/**
 * Lines fitted to `w` columns (null: as they are): a line too wide is wrapped by wrap(), its
 * continuation lines indented as the line was. Tables are already fitted; this catches
 * headings, sentences and verdicts, so the terminal never breaks a word.
 */
export function fitLines(lines: string[], w: number | null): string[] {
  if (w === null) return lines;
  return lines.flatMap((line) => {
    if (width(line) <= w) return [line];
    const indent = /^ */.exec(line.replace(SGR, ''))![0].length;
    const pad = indent < w / 2 ? indent : 0;
    const [first = '', ...more] = wrap(line, w, w - pad);
    return [first, ...more.map((l) => ' '.repeat(pad) + l)];
  });
}
