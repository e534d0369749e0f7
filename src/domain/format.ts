/**
 * The customer file format (docs/format.md): text in, model out; and the few surgical edits
 * the tool makes (append an entry, set one front matter line). Nothing else is ever rewritten.
 */
import matter from 'gray-matter';
import YAML from 'yaml';
import { reading, type FieldKey, type Kind, type Vocabulary, CONTACT_KINDS, FIELD_KEYS } from '../i18n/vocabulary.js';
import { isIsoDate } from './dates.js';
import { FormatError } from './errors.js';
import { STATUSES, type CustomerDoc, type Entry, type Profile, type Status } from './types.js';

const BOM = '\uFEFF';

function refuse(language: string) {
  return () => {
    throw new FormatError(`front matter must be YAML, not ${language}`);
  };
}

function readYaml(source: string): unknown {
  // gray-matter cuts the block at "\n---", which leaves the "\r" of a CRLF file at its end.
  const text = source.replace(/\r\n?/g, '\n');
  const doc = YAML.parseDocument(text, { schema: 'failsafe', prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0) throw doc.errors[0];
  // A tag such as !!js/function asks for a type this tool does not read: refuse it rather than
  // guess what the writer meant.
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new FormatError(`front matter uses a YAML tag followup does not read (${tag.message.replace(/^.*?: /, '')})`);
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * YAML is read with the failsafe schema: every value stays the text that was written (no
 * numbers, booleans or dates guessed, so no time zone can shift a date), aliases are capped,
 * and a repeated key is an error. Other front matter languages, which gray-matter would
 * evaluate as code, are refused.
 */
const MATTER_OPTIONS = {
  engines: {
    yaml: readYaml,
    javascript: refuse('JavaScript'),
    js: refuse('JavaScript'),
    coffee: refuse('CoffeeScript'),
    json: refuse('JSON'),
  },
} as unknown as Parameters<typeof matter>[1];

interface FrontMatterSpan {
  /** Offset of the first front matter line (after the opening `---` line). */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
}

/** Where the front matter lies, found the way gray-matter finds it. */
function frontMatterSpan(text: string): FrontMatterSpan | null {
  const base = text.startsWith(BOM) ? 1 : 0;
  if (!text.startsWith('---', base) || text.charAt(base + 3) === '-') return null;
  const firstEol = text.indexOf('\n', base);
  if (firstEol === -1) return null;
  const close = text.indexOf('\n---', base + 3);
  if (close === -1) return null;
  return { start: firstEol + 1, end: close + 1 };
}

function scalar(value: unknown, key: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  throw new FormatError(`'${key}' must be a single value`);
}

function readProfile(data: Record<string, unknown>): Profile | null {
  if (data.name === undefined || data.name === null) return null;
  const name = scalar(data.name, 'name');
  if (name === null) return null;
  const cadenceText = scalar(data.cadence, 'cadence');
  let cadence: number | null = null;
  if (cadenceText !== null) {
    if (!/^\d+$/.test(cadenceText) || Number(cadenceText) === 0) {
      throw new FormatError(`'cadence' must be a whole number of days, not '${cadenceText}'`);
    }
    cadence = Number(cadenceText);
  }
  let tags: string[] = [];
  if (Array.isArray(data.tags)) {
    tags = data.tags.map((t) => scalar(t, 'tags')).filter((t): t is string => t !== null);
  } else if (data.tags !== undefined && data.tags !== null) {
    tags = (scalar(data.tags, 'tags') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  }
  const statusText = (scalar(data.status, 'status') ?? 'active').toLowerCase();
  if (!STATUSES.includes(statusText as Status)) {
    throw new FormatError(`'status' must be one of ${STATUSES.join(', ')}, not '${statusText}'`);
  }
  const created = scalar(data.created, 'created');
  if (created !== null && !isIsoDate(created)) {
    throw new FormatError(`'created' must be a date written YYYY-MM-DD, not '${created}'`);
  }
  return {
    name,
    contact: scalar(data.contact, 'contact'),
    phone: scalar(data.phone, 'phone'),
    stage: scalar(data.stage, 'stage'),
    cadence,
    tags,
    status: statusText as Status,
    created,
    fields: data,
  };
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const ENTRY_HEAD = /^(\d{4}-\d{2}-\d{2})(?:[ \t]+(\d{1,2}:\d{2}))?(?:[ \t]+(.*))?$/;
const FIELD = /^\s*[-*+][ \t]+([^:：\n]{1,40}?)[ \t]*[:：][ \t]*(.*?)\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const TOPIC = /(?:^|[^\p{L}\p{N}_&#/])#([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;

/** `#words` in a text, lower-cased, in order of first appearance. */
export function topicsIn(text: string): string[] {
  if (!text.includes('#')) return [];
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

function entryFromLines(heading: RegExpExecArray, lines: string[], line: number, index: number): Entry {
  const [, date, time, rest] = heading;
  if (!isIsoDate(date!)) throw new FormatError(`'${date}' in an entry heading is not a real date`, line);
  if (time) {
    const [h, m] = time.split(':').map(Number);
    if (h! > 23 || m! > 59) throw new FormatError(`'${time}' in an entry heading is not a time of day`, line);
  }
  const words = (rest ?? '').trim();
  const { kind: known, word } = kindOf(words);
  const kind: Kind = known ?? 'note';
  const title = known ? words.slice(word.length).trim() : words;
  const fields: Partial<Record<FieldKey, string>> = {};
  const text: string[] = [];
  for (const l of lines) {
    const f = /^\s*[-*+]/.test(l) ? FIELD.exec(l) : null;
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
    if (m && !isIsoDate(m[1]!)) throw new FormatError(`'${m[1]}' on the Next line is not a real date`, line);
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

function parseEntries(body: string, firstLine: number): Entry[] {
  const entries: Entry[] = [];
  const lines = body.split('\n');
  let current: { head: RegExpExecArray; line: number; lines: string[] } | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (current) entries.push(entryFromLines(current.head, current.lines, current.line, entries.length));
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
      return;
    }
    current?.lines.push(l);
  });
  flush();
  return entries;
}

/**
 * Reads a customer file. Returns null for a Markdown file that is not a customer (no front
 * matter, or no `name`); throws FormatError for one that claims to be and cannot be read.
 */
export function parseCustomer(text: string): CustomerDoc | null {
  const span = frontMatterSpan(text);
  if (!span) return null;
  let data: unknown;
  try {
    // Only the front matter goes to gray-matter, which copies and caches what it is given.
    const head = text.slice(text.startsWith(BOM) ? 1 : 0, text.indexOf('\n', span.end) + 1 || text.length);
    data = matter(head, MATTER_OPTIONS).data;
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const reason = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new FormatError(`front matter is not valid YAML: ${reason}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const profile = readProfile(data as Record<string, unknown>);
  if (!profile) return null;
  const bodyStart = text.indexOf('\n', span.end) + 1 || text.length;
  const firstLine = countLines(text, bodyStart) + 1;
  return { profile, entries: parseEntries(text.slice(bodyStart), firstLine) };
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line ending a file already uses, so what the tool adds matches it. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** A value as it may stand on one front matter line: plain when YAML allows, else quoted. */
export function yamlScalar(value: string): string {
  const plain = YAML.stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** One line of text: no line breaks, no control characters that could break the file. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '').trim();
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

/**
 * The file with one top-level front matter key set to `value`: the line that holds the key is
 * replaced (its trailing comment kept), or a line is added before the closing `---`.
 */
export function setFrontMatterValue(text: string, key: string, value: string): string {
  const span = frontMatterSpan(text);
  if (!span) throw new FormatError('the file has no front matter');
  const eol = lineEnding(text);
  const rendered = yamlScalar(oneLine(value));
  const keyLine = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:(?:[ \\t]|$)`);
  let pos = span.start;
  while (pos < span.end) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1 || lineEnd > span.end) lineEnd = span.end;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    if (keyLine.test(line)) {
      // A value that continues on indented lines is replaced whole.
      let stop = lineEnd;
      while (stop + 1 < span.end && /^[ \t]+\S/.test(text.slice(stop + 1, text.indexOf('\n', stop + 1)))) {
        stop = text.indexOf('\n', stop + 1);
      }
      const comment = trailingComment(line.slice(line.indexOf(':') + 1));
      const cr = text[stop - 1] === '\r' ? '\r' : '';
      const prefix = line.slice(0, line.indexOf(':') + 1);
      return text.slice(0, pos) + `${prefix} ${rendered}${comment ? comment[0] : ''}${cr}` + text.slice(stop);
    }
    pos = lineEnd + 1;
  }
  return text.slice(0, span.end) + `${key}: ${rendered}${eol}` + text.slice(span.end);
}

/** The ` # comment` at the end of a one-line YAML value, stepping over a quoted value first. */
function trailingComment(value: string): RegExpExecArray | null {
  const v = value.trimStart();
  let rest = value;
  if (v.startsWith('"')) {
    const end = /^"(?:[^"\\]|\\.)*"/.exec(v);
    rest = end ? v.slice(end[0].length) : '';
  } else if (v.startsWith("'")) {
    const end = /^'(?:[^']|'')*'/.exec(v);
    rest = end ? v.slice(end[0].length) : '';
  }
  return /[ \t]+#.*$/.exec(rest);
}

export interface NewCustomer {
  name: string;
  contact?: string;
  phone?: string;
  stage?: string;
  cadence?: number;
  tags?: string[];
  created: string;
}

/** Front matter lines for a new customer file, only the keys that have a value. */
export function renderFrontMatter(c: NewCustomer): string {
  const lines = [`name: ${yamlScalar(oneLine(c.name))}`];
  if (c.contact) lines.push(`contact: ${yamlScalar(oneLine(c.contact))}`);
  if (c.phone) lines.push(`phone: ${JSON.stringify(oneLine(c.phone))}`);
  if (c.stage) lines.push(`stage: ${yamlScalar(oneLine(c.stage))}`);
  if (c.cadence) lines.push(`cadence: ${c.cadence}`);
  if (c.tags && c.tags.length > 0) lines.push(`tags: [${c.tags.map((t) => (/^[\p{L}\p{N}_-]+$/u.test(t) ? t : JSON.stringify(oneLine(t)))).join(', ')}]`);
  lines.push(`created: ${c.created}`);
  return lines.join('\n');
}

/** Fills `{{key}}` slots in one pass, so a value is never read as a slot itself. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => values[key] ?? slot);
}
