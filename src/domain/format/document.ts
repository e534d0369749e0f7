/**
 * The lossless model of a customer file: the byte order mark, the front matter block, and the
 * body cut into sections at level-1 and level-2 headings outside code blocks (the head before
 * the first one, then one section per heading). Joining the parts gives the file back byte for
 * byte, so a tool can look at one part and leave every other byte as it was.
 */
import type { Issue } from '../errors.js';
import { frontMatterSpan } from './front-matter.js';
import { BOM } from './text.js';

/** A problem found in a file, with where it is when known. */
export interface Diagnostic {
  issue: Issue;
  /** 1-based line, or null for the file as a whole. */
  line: number | null;
  column?: number;
  /** An error makes the file unreadable; a warning is only reported. */
  severity: 'error' | 'warning';
}

export interface Section {
  /** A dated level-2 heading opens an entry; anything else is text. */
  kind: 'head' | 'entry' | 'text';
  /** 1-based line of its first line. */
  line: number;
  text: string;
}

export interface Document {
  bom: boolean;
  /** From the opening `---` line through the closing one and its line break; '' when none. */
  frontMatter: string;
  sections: Section[];
}

const HEADING = /^#{1,2}[ \t]/;
const ENTRY = /^##[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]|\r?$)/;
const FENCE = /^\s{0,3}(```|~~~)/;

function linesIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Cuts a file into its parts; never fails, whatever the text. */
export function splitDocument(text: string): Document {
  const bom = text.startsWith(BOM);
  const span = frontMatterSpan(text);
  const start = bom ? 1 : 0;
  const fmEnd = span ? (text.indexOf('\n', span.end) + 1 || text.length) : start;
  const frontMatter = text.slice(start, fmEnd);
  const sections: Section[] = [];
  let line = 1 + linesIn(frontMatter);
  let current: Section = { kind: 'head', line, text: '' };
  let fence: string | null = null;
  let pos = fmEnd;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    const raw = text.slice(pos, end);
    const bare = raw.replace(/\r?\n$/, '');
    const f = FENCE.exec(bare);
    if (fence === null && !f && HEADING.test(bare)) {
      if (current.text !== '' || current.kind !== 'head') sections.push(current);
      current = { kind: ENTRY.test(bare) ? 'entry' : 'text', line, text: '' };
    } else if (f) {
      fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
    }
    current.text += raw;
    line++;
    pos = end;
  }
  if (current.text !== '' || current.kind !== 'head') sections.push(current);
  return { bom, frontMatter, sections };
}

/** The file's text from its parts. */
export function joinDocument(d: Document): string {
  return (d.bom ? BOM : '') + d.frontMatter + d.sections.map((s) => s.text).join('');
}
