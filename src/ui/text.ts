/** Text for the terminal: what a file says may be shown, never obeyed. */
import stringWidth from 'string-width';

// C0 and C1 controls (ESC among them) and the bidirectional overrides that can make text
// display as something it is not.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** A file's text made safe to print: control characters become visible `?` marks. */
export function clean(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  return s.replace(/\r?\n|\t/g, ' ').replace(UNSAFE, '?');
}

/** Columns a string takes in a terminal (Chinese characters take two). */
export function width(s: string): number {
  return stringWidth(s);
}

export function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}
