/** Entries: dated level-2 headings and their field lines, read and written. */
import { reading, type FieldKey, type Kind, type Vocabulary, CONTACT_KINDS, FIELD_KEYS } from './vocabulary.js';
import { isIsoDate } from '../dates.js';
import { FormatError, issue } from '../errors.js';
import type { Entry } from '../types.js';
import type { Diagnostic } from './document.js';
import { lineEnding, oneLine } from './text.js';

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const ENTRY_HEAD = /^(\d{4}-\d{2}-\d{2})(?:[ \t]+(\d{1,2}:\d{2}))?(?:[ \t]+(.*))?$/;
const FIELD = /^\s*[-*+][ \t]+([^:：\n]{1,40}?)[ \t]*[:：][ \t]*(.*?)\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
// A topic starts at `#` (or the full-width `＃` of Chinese input methods) after a space, a
// punctuation mark or a Chinese character (Chinese puts no space before it); never inside a
// Latin word, a URL or an HTML entity.
const TOPIC = /(?:^|[^\p{L}\p{N}_&#＃/]|(?<=\p{Script=Han}))[#＃]([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;

/** `#words` in a text, lower-cased, in order of first appearance. */
export function topicsIn(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  const seen = new Set<string>();
  for (const m of text.matchAll(TOPIC)) {
    const t = m[1]!.replace(/[-_]+$/, '').toLowerCase();
    if (/\p{L}/u.test(t)) seen.add(t);
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

function entryFromLines(heading: RegExpExecArray, body: BodyLine[], line: number, index: number): Entry {
  const lines = body.map((l) => l.text);
  const [, date, time, rest] = heading;
  if (!isIsoDate(date!)) throw new FormatError(issue('file.headingDate', { value: date! }), line);
  if (time) {
    const [h, m] = time.split(':').map(Number);
    if (h! > 23 || m! > 59) throw new FormatError(issue('file.headingTime', { value: time }), line);
  }
  const words = (rest ?? '').trim();
  const { kind: known, word } = kindOf(words);
  const kind: Kind = known ?? 'note';
  const title = known ? words.slice(word.length).trim() : words;
  const fields: Partial<Record<FieldKey, string>> = {};
  const text: string[] = [];
  for (const { text: l, code } of body) {
    const f = !code && /^\s*[-*+]/.test(l) ? FIELD.exec(l) : null;
    const key = f ? reading.labelToKey.get(f[1]!.trim().toLowerCase()) : undefined;
    if (f && key) {
      fields[key] = fields[key] ? `${fields[key]}; ${f[2]}` : f[2]!;
    } else if (l.trim() !== '') {
      text.push(l.replace(/\r$/, ''));
    }
  }
  let next: Entry['next'] = null;
  if (fields.next !== undefined && fields.next !== '') {
    const m = /^(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/.exec(fields.next);
    if (m && !isIsoDate(m[1]!)) throw new FormatError(issue('file.nextDate', { value: m[1]! }), line);
    next = m ? { date: m[1]!, action: m[2]!.trim() } : { date: null, action: fields.next };
  }
  let stage: Entry['stage'] = null;
  if (fields.stage) {
    const parts = fields.stage.split(/\s*(?:->|→|=>)\s*/).map((s) => s.trim());
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
    date: date!,
    time: time ?? null,
    kind,
    isContact: (CONTACT_KINDS as readonly string[]).includes(kind),
    title,
    fields,
    topics: topicsIn([words, ...lines].join('\n')),
    text,
    next,
    stage,
    closeAsked,
  };
}

/** The fence a line opens or closes, given the one open before it (null: outside code). */
function fenceAfter(line: string, open: string | null): { fence: string | null; isFence: boolean } {
  const f = FENCE.exec(line);
  if (!f) return { fence: open, isFence: false };
  return { fence: open === null ? f[1]! : open === f[1] ? null : open, isFence: true };
}

/** The code fence left open at the end of a text, if any. */
function openFenceAtEnd(text: string): string | null {
  let fence: string | null = null;
  for (const line of text.split('\n')) fence = fenceAfter(line.replace(/\r$/, ''), fence).fence;
  return fence;
}

/**
 * The entries of a body, from its level-2 dated headings; a broken entry is left out and
 * reported as a diagnostic, and the others are still read. Lines outside every entry (the
 * title, free notes, other sections) go to `loose`, as written.
 */
export function parseEntries(body: string, firstLine: number, diagnostics: Diagnostic[] = [], loose: string[] = []): Entry[] {
  const entries: Entry[] = [];
  const lines = body.split('\n');
  let current: { head: RegExpExecArray; line: number; lines: BodyLine[] } | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (current) {
      try {
        entries.push(entryFromLines(current.head, current.lines, current.line, entries.length));
      } catch (e) {
        if (!(e instanceof FormatError)) throw e;
        diagnostics.push({ issue: e.issue, line: e.line ?? current.line, severity: 'error' });
      }
    }
    current = null;
  };
  lines.forEach((raw, i) => {
    const l = raw.replace(/\r$/, '');
    const wasOpen = fence;
    const step = fenceAfter(l, fence);
    fence = step.fence;
    const h = wasOpen === null && !step.isFence ? HEADING.exec(l) : null;
    if (h && h[1]!.length <= 2) {
      flush();
      const head = h[1]!.length === 2 ? ENTRY_HEAD.exec(h[2]!) : null;
      if (head) current = { head, line: firstLine + i, lines: [] };
      else loose.push(l);
      return;
    }
    if (current) current.lines.push({ text: l, code: wasOpen !== null || step.isFence });
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
  // A code block left open would swallow the new entry: close it first.
  const fence = openFenceAtEnd(out);
  if (fence !== null) out += fence + eol;
  if (out.length > 0 && !/(^|\n)[ \t]*\r?\n$/.test(out)) out += eol;
  return out + block.replace(/\r?\n/g, eol);
}
