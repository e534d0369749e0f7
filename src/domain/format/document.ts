/**
 * The lossless model of a customer file: the byte order mark, the front matter block, and the
 * body cut into sections at level-1 and level-2 headings outside code blocks (the head before
 * the first one, then one section per heading). Joining the parts gives the file back byte for
 * byte, so a tool can look at one part and leave every other byte as it was.
 */
import type { Issue } from '../errors.js';
import { frontMatterSpan } from './front-matter.js';
import { commentAfter, conflictMarker, entryHead, fenceAfter, headingOf } from './lines.js';
import { BOM, countLines } from './text.js';

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
  /**
   * A dated level-2 heading opens an entry; an unresolved git conflict (from its `<<<<<<<` line
   * through its `>>>>>>>` line) is a section of its own; anything else is text.
   */
  kind: 'head' | 'entry' | 'text' | 'conflict';
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

/** What a line opens: an entry, another section, or nothing. */
function opens(line: string): 'entry' | 'text' | null {
  const h = headingOf(line);
  if (!h || h.level > 2) return null;
  const head = h.level === 2 ? entryHead(h.text) : null;
  return head && 'date' in head ? 'entry' : 'text';
}

/** An unresolved git conflict: its first and last lines (1-based). */
export interface ConflictBlock {
  line: number;
  end: number;
}

/**
 * The git conflicts left in a text, wherever they are (front matter, code blocks: git knows
 * nothing of Markdown). A block runs from `<<<<<<<` to `>>>>>>>`; a `>>>>>>>` or `|||||||` line
 * without an opening one is a conflict half resolved. A `=======` line alone is Markdown (the
 * underline of a heading), not a conflict.
 */
export function conflictBlocks(text: string): ConflictBlock[] {
  if (!/^(?:<{7}|>{7}|\|{7})/m.test(text)) return [];
  const blocks: ConflictBlock[] = [];
  let open: number | null = null;
  text.split('\n').forEach((raw, i) => {
    const m = conflictMarker(raw.replace(/\r$/, ''));
    if (m === 'open' && open === null) open = i + 1;
    else if (m === 'close') {
      blocks.push({ line: open ?? i + 1, end: i + 1 });
      open = null;
    } else if (m === 'base' && open === null) blocks.push({ line: i + 1, end: i + 1 });
  });
  if (open !== null) blocks.push({ line: open, end: text.split('\n').length });
  return blocks;
}

/** Cuts a file into its parts; never fails, whatever the text. */
export function splitDocument(text: string): Document {
  const bom = text.startsWith(BOM);
  const span = frontMatterSpan(text);
  const start = bom ? 1 : 0;
  const fmEnd = span ? (text.indexOf('\n', span.end) + 1 || text.length) : start;
  const frontMatter = text.slice(start, fmEnd);
  const sections: Section[] = [];
  let line = 1 + countLines(frontMatter);
  let current: Section = { kind: 'head', line, text: '' };
  let fence: string | null = null;
  let comment = false;
  const begin = (kind: Section['kind']) => {
    if (current.text !== '' || current.kind !== 'head') sections.push(current);
    current = { kind, line, text: '' };
  };
  let pos = fmEnd;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    const raw = text.slice(pos, end);
    const bare = raw.replace(/\r?\n$/, '');
    const marker = conflictMarker(bare);
    if (current.kind === 'conflict') {
      current.text += raw;
      line++;
      pos = end;
      if (marker === 'close') begin('text');
      continue;
    }
    if (marker === 'open' || marker === 'close' || marker === 'base') {
      begin('conflict');
      current.text += raw;
      line++;
      pos = end;
      if (marker !== 'open') begin('text');
      continue;
    }
    const step = fenceAfter(bare, fence);
    const kind = fence === null && !comment && !step.isFence ? opens(bare) : null;
    if (kind) begin(kind);
    else if (step.isFence && !comment) fence = step.fence;
    if (fence === null && !step.isFence) comment = commentAfter(bare, comment);
    current.text += raw;
    line++;
    pos = end;
  }
  if (current.text !== '' || current.kind !== 'head') sections.push(current);
  return { bom, frontMatter, sections: sections.filter((x) => x.text !== '' || x.kind !== 'text') };
}

/** The file's text from its parts. */
export function joinDocument(d: Document): string {
  return (d.bom ? BOM : '') + d.frontMatter + d.sections.map((s) => s.text).join('');
}
