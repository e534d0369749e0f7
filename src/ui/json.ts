/**
 * JSON output: indented as `JSON.stringify(value, null, 2)` writes it, with the characters a
 * terminal or an editor could take for something else (C1 controls, invisible and direction
 * marks, line separators) escaped, and written in pieces.
 */

import { Pieces } from './pieces.js';

/** A list longer than this is written this many items at a time. */
const PIECE = 500;

/** A value as indented JSON, escaped (above), in one string. */
export function jsonText(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\u061c]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes `value` as jsonText gives it, and a line break, some 64 kB at a time: a list of more
 * than a few hundred items, at the top or in a plain object, is turned into text a few hundred
 * items at a time. Whole, the review of 100,000 customers is a string of 150 MB, and making it
 * took over a gigabyte.
 */
export function writeJson(value: unknown, write: (text: string) => void): void {
  const out = new Pieces(write);
  walk(value, '', (text) => out.add(text));
  out.add('\n');
  out.flush();
}

/** Writes `value` with `indent` before each of its lines but the first. */
function walk(value: unknown, indent: string, put: (text: string) => void): void {
  if (Array.isArray(value) && value.length > PIECE) {
    put('[');
    for (let i = 0; i < value.length; i += PIECE) {
      // Each piece a list of its own, its brackets taken off: its items' lines, two spaces in.
      const items = jsonText(value.slice(i, i + PIECE)).slice(2, -2);
      put(`${i === 0 ? '\n' : ',\n'}${indented(items, indent)}`);
    }
    put(`\n${indent}]`);
  } else if (isPlain(value) && Object.values(value).some(holdsLongList)) {
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    put('{');
    keys.forEach((k, n) => {
      put(`${n === 0 ? '\n' : ',\n'}${indent}  ${jsonText(k)}: `);
      walk(value[k], `${indent}  `, put);
    });
    put(`\n${indent}}`);
  } else {
    put(indented(jsonText(value), indent).slice(indent.length));
  }
}

/** `text` with `indent` before each of its lines. */
function indented(text: string, indent: string): string {
  return indent === '' ? text : indent + text.replaceAll('\n', `\n${indent}`);
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether JSON.stringify leaves out a key of this value: undefined, a function, a symbol. */
function omitted(value: unknown): boolean {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return true;
  return typeof (value as { toJSON?: unknown } | null)?.toJSON === 'function' && JSON.stringify(value) === undefined;
}

function holdsLongList(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > PIECE;
  return isPlain(value) && Object.values(value).some(holdsLongList);
}
