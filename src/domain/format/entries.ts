/** Entries: dated level-2 headings and their field lines, read and written. */
import { reading, type FieldKey, type Kind, type Vocabulary, CONTACT_KINDS, FIELD_KEYS } from './vocabulary.js';
import { issue } from '../errors.js';
import type { Entry } from '../types.js';
import type { Diagnostic } from './document.js';
import { commentAfter, entryHead, fenceAfter, fieldOf, handDate, headingOf, stageParts, trimEndOf, type EntryHead } from './lines.js';
import { lineEnding, oneLine } from './text.js';

// A topic starts at `#` (or the full-width `＃` of Chinese input methods) after a space, a
// punctuation mark or a Chinese character (Chinese puts no space before it); never inside a
// Latin word, a URL or an HTML entity. Its words are letters, digits, `_` and `-` (not first).
// Read by hand: the one regular expression that said so took 4 ms to compile (its Unicode
// classes together), more than reading the rest of a customer's file.
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Whether a character (one code point) is a letter, a digit or `_`. */
function wordy(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return LETTER_OR_DIGIT.test(ch);
}

/** The code point of `text` that starts at `i`, as a string. */
function charAt(text: string, i: number): string {
  return text.slice(i, (text.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1);
}

/** Where the code point of `text` that ends at `i` starts. */
function startBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** Whether a text holds a topic's mark: most entries hold none, and need no closer look. */
function marked(text: string): boolean {
  return text.includes('#') || text.includes('＃');
}

/** `#words` in a text, lower-cased, in order of first appearance. */
export function topicsIn(text: string): string[] {
  if (!marked(text)) return [];
  const seen = new Set<string>();
  // Where the last topic ended: the mark before another one is read after it.
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x23 && c !== 0xff03) continue;
    if (i > 0) {
      const at = startBefore(text, i);
      const before = text.slice(at, i);
      const mark = at >= from && !wordy(before) && !'&#＃/'.includes(before);
      if (!mark && !(before.charCodeAt(0) >= 0x80 && HAN.test(before))) continue;
    }
    let end = i + 1;
    for (let ch = charAt(text, end); end < text.length && (wordy(ch) || (ch === '-' && end > i + 1)); ch = charAt(text, end)) end += ch.length;
    if (end === i + 1) continue;
    const t = trimEndOf(text.slice(i + 1, end), '-_').toLowerCase();
    if (LETTER.test(t)) seen.add(t);
    from = end;
    i = end - 1;
  }
  return [...seen];
}

function startsWithWord(value: string, words: string[]): boolean {
  const v = value.toLowerCase();
  return words.some((w) => {
    if (!v.startsWith(w)) return false;
    const after = v.charAt(w.length);
    return after === '' || !/[a-z]/.test(after) || /[^\x00-\x7f]/.test(w);
  });
}

/** True when a close answer as typed (`--close`, the guided log) says the close was not asked. */
export function typedNotAsked(value: string): boolean {
  return startsWithWord(value.trim(), reading.closeNotAskedTyped);
}

/**
 * The kind a heading's words start with: a whole word, or a Chinese kind written straight
 * before the title, as in "拜访王总" (Chinese puts no space between words).
 */
function kindOf(words: string): { kind: Kind | undefined; word: string } {
  const first = words.split(/\s+/)[0] ?? '';
  const exact = reading.kindToKey.get(first.toLowerCase());
  if (exact) return { kind: exact, word: first };
  for (const [label, kind] of reading.kindToKey) {
    if (/[^\x00-\x7f]/.test(label) && first.startsWith(label)) return { kind, word: label };
  }
  return { kind: undefined, word: first };
}

/** A line under an entry heading; inside a code block it is text, never a field. */
interface BodyLine {
  text: string;
  code: boolean;
}

type Head = Extract<EntryHead, { date: string }>;

function entryFromLines(heading: Head, body: BodyLine[], line: number, index: number, diagnostics: Diagnostic[], withTopics: boolean): Entry {
  const { date, time, rest } = heading;
  const words = rest.trim();
  const { kind: known, word } = kindOf(words);
  const kind: Kind = known ?? 'note';
  const title = known ? words.slice(word.length).trim() : words;
  const fields: Partial<Record<FieldKey, string>> = {};
  const text: string[] = [];
  let nextLine = line;
  body.forEach(({ text: l, code }, i) => {
    const f = code ? null : fieldOf(l);
    const key = f ? reading.labelToKey.get(f.label.toLowerCase()) : undefined;
    if (f && key) {
      fields[key] = fields[key] ? `${fields[key]}; ${f.value}` : f.value;
      if (key === 'next') nextLine = line + 1 + i;
    } else if (l.trim() !== '') {
      text.push(l.replace(/\r$/, ''));
    }
  });
  let next: Entry['next'] = null;
  if (fields.next !== undefined && fields.next !== '') {
    next = nextOf(fields.next, nextLine, diagnostics);
  }
  let stage: Entry['stage'] = null;
  if (fields.stage) {
    const parts = stageParts(fields.stage);
    const to = parts[parts.length - 1]!;
    if (to) stage = { from: parts.length > 1 && parts[0] ? parts[0] : null, to };
  }
  let closeAsked: boolean | null = null;
  if (fields.close !== undefined && fields.close !== '') {
    closeAsked = !startsWithWord(fields.close, reading.closeNotAsked);
  }
  return {
    index,
    line,
    date,
    time,
    kind,
    isContact: (CONTACT_KINDS as readonly string[]).includes(kind),
    title,
    fields,
    // Read at once, never through a getter: with a getter on this literal, V8 moved the entries
    // and every text they reach to its old generation (a first run over 10,000 files promoted
    // 144 MB instead of 28 MB, and 100,000 files peaked at 790 MB instead of 420).
    topics: withTopics ? topicsOf(words, body) : [],
    text,
    next,
    stage,
    closeAsked,
  };
}

