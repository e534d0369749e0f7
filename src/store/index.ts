/**
 * The summary index: what the store learnt of each customer file, kept under
 * `.followup/tmp/index/` (the one folder of the tool's own files, which git ignores) in two
 * journals: `names.jsonl` (each file's name, or why it cannot be read, and for a path or name
 * beyond ASCII the text a search for it reads: what finding a customer needs) and
 * `digests.jsonl` (the name and problem, and the profile and packed facts reports need). Each
 * record carries what the file system said of its file (size, modification and change times,
 * inode), so any change to a file, by this tool, an editor or `git pull`, makes the record stale
 * and the file is read again. Changed records are appended; a journal is rewritten whole when
 * its stale lines are more than a quarter of its records. A journal is kept as its text, and a
 * line parsed only when its record is asked for. Never the source of truth: a missing, corrupt
 * or foreign journal is rebuilt without a word, and a failure to save changes nothing.
 */
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { matchText, queryText } from '../domain/resolve.js';
import { slugOf } from '../domain/slug.js';
import type { CustomerFacts, FileProblem } from '../domain/types.js';
import { packFacts, packProfile, unpackFacts, unpackProfile } from './digest-codec.js';

/** Raised when the shape of what is saved changes, so an older index is never trusted. */
const VERSION = 11;

export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface IndexRecord {
  stamp: Stamp;
  /** The customer's name; null when the file is not a customer or cannot be read. */
  name: string | null;
  problem: FileProblem | null;
  /** The digest; null when there is none (not a customer, or unreadable); undefined when not known yet. */
  digest?: CustomerFacts | null;
  /** What reading the whole file found worth a word, known with the digest. */
  warnings?: FileProblem[];
}

