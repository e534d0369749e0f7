/** Text-level helpers shared by the format's reader and writer. */

export const BOM = '\uFEFF';

/** The line ending a file already uses, so what the tool adds matches it. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** One line of text: no line breaks, no control characters that could break the file. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '').trim();
}

/** Line breaks in `text` before offset `end`. */
export function countLines(text: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A string of its own. The reader's strings are slices of the file's text, and a slice keeps
 * the whole text alive: what is kept of every customer must not keep every file.
 */
export function own<T extends string | null>(s: T): T {
  // Shorter strings are never slices: V8 copies them.
  return (s === null || s.length < 13 ? s : (' ' + s).slice(1)) as T;
}
