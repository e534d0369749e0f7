/**
 * The customer file format (docs/format.md): text in, model out; and the few surgical edits
 * the tool makes (append an entry, set one front matter line). Nothing else is ever rewritten.
 */
import { FormatError, issue } from './errors.js';
import type { CustomerDoc } from './types.js';
import { conflictBlocks, type Diagnostic } from './format/document.js';
import { parseEntries } from './format/entries.js';
import { frontMatterData, frontMatterSpan, keyLine, readProfile, yamlErrors } from './format/front-matter.js';
import { countLines } from './format/text.js';

export { appendBlock, renderEntry, topicsIn, typedNotAsked, type NewEntry } from './format/entries.js';
export { renderFrontMatter, setFrontMatterValue, yamlScalar, type NewCustomer } from './format/front-matter.js';
export { lineEnding, oneLine } from './format/text.js';
export { conflictBlocks, joinDocument, splitDocument, type ConflictBlock, type Diagnostic, type Document, type Section } from './format/document.js';

export interface ReadResult {
  /** null for a Markdown file that is not a customer (no front matter, or no `name`). */
  customer: CustomerDoc | null;
  /** Every problem found; any error means the file cannot be used as it is. */
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /**
   * false: each entry's topics are left empty, not read. What reports keep of a file (its
   * digest) has no topics, and finding them is about a sixteenth of reading a file.
   */
  topics?: boolean;
}

/** Reads a customer file, collecting every problem rather than stopping at the first. */
export function readCustomer(text: string, o: ReadOptions = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (e: FormatError, line: number | null): ReadResult => {
    diagnostics.push({ issue: e.issue, line: e.line ?? line, severity: 'error' });
    return { customer: null, diagnostics };
  };
  const unusable = unusableText(text);
  if (unusable.length > 0) return { customer: null, diagnostics: unusable };
  const span = frontMatterSpan(text);
  if (!span) {
    // Front matter opened, never closed, that names a customer: say so rather than ignore it.
    const head = text.split('\n', 50);
    if (/^\uFEFF?---[ \t]*\r?$/.test(head[0] ?? '') && head.slice(1).some((l) => /^name[ \t]*:/.test(l))) {
      return fail(new FormatError(issue('file.unclosed')), 1);
    }
    return { customer: null, diagnostics };
  }
  let data: unknown;
  try {
    data = frontMatterData(text, span);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    const all = e.issue.code === 'file.yaml' ? yamlErrors(text, span) : [];
    if (all.length === 0) return fail(e, null);
    for (const y of all) diagnostics.push({ issue: issue('file.yaml', { detail: y.detail }), line: y.line, severity: 'error' });
    return { customer: null, diagnostics };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { customer: null, diagnostics };
  let profile;
  try {
    profile = readProfile(data as Record<string, unknown>, (e, key) => {
      diagnostics.push({ issue: e.issue, line: keyLine(text, key), severity: 'error' });
    });
  } catch (e) {
    if (e instanceof FormatError) return fail(e, keyLine(text, 'name'));
    throw e;
  }
  if (!profile) return { customer: null, diagnostics };
  const bodyStart = text.indexOf('\n', span.end) + 1 || text.length;
  const firstLine = countLines(text, bodyStart) + 1;
  const loose: string[] = [];
  const entries = parseEntries(text.slice(bodyStart), firstLine, diagnostics, loose, o.topics ?? true);
  // The free notes: every line outside the entries but the title heading.
  const title = loose.findIndex((l) => /^#[ \t]/.test(l));
  const notes = loose.filter((l, i) => i !== title && l.trim() !== '').map((l) => l.replace(/\r$/, ''));
  return { customer: { profile, entries, notes }, diagnostics };
}

/**
 * The customer's name alone, from the front matter, without reading the entries: what finding
 * a customer needs. A file whose front matter cannot be read gives its first problem.
 */
export function readName(text: string): { name: string | null; diagnostics: Diagnostic[] } {
  const head = frontMatterSpan(text);
  if (!head) return { name: null, diagnostics: readCustomer(text.slice(0, 4096)).diagnostics };
  const front = text.slice(0, text.indexOf('\n', head.end) + 1 || text.length);
  const { customer, diagnostics } = readCustomer(front);
  return { name: customer?.profile.name ?? null, diagnostics };
}

/**
 * Reads a customer file. Returns null for a Markdown file that is not a customer; throws a
 * FormatError with the first problem for one that claims to be and cannot be read.
 */
export function parseCustomer(text: string): CustomerDoc | null {
  const { customer, diagnostics } = readCustomer(text);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) throw new FormatError(error.issue, error.line ?? undefined);
  return customer;
}

// Front matter languages the YAML reader handles or refuses by name (front-matter.ts).
const KNOWN_LANGUAGES = new Set(['', 'yaml', 'yml', 'js', 'javascript', 'coffee', 'coffeescript', 'json']);

/**
 * What keeps a text from being read as the format at all, whatever it claims to be: git
 * conflicts, UTF-16 read as UTF-8, old Mac line endings, a first line that opens front matter
 * in an unknown language. Each is an error: such a file is never written to.
 */
function unusableText(text: string): Diagnostic[] {
  const error = (issue_: Diagnostic['issue'], line: number | null): Diagnostic => ({ issue: issue_, line, severity: 'error' });
  const conflicts = conflictBlocks(text);
  if (conflicts.length > 0) return conflicts.map((c) => error(issue('file.conflict'), c.line));
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) {
    // UTF-16 without a byte order mark decodes as UTF-8 with a NUL beside every ASCII letter.
    const nuls = head.split('\u0000').length - 1;
    return [error(nuls * 3 >= head.length ? issue('file.utf16') : issue('file.notUtf8'), null)];
  }
  // Counting the lines is skipped for the many files with no carriage return at all.
  const returns = loneCarriageReturns(text);
  if (returns > 0 && returns > countLines(text)) return [error(issue('file.lineEndings'), null)];
  const first = /^\uFEFF?---([^\n-][^\n]*)?(?:\n|$)/.exec(head);
  const language = first?.[1]?.trim() ?? '';
  if (first && !KNOWN_LANGUAGES.has(language.toLowerCase())) {
    return [error(issue('file.opening', { value: `---${language}`.slice(0, 40) }), 1)];
  }
  return [];
}

/** Line breaks written as a CR alone (classic Mac OS), which no part of the format reads as one. */
function loneCarriageReturns(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text[i + 1] !== '\n') n++;
  return n;
}

/** Fills `{{key}}` slots in one pass, so a value is never read as a slot itself. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => values[key] ?? slot);
}
