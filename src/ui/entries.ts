/** Entries as a rep reads them before a visit. */
import { FIELD_KEYS, type Vocabulary } from '../domain/format/vocabulary.js';
import type { Entry } from '../domain/types.js';
import type { Colors } from './color.js';
import { clean } from './text.js';

/** An entry in the notebook's own words (its locale's labels and kinds). */
export function renderEntry(e: Entry, c: Colors, vocab: Vocabulary): string[] {
  const head = [e.date, e.time, vocab.kinds[e.kind], e.title].filter(Boolean).map((s) => clean(s)).join(' ');
  const lines = [c.bold(head)];
  for (const key of FIELD_KEYS) {
    const v = e.fields[key];
    if (v !== undefined) lines.push(`  ${c.dim(vocab.labels[key] + ':')} ${clean(v)}`);
  }
  for (const t of e.text) lines.push(`  ${clean(t)}`);
  return lines;
}
