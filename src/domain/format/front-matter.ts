/**
 * Front matter: where it lies, how it is read (as the text written, never as code), and the
 * one-line edits the tool makes to it.
 */
import YAML from 'yaml';
import { isIsoDate } from '../dates.js';
import { MAX_CADENCE } from '../limits.js';
import { FormatError, issue } from '../errors.js';
import { STATUSES, type Profile, type Status } from '../types.js';
import { BOM, lineEnding, oneLine } from './text.js';

function readYaml(source: string): unknown {
  // A CRLF file leaves its "\r"s in the block; YAML is read with plain line breaks.
  const text = source.replace(/\r\n?/g, '\n');
  const doc = YAML.parseDocument(text, { schema: 'failsafe', prettyErrors: false, logLevel: 'silent' });
  if (doc.errors.length > 0) throw doc.errors[0];
  // A tag such as !!js/function asks for a type this tool does not read: refuse it rather than
  // guess what the writer meant.
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) throw new FormatError(issue('file.yamlTag', { detail: tag.message.replace(/^.*?: /, '') }));
  return doc.toJS({ maxAliasCount: 100 });
}

// What plainYaml takes: a key of letters, digits, `_` and `-`; a value that starts with no YAML
// indicator, holds no ": " or " #" and no bracket, quote or brace, and does not end with ":";
// or a list `[a, b]` of such values without commas. Anything else is left to yaml.
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const PLAIN_VALUE = /^(?![-?:,#&*!|>'"%@`])(?:(?!: | #)[^[\]{}"'\t])*$/;
const PLAIN_ITEM = /^(?![-?:#&*!|>'"%@`])(?:(?!: | #)[^[\]{},"'\t])+$/;
// Characters YAML or this reader might take differently: controls, NEL, line and paragraph separators, BOM.
const UNSURE = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
// A blank line to YAML: spaces and tabs only (a line of a no-break space is a key without a value).
const BLANK = /^[ \t]*$/;

/**
 * Front matter of plain `key: value` lines, read without the YAML parser; null for anything
 * else (comments aside), which yaml then reads. Reading every file of a notebook the first
 * time spent a third of its time, and made most of its garbage, in yaml, for front matter of
 * this kind: what `new`, `import` and most people write. It gives what yaml's failsafe schema
 * gives for these lines (a test holds the two together on generated front matter); a repeated
 * key, a value over two lines, quotes, anchors and the like go to yaml, errors included.
 */
export function plainYaml(source: string): Record<string, string | string[]> | null {
  const text = source.replace(/\r\n?/g, '\n');
  if (UNSURE.test(text)) return null;
  const out: Record<string, string | string[]> = {};
  for (const line of text.split('\n')) {
    if (BLANK.test(line) || line.startsWith('#')) continue;
    const m = PLAIN_LINE.exec(line);
    if (!m || Object.hasOwn(out, m[1]!)) return null;
    // YAML trims spaces around a plain value, not other white space (a no-break space stays).
    const value = spaceTrimmed(m[2] ?? '');
    if (value.startsWith('[') && value.endsWith(']')) {
      const inner = spaceTrimmed(value.slice(1, -1));
      const items = inner === '' ? [] : inner.split(',').map(spaceTrimmed);
      if (!items.every((x) => PLAIN_ITEM.test(x) && !x.endsWith(':'))) return null;
      out[m[1]!] = items;
    } else if (PLAIN_VALUE.test(value) && !value.endsWith(':')) {
      out[m[1]!] = value;
    } else {
      return null;
    }
  }
  return out;
}

/** `s` without spaces at either end; by index, as ` +$` is quadratic on a long run of spaces. */
function spaceTrimmed(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

/** Front matter languages other tools evaluate as code (`---js`): named, and refused. */
const CODE_LANGUAGES: Record<string, string> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  coffee: 'CoffeeScript',
  coffeescript: 'CoffeeScript',
  json: 'JSON',
};

export interface FrontMatterSpan {
  /** Offset of the first front matter line (after the opening `---` line). */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
}

/**
 * The front matter's YAML, parsed; a FormatError when it cannot be read. YAML is read with the
 * failsafe schema: every value stays the text that was written (no numbers, booleans or dates
 * guessed, so no time zone can shift a date), aliases are capped, and a repeated key is an
 * error. A block opened with a language (`---js`, `---json`) is refused: other tools evaluate
 * those as code.
 */
export function frontMatterData(text: string, span: FrontMatterSpan): unknown {
  const opening = text.slice(text.startsWith(BOM) ? 1 : 0, span.start).replace(/\r?\n$/, '');
  const language = opening.slice(3).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new FormatError(issue('file.notYaml', { language: CODE_LANGUAGES[language] ?? language }));
  }
  try {
    const content = text.slice(span.start, span.end);
    return content.trim() === '' ? {} : (plainYaml(content) ?? readYaml(content));
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const reason = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new FormatError(issue('file.yaml', { detail: reason }));
  }
}

/**
 * Every YAML error of the front matter, each with its line in the file: what `check` lists
 * (the reader stops at the first). Repeated keys are among them.
 */
export function yamlErrors(text: string, span: FrontMatterSpan): { detail: string; line: number | null }[] {
  const source = text.slice(span.start, span.end).replace(/\r\n?/g, '\n');
  const doc = YAML.parseDocument(source, { schema: 'failsafe', prettyErrors: false, logLevel: 'silent' });
  const firstLine = text.slice(0, span.start).split('\n').length;
  return doc.errors.map((e) => ({
    detail: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    line: firstLine + source.slice(0, e.pos[0]).split('\n').length - 1,
  }));
}

/** Where the front matter lies: an opening `---` line, and the next line that starts with `---`. */
export function frontMatterSpan(text: string): FrontMatterSpan | null {
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
  throw new FormatError(issue('file.notScalar', { key }));
}

/**
 * The profile from front matter data; null when it names no customer. Every key that cannot
 * be read is reported through `report` (the key's default is used meanwhile), so a validator
 * can list them all; the name alone must be readable.
 */
export function readProfile(data: Record<string, unknown>, report: (e: FormatError, key: string) => void = (e) => { throw e; }): Profile | null {
  if (data.name === undefined || data.name === null) return null;
  const name = scalar(data.name, 'name');
  if (name === null) return null;
  const read = <T>(key: string, fallback: T, get: () => T): T => {
    try {
      return get();
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      report(e, key);
      return fallback;
    }
  };
  const cadence = read<number | null>('cadence', null, () => {
    const text = scalar(data.cadence, 'cadence');
    if (text === null) return null;
    if (!/^\d+$/.test(text) || Number(text) === 0) throw new FormatError(issue('file.cadence', { value: text }));
    if (Number(text) > MAX_CADENCE) throw new FormatError(issue('file.cadenceRange', { value: text, max: MAX_CADENCE }));
    return Number(text);
  });
  // A list, or names written on one line between commas.
  const names = (key: string) =>
    read<string[]>(key, [], () => {
      const v = data[key];
      if (Array.isArray(v)) return v.map((t) => scalar(t, key)).filter((t): t is string => t !== null);
      if (v === undefined || v === null) return [];
      return (scalar(v, key) ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    });
  const tags = names('tags');
  const owners = names('owner');
  const status = read<Status>('status', 'active', () => {
    const text = (scalar(data.status, 'status') ?? 'active').toLowerCase();
    if (!STATUSES.includes(text as Status)) throw new FormatError(issue('file.status', { value: text, statuses: STATUSES }));
    return text as Status;
  });
  const created = read<string | null>('created', null, () => {
    const text = scalar(data.created, 'created');
    if (text !== null && !isIsoDate(text)) throw new FormatError(issue('file.created', { value: text }));
    return text;
  });
  return {
    name,
    contact: read('contact', null, () => scalar(data.contact, 'contact')),
    phone: read('phone', null, () => scalar(data.phone, 'phone')),
    stage: read('stage', null, () => scalar(data.stage, 'stage')),
    cadence,
    tags,
    owners,
    status,
    created,
    fields: data,
  };
}

/** The 1-based line of a top-level front matter key, or null. */
export function keyLine(text: string, key: string): number | null {
  const span = frontMatterSpan(text);
  if (!span) return null;
  let line = 2;
  for (let pos = span.start; pos < span.end; line++) {
    const end = text.indexOf('\n', pos);
    if (text.startsWith(key, pos) && /^[ \t]*:/.test(text.slice(pos + key.length, pos + key.length + 40))) return line;
    if (end === -1) break;
    pos = end + 1;
  }
  return null;
}

/** A value as it may stand on one front matter line: plain when YAML allows, else quoted. */
export function yamlScalar(value: string): string {
  const plain = YAML.stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/**
 * The file with one top-level front matter key set to `value`: the line that holds the key is
 * replaced (its trailing comment kept), or a line is added before the closing `---`.
 */
export function setFrontMatterValue(text: string, key: string, value: string): string {
  const span = frontMatterSpan(text);
  if (!span) throw new FormatError(issue('file.noFrontMatter'));
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
      const after = line.slice(line.indexOf(':') + 1).trimStart();
      // An anchor (&a) or a tag written before the value belongs to the line: keep it.
      const props = /^(?:[&!]\S*[ \t]+)*/.exec(after)![0];
      const comment = trailingComment(after.slice(props.length));
      const cr = text[stop - 1] === '\r' ? '\r' : '';
      const prefix = line.slice(0, line.indexOf(':') + 1);
      return text.slice(0, pos) + `${prefix} ${props}${rendered}${comment}${cr}` + text.slice(stop);
    }
    pos = lineEnd + 1;
  }
  return text.slice(0, span.end) + `${key}: ${rendered}${eol}` + text.slice(span.end);
}

/** The ` # comment` at the end of a one-line YAML value, stepping over a quoted value first. */
function trailingComment(value: string): string {
  const v = value.trimStart();
  let rest = value;
  if (v.startsWith('"')) {
    const end = /^"(?:[^"\\]|\\.)*"/.exec(v);
    rest = end ? v.slice(end[0].length) : '';
  } else if (v.startsWith("'")) {
    const end = /^'(?:[^']|'')*'/.exec(v);
    rest = end ? v.slice(end[0].length) : '';
  }
  // The first # at the start or after a blank, found by hand: a pattern with [ \t]+ before it
  // backtracks over every run of blanks.
  for (let i = rest.indexOf('#'); i !== -1; i = rest.indexOf('#', i + 1)) {
    if (i === 0) return ` ${rest}`;
    if (rest[i - 1] === ' ' || rest[i - 1] === '\t') {
      let start = i - 1;
      while (start > 0 && (rest[start - 1] === ' ' || rest[start - 1] === '\t')) start--;
      return rest.slice(start);
    }
  }
  return '';
}

export interface NewCustomer {
  name: string;
  contact?: string;
  phone?: string;
  stage?: string;
  cadence?: number;
  tags?: string[];
  owner?: string;
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
  if (c.owner) lines.push(`owner: ${yamlScalar(oneLine(c.owner))}`);
  lines.push(`created: ${c.created}`);
  return lines.join('\n');
}