/** The topics of an entry's heading words and lines; most entries hold no mark, and are not joined to be read. */
function topicsOf(words: string, body: BodyLine[]): string[] {
  if (!marked(words) && !body.some((l) => marked(l.text))) return [];
  return topicsIn([words, ...body.map((l) => l.text)].join('\n'));
}

/**
 * A Next value: a date it starts with (in any form a person writes unambiguously) and the plan
 * after it. A date that cannot be read is reported, and the value is kept as a plan without a
 * date, so the plan is not lost and no wrong date counts.
 */
function nextOf(value: string, line: number, diagnostics: Diagnostic[]): NonNullable<Entry['next']> {
  const d = handDate(value);
  const boundary = d !== null && (d.end === value.length || /[\s,;，；。]/.test(value[d.end]!) || value[d.end - 1] === '日');
  if (d === null || !boundary) {
    if (d !== null) diagnostics.push({ issue: issue('file.dateLike', { value: value.split(/\s/, 1)[0]!, where: 'next' }), line, severity: 'warning' });
    return { date: null, action: value };
  }
  if ('bad' in d) {
    diagnostics.push({ issue: issue('file.dateLike', { value: d.bad, where: 'next' }), line, severity: 'warning' });
    return { date: null, action: value };
  }
  return { date: d.iso, action: value.slice(d.end).trim() };
}

/** The code fence, or HTML comment, left open at the end of a text, if any. */
function openAtEnd(text: string): { fence: string | null; comment: boolean } {
  let fence: string | null = null;
  let comment = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (comment) comment = commentAfter(line, true);
    else {
      const step = fenceAfter(line, fence);
      if (fence === null && !step.isFence) comment = commentAfter(line, false);
      fence = step.fence;
    }
  }
  return { fence, comment };
}

/**
 * The entries of a body, from its level-2 dated headings; a broken entry is left out and
 * reported as a diagnostic, and the others are still read. Lines outside every entry (the
 * title, free notes, other sections) go to `loose`, as written.
 */
export function parseEntries(body: string, firstLine: number, diagnostics: Diagnostic[] = [], loose: string[] = [], withTopics = true): Entry[] {
  const entries: Entry[] = [];
  const lines = body.split('\n');
  let current: { head: Head; line: number; lines: BodyLine[] } | null = null;
  let fence: string | null = null;
  let comment = false;
  const flush = () => {
    if (current) entries.push(entryFromLines(current.head, current.lines, current.line, entries.length, diagnostics, withTopics));
    current = null;
  };
  const warn = (value: string, line: number, code: 'file.dateLike' | 'file.inComment') =>
    diagnostics.push({
      issue: code === 'file.dateLike' ? issue(code, { value, where: 'heading' }) : issue(code, { value }),
      line,
      severity: 'warning',
    });
  lines.forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    const wasOpen = fence;
    const inComment = comment;
    const step = inComment ? { fence, isFence: false } : fenceAfter(l, fence);
    fence = step.fence;
    if (fence === null && !step.isFence && wasOpen === null) comment = commentAfter(l, comment);
    const h = wasOpen === null && !step.isFence ? headingOf(l) : null;
    if (h && inComment) {
      // A visit hidden in an HTML comment is not counted; say so rather than drop it silently.
      const head = h.level === 2 ? entryHead(h.text) : null;
      if (head) warn(h.text.slice(0, 60), firstLine + i, 'file.inComment');
    } else if (h && h.level <= 2) {
      flush();
      const head = h.level === 2 ? entryHead(h.text) : null;
      if (head && 'date' in head) current = { head, line: firstLine + i, lines: [] };
      else {
        if (head) warn(head.dateLike, firstLine + i, 'file.dateLike');
        loose.push(l);
      }
      return;
    }
    if (current) current.lines.push({ text: l, code: wasOpen !== null || step.isFence || inComment });
    else loose.push(l);
  });
  flush();
  return entries;
}

export interface NewEntry {
  date: string;
  time?: string | null;
  kind: Kind;
  title?: string;
  fields: Partial<Record<FieldKey, string>>;
}

/** The text of a new entry, in the notebook's locale, ending with a line break. */
export function renderEntry(entry: NewEntry, vocab: Vocabulary, eol = '\n'): string {
  const head = [entry.date, entry.time, vocab.kinds[entry.kind], entry.title ? oneLine(entry.title) : null]
    .filter(Boolean)
    .join(' ');
  const lines = [`## ${head}`];
  for (const key of FIELD_KEYS) {
    const value = entry.fields[key];
    if (value !== undefined && oneLine(value) !== '') lines.push(`- ${vocab.labels[key]}: ${oneLine(value)}`);
  }
  return lines.join(eol) + eol;
}

/** The file with `block` appended as its last entry; every existing byte stays as it was. */
export function appendBlock(text: string, block: string): string {
  const eol = lineEnding(text);
  let out = text;
  if (out.length > 0 && !out.endsWith('\n')) out += eol;
  // A code block or an HTML comment left open would swallow the new entry: close it first.
  const open = openAtEnd(out);
  if (open.fence !== null) out += open.fence + eol;
  if (open.comment) out += `-->${eol}`;
  if (out.length > 0 && !/(^|\n)[ \t]*\r?\n$/.test(out)) out += eol;
  return out + block.replace(/\r?\n/g, eol);
}
