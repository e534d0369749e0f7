/**
 * An entry written in an editor: the buffer's comment lines go, empty field lines go, and the
 * rest is read by the same entry parser as a customer file. What the person wrote stays as
 * written, except a Stage line that changes the stage, which says where it came from.
 */
import type { Config } from './config.js';
import { issue, type Issue } from './errors.js';
import { parseEntries } from './format/entries.js';
import type { Diagnostic } from './format/document.js';
import { reading } from './format/vocabulary.js';
import { knownStage, sameStage } from './method/stages.js';
import type { Entry } from './types.js';

/** A comment line of the buffer: `#` alone or followed by a space (so `#topic` stays). */
const COMMENT = /^#(?: |$)/;
const EMPTY_FIELD = /^\s*[-*+][ \t]+([^:：\n]{1,40}?)[ \t]*[:：][ \t]*$/;
const STAGE_LINE = /^(\s*[-*+][ \t]+[^:：\n]{1,40}?[ \t]*[:：][ \t]*)(.*?)\s*$/;

/** The buffer without its comment lines, line ends as `\n`, blank lines at both ends trimmed. */
export function stripComments(buffer: string): string {
  const lines = buffer.replace(/\r\n?/g, '\n').split('\n').filter((l) => !COMMENT.test(l));
  return lines.join('\n').replace(/^\s*\n/, '').trimEnd();
}

/** A comment line for the buffer: every line of `text` behind `# `. */
export function commentLines(text: string[]): string[] {
  return text.flatMap((t) => t.split('\n')).map((l) => (l === '' ? '#' : `# ${l}`));
}

export type EditedEntry =
  | { empty: true }
  | { error: Issue }
  | { body: string; entry: Entry; newStage: string | null };

/**
 * The entry a person wrote under `heading` (the tool's `## date kind` line), checked: an empty
 * body, or one that only holds empty field lines, is `empty`.
 */
export function editedEntry(stripped: string, heading: string, currentStage: string | null, config: Config): EditedEntry {
  const isLabel = (label: string) => reading.labelToKey.has(label.trim().toLowerCase());
  const kept = stripped.split('\n').filter((l) => {
    const m = EMPTY_FIELD.exec(l);
    return !(m && isLabel(m[1]!));
  });
  const body = kept.join('\n').replace(/^\s*\n/, '').trimEnd();
  if (body.trim() === '') return { empty: true };
  const diagnostics: Diagnostic[] = [];
  const [entry] = parseEntries(`${heading.trimEnd()}\n${body}\n`, 1, diagnostics);
  // A file keeps an entry it cannot fully read and says so; an entry typed just now is sent
  // back instead, while the person is there to mend it.
  const error = diagnostics[0];
  if (error) return { error: issue('edit.unreadable', { issue: error.issue, line: error.line !== null && error.line > 1 ? error.line - 1 : null }) };
  if (!entry) return { empty: true };
  let newStage: string | null = null;
  let out = body;
  if (entry.stage && !sameStage(entry.stage.to, currentStage)) {
    newStage = knownStage(entry.stage.to, config.stages);
    if (!newStage) return { error: issue('stage.unknown', { stage: entry.stage.to, stages: config.stages }) };
    if (entry.stage.from === null && currentStage) {
      // The Stage line says the change, as `log --stage` writes it.
      out = body
        .split('\n')
        .map((l) => {
          const m = STAGE_LINE.exec(l);
          return m && reading.labelToKey.get(l.replace(/^\s*[-*+][ \t]+/, '').split(/[:：]/)[0]!.trim().toLowerCase()) === 'stage' ? `${m[1]}${currentStage} -> ${m[2]}` : l;
        })
        .join('\n');
    }
  }
  return { body: out + '\n', entry, newStage };
}