export function stampOf(s: Stats): Stamp {
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** A file's stamp, or null when it vanished meanwhile. */
export function statStamp(file: string): Stamp | null {
  try {
    return stampOf(statSync(file));
  } catch {
    return null;
  }
}

// A file changed again within the same clock tick as it was read would keep its stamp: a
// record of a file modified this recently is used once and never saved (git's "racy" files).
export const RACY_MS = 3000;

type Header = { version: number; kind: string };
/** A line of a journal: the file, its stamp (size, mtimeMs, ctimeMs, ino), then the values. */
type Line = [string, number, number, number, number, ...unknown[]];
/** Where a line's values start. */
const VALUES = 5;

/**
 * One JSON-lines file of records keyed by file path; later lines win. The file's text is kept
 * as it was read, and a line is parsed only when its record is asked for, after its stamp
 * matched as written: a report over 10,000 files parses each line once and keeps none of them,
 * and on 100,000 files the parsed lines would take three times the text's memory.
 */
class Journal {
  /** Each file's record: where its stamp starts in `text` (a line read), or its line (set since). */
  private readonly records = new Map<string, number | Line>();
  private readonly header: Header;
  /** The file's text as read: ASCII, one line per record. */
  private text = '';
  private lines = 0;
  private pending: Line[] = [];
  /** Whether the next save writes the whole journal whatever its stale lines. */
  private whole = false;
  loaded = false;

  constructor(
    private readonly file: string,
    private readonly kind: string,
  ) {
    this.header = { version: VERSION, kind };
  }

  load(): this {
    if (this.loaded) return this;
    let text: string | null;
    try {
      text = readJournal(this.file);
    } catch {
      text = null;
    }
    if (text === null || !this.indexLines(text)) {
      // Missing, cut short, or not one this version wrote: nothing of it is trusted. It starts
      // afresh and, like a journal not read, is written as it goes, so a first run over
      // 100,000 files does not hold all its lines.
      this.records.clear();
      this.lines = 0;
      try {
        if (existsSync(this.file)) writeFileSync(this.file, '');
      } catch {
        // A read-only notebook: the index is only not saved.
      }
      return this;
    }
    this.text = text;
    this.loaded = true;
    // Lines set before the journal was read, and not written yet, are newer than the file's.
    for (const line of this.pending) this.records.set(line[0], line);
    return this;
  }

  /**
   * Finds where each line's record is: the file is `[` and a header line, then one line per
   * record, `,["path",size,mtimeMs,ctimeMs,ino,...values]`. False when the text is not such
   * a journal of this version and kind, or a line is cut short.
   */
  private indexLines(text: string): boolean {
    const first = text.indexOf('\n');
    if (first < 0 || text[0] !== '[') return false;
    let header: Partial<Header> | null;
    try {
      header = JSON.parse(text.slice(1, first)) as Partial<Header> | null;
    } catch {
      return false;
    }
    if (header?.version !== VERSION || header.kind !== this.kind) return false;
    for (let at = first + 1; at < text.length; ) {
      const end = text.indexOf('\n', at);
      if (end < 0 || !text.startsWith(',["', at) || text.charCodeAt(end - 1) !== CLOSE) return false;
      const close = closingQuote(text, at + 3);
      if (close < 0 || close > end) return false;
      // A path written with an escape (a Chinese file name, a quote) is read as JSON; others as they are.
      const token = text.slice(at + 3, close);
      let rel = token;
      if (token.includes('\\')) {
        try {
          rel = JSON.parse(`"${token}"`) as string;
        } catch {
          return false;
        }
      }
      this.records.set(rel, close + 1);
      this.lines++;
      at = end + 1;
    }
    return true;
  }

  /** How many files there are records of. */
  get size(): number {
    return this.records.size;
  }

  /** Whether there is a record of a file, current or not. */
  has(rel: string): boolean {
    return this.records.has(rel);
  }

  /** A file's line, when its stamp is still the one saved with it. */
  current(rel: string, stamp: Stamp): Line | null {
    const r = this.records.get(rel);
    if (r === undefined) return null;
    if (typeof r !== 'number') return r[1] === stamp.size && r[2] === stamp.mtimeMs && r[3] === stamp.ctimeMs && r[4] === stamp.ino ? r : null;
    // Compared as JSON writes the numbers, before anything of the line is parsed.
    return this.text.startsWith(`,${stamp.size},${stamp.mtimeMs},${stamp.ctimeMs},${stamp.ino},`, r) ? this.parse(r) : null;
  }

  /** The line whose stamp starts at `at` in the text. */
  private parse(at: number): Line | null {
    const start = this.text.lastIndexOf('\n', at) + 2; // past the line's comma
    try {
      const line = JSON.parse(this.text.slice(start, this.text.indexOf('\n', at))) as unknown;
      return Array.isArray(line) && line.length > VALUES ? (line as Line) : null;
    } catch {
      return null;
    }
  }

  /** The record of every file, parsed (a line that is not valid JSON left out). */
  *all(): Generator<Line> {
    for (const r of this.records.values()) {
      const line = typeof r === 'number' ? this.parse(r) : r;
      if (line) yield line;
    }
  }

  /**
   * The records whose line holds any of `texts` (in lower case) as written there (in JSON,
   * other characters as `\u` escapes), whatever the case of its letters; each file's latest
   * line, and every line set since the journal was read. A search of the text: only the lines
   * found are parsed. Null when one of them is not valid JSON.
   */
  holding(texts: string[]): Line[] | null {
    const starts = new Set<number>(); // where each line found starts
    const lower = this.text.toLowerCase(); // in ASCII: each letter where it was
    const body = lower.indexOf('\n') + 1; // past the header's line
    for (const find of texts) {
      if (find === '') continue;
      for (let at = lower.indexOf(find, body); at >= 0; at = lower.indexOf(find, lower.indexOf('\n', at) + 1)) {
        starts.add(lower.lastIndexOf('\n', at) + 1);
      }
    }
    // Parsed together, as one list: one call, not one for each line.
    const pieces = ['[0'];
    for (const start of starts) pieces.push(this.text.slice(start, this.text.indexOf('\n', start)));
    pieces.push(']');
    let lines: unknown[];
    try {
      lines = JSON.parse(pieces.join('')) as unknown[];
    } catch {
      return null;
    }
    const out: Line[] = [];
    let i = 0;
    for (const start of starts) {
      const line = lines[++i];
      if (!Array.isArray(line) || line.length <= VALUES || typeof line[0] !== 'string') return null;
      // A later line of the same file wins, whether it holds the text or not.
      if (this.records.get(line[0]) === closingQuote(this.text, start + 3) + 1) out.push(line as Line);
    }
    for (const r of this.records.values()) if (typeof r !== 'number') out.push(r);
    return out;
  }

  set(rel: string, stamp: Stamp, values: unknown[]): void {
    const line: Line = [rel, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, ...values];
    if (this.loaded) this.records.set(rel, line);
    this.pending.push(line);
    // A journal not read is only appended to: its lines are written as they come, so a first
    // run over 100,000 files does not hold them all.
    if (!this.loaded && this.pending.length >= 1000) this.save();
  }

  /** Forgets the files not in `keep`. */
  keepOnly(keep: { has(rel: string): boolean }): void {
    for (const rel of [...this.records.keys()]) if (!keep.has(rel)) this.records.delete(rel);
  }

  /** Takes `lines` as the whole journal, without reading the file: the next save rewrites it. */
  replaceWith(lines: Iterable<Line>): void {
    this.records.clear();
    for (const line of lines) this.records.set(line[0], line);
    this.pending = [];
    this.loaded = true;
    this.whole = true;
  }

  /** Whether the next save writes the whole journal: its stale lines are more than a quarter of its records. */
  get compacting(): boolean {
    return this.whole || (this.loaded && (this.lines + this.pending.length - this.records.size) * 4 > this.records.size);
  }

  /**
   * Writes what changed. A journal never loaded has its new lines appended (after a header, if
   * the file is new); it is compacted when it is next loaded and saved.
   */
  save(): void {
    if (this.pending.length === 0 && !this.compacting) return;
    if (this.loaded && !this.whole && this.records.size === 0 && this.lines === 0) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      ignoredByGit(path.dirname(path.dirname(this.file)));
      if (!this.compacting) {
        const fd = openSync(this.file, 'a');
        try {
          if (!this.loaded && fstatSync(fd).size === 0) writeSync(fd, `[${JSON.stringify(this.header)}\n`);
          writeLines(fd, this.pending.map(lineText));
        } finally {
          closeSync(fd);
        }
      } else {
        const temp = `${this.file}.${process.pid}.tmp`;
        const fd = openSync(temp, 'w');
        try {
          writeSync(fd, `[${JSON.stringify(this.header)}\n`);
          writeLines(fd, this.texts());
        } finally {
          closeSync(fd);
        }
        renameSync(temp, this.file);
        this.lines = this.records.size;
        this.whole = false;
      }
      this.pending = [];
    } catch {
      // The index only saves time; without it every run reads every file, as it would anyway.
    }
  }

  /** Every record's line as written: a line read is written again as it was, without parsing it. */
  private *texts(): Generator<string> {
    for (const r of this.records.values()) {
      yield typeof r === 'number' ? this.text.slice(this.text.lastIndexOf('\n', r) + 1, this.text.indexOf('\n', r) + 1) : lineText(r);
    }
  }
}

