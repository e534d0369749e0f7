/**
 * The customer file format (docs/format.md): text in, model out; and the few surgical edits
 * the tool makes (append an entry, set one front matter line). Nothing else is ever rewritten.
 */
import { FormatError } from './errors.js';
import type { CustomerDoc } from './types.js';
import { parseEntries } from './format/entries.js';
import { frontMatterData, frontMatterSpan, readProfile } from './format/front-matter.js';

export { appendBlock, renderEntry, topicsIn, type NewEntry } from './format/entries.js';
export { renderFrontMatter, setFrontMatterValue, yamlScalar, type NewCustomer } from './format/front-matter.js';
export { lineEnding, oneLine } from './format/text.js';

/**
 * Reads a customer file. Returns null for a Markdown file that is not a customer (no front
 * matter, or no `name`); throws FormatError for one that claims to be and cannot be read.
 */
export function parseCustomer(text: string): CustomerDoc | null {
  const span = frontMatterSpan(text);
  if (!span) {
    // Front matter opened, never closed, that names a customer: say so rather than ignore it.
    const head = text.split('\n', 50);
    if (/^\uFEFF?---[ \t]*\r?$/.test(head[0] ?? '') && head.slice(1).some((l) => /^name[ \t]*:/.test(l))) {
      throw new FormatError('front matter has no closing --- line');
    }
    return null;
  }
  const data = frontMatterData(text, span);
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

/** Fills `{{key}}` slots in one pass, so a value is never read as a slot itself. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (slot, key: string) => values[key] ?? slot);
}