/** `]`, which ends every line of a journal. */
const CLOSE = 0x5d;

/** Where the JSON string starting at `from` (past its opening quote) ends: its closing quote, not an escaped one; -1 for none. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return -1;
}

/**
 * A journal's text, or null when there is no such file. Written in ASCII (below), it is read
 * a byte a character, without decoding UTF-8; a byte past ASCII is not this tool's writing (an
 * edit by hand), which Latin-1 would misread: it throws.
 */
function readJournal(file: string): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (!isAscii(bytes)) throw new Error('not ASCII');
  return bytes.toString('latin1');
}

/**
 * A line as JSON in ASCII: other characters (Chinese names...) as `\u` escapes, so that
 * reading needs no UTF-8 decoding (a tenth of reading the journal). Each UTF-16 unit is one
 * escape, as JSON.parse reads them back.
 */
function ascii(line: Line): string {
  return escaped(JSON.stringify(line));
}

/** JSON text with every character past ASCII as a `\u` escape. */
function escaped(json: string): string {
  // Most lines are ASCII already: the test is one native scan, the replacement only for the others.
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${HEX[c.charCodeAt(0) >> 8]}${HEX[c.charCodeAt(0) & 0xff]}`) : json;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A record's line as written in a journal. */
function lineText(line: Line): string {
  return `,${ascii(line)}\n`;
}

/** Writes lines of a journal in pieces of about a megabyte, never the whole text at once. */
function writeLines(fd: number, lines: Iterable<string>): void {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  if (chunk !== '') writeSync(fd, chunk);
}

/** Whether a line holds a name (or null) and a problem (or null) at `at`, as saved; a line of another shape (a hand-edited or foreign file) is as good as none. */
function holdsName(line: Line, at: number): boolean {
  const name = line[at];
  return (name === null || typeof name === 'string') && typeof line[at + 1] === 'object';
}

/**
 * The index of one run. Finding a customer reads the names journal: each file's name, or why
 * it cannot be read. A report reads the digests journal alone, whose lines carry the name and
 * problem too, and the profile and packed facts of each customer. Both journals get a line for
 * every file a report reads; the names journal, not read then, has its lines appended, and is
 * compacted with the digests journal.
 */
export class SummaryIndex {
  private readonly names: Journal;
  private readonly digests: Journal | null;

  /** `need`: whether the reports' digests are needed, or only the names. */
  constructor(dir: string, need: 'keys' | 'digests') {
    this.names = new Journal(path.join(dir, 'names.jsonl'), 'names');
    this.digests = need === 'digests' ? new Journal(path.join(dir, 'digests.jsonl'), 'digests').load() : null;
    if (!this.digests) this.names.load();
  }

  /**
   * What the index last saw of every file a query may mean (see queryText), whether or not
   * the files changed since (from the names journal). Found by a search of the journal's text,
   * whose lines hold each file's path and name, and the matchText of those beyond ASCII; only
   * the lines found are parsed. Null when one of them is not a record this tool writes.
   */
  uncheckedMatching(query: string): { relPath: string; record: IndexRecord }[] | null {
    const { text, pinyin } = queryText(query);
    // As JSON writes it; a name that pinyin may match is beyond ASCII, written with escapes.
    const lines = this.names.holding([escaped(JSON.stringify(text).slice(1, -1)), ...(pinyin ? ['\\u'] : [])]);
    if (!lines) return null;
    const out: { relPath: string; record: IndexRecord }[] = [];
    for (const line of lines) {
      if (!holdsName(line, VALUES)) return null;
      const record = { stamp: { size: line[1], mtimeMs: line[2], ctimeMs: line[3], ino: line[4] }, name: line[VALUES] as string | null, problem: line[VALUES + 1] as FileProblem | null };
      out.push({ relPath: line[0], record });
    }
    return out;
  }

  /** Whether the index has a record of a file at all, current or not: else it must be read. */
  knows(relPath: string): boolean {
    return (this.digests ?? this.names).has(relPath);
  }

  /** How many files the index has records of, current or not (files deleted since among them). */
  get known(): number {
    return (this.digests ?? this.names).size;
  }

  /** What is known of a file that has not changed since; null when it must be read. */
  lookup(relPath: string, stamp: Stamp): IndexRecord | null {
    const line = (this.digests ?? this.names).current(relPath, stamp);
    if (!line || !holdsName(line, VALUES)) return null;
    const name = line[VALUES] as string | null;
    const problem = line[VALUES + 1] as FileProblem | null;
    if (!this.digests) return { stamp, name, problem };
    if (line.length !== VALUES + 5) return null;
    if (name === null || problem !== null) return { stamp, name, problem, digest: null };
    const profile = unpackProfile(line[VALUES + 2]);
    const facts = profile && unpackFacts(line[VALUES + 3]);
    const warnings = line[VALUES + 4];
    if (!profile || !facts || !Array.isArray(warnings)) return null;
    return { stamp, name, problem, digest: { slug: slugOf(relPath), relPath, profile, facts }, warnings: warnings as FileProblem[] };
  }

  /** Records what was read of a file; `now` tells whether its stamp can be trusted next time. */
  remember(relPath: string, record: IndexRecord, now: number): void {
    if (now - record.stamp.mtimeMs < RACY_MS) return;
    this.names.set(relPath, record.stamp, namesValues(relPath, record.name, record.problem));
    const d = record.digest;
    this.digests?.set(relPath, record.stamp, [record.name, record.problem, d ? packProfile(d.profile) : null, d ? packFacts(d.facts) : null, record.warnings ?? []]);
  }

  /** Forgets files that are gone, so the index does not grow with deleted or renamed files. */
  keepOnly(relPaths: Set<string>): void {
    for (const j of [this.names, this.digests]) if (j?.loaded) j.keepOnly(relPaths);
  }

  save(): void {
    // The names journal had the same lines appended: compacted with the digests journal, from
    // its lines (each starts with the file, its stamp, name and problem), not read again.
    if (this.digests?.compacting) this.names.replaceWith(namesLines(this.digests.all()));
    this.names.save();
    this.digests?.save();
  }
}

/**
 * What the names journal keeps of a file: its name and problem, and, when its path or name
 * goes beyond ASCII, its matchText; the line of a file in ASCII holds its path and name, which
 * a search in lower case reads as their matchText.
 */
function namesValues(relPath: string, name: string | null, problem: FileProblem | null): unknown[] {
  return NON_ASCII.test(relPath) || (name !== null && NON_ASCII.test(name)) ? [name, problem, matchText(relPath, name)] : [name, problem];
}

/** The names journal's lines, made from the digests journal's (each starts with the file, its stamp, name and problem). */
function* namesLines(digests: Iterable<Line>): Generator<Line> {
  for (const l of digests) yield [l[0], l[1], l[2], l[3], l[4], ...namesValues(l[0], l[VALUES] as string | null, l[VALUES + 1] as FileProblem | null)];
}

/**
 * Makes git ignore the folder of the tool's own files (`.followup/tmp/`), whatever the
 * notebook's own .gitignore says: nothing of it is ever committed.
 */
export function ignoredByGit(ownDir: string): void {
  const file = path.join(ownDir, '.gitignore');
  try {
    if (!existsSync(file)) writeFileSync(file, "# followup's own files (index, locks, temporary files, undo records, drafts): never committed.\n*\n", { flag: 'wx' });
  } catch {
    // Another process wrote it meanwhile, or the notebook is read-only: nothing to do.
  }
}
