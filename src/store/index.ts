/**
 * The summary index: what the store learnt of each customer file, kept under
 * `.followup/tmp/index/` (the one folder of the tool's own files, which git ignores) in two
 * journals: `names.jsonl` (each file's name, or why it cannot be read: what finding a customer
 * needs) and `digests.jsonl` (the same, and the profile and packed facts reports need). Each
 * record carries what the file system said of its file (size, modification and change times,
 * inode), so any change to a file, by this tool, an editor or `git pull`, makes the record stale
 * and the file is read again. Changed records are appended; a journal is rewritten whole when
 * its stale lines are more than a quarter of its records. Never the source of truth: a missing, corrupt or foreign
 * journal is rebuilt without a word, and a failure to save changes nothing.
 */
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { append } from '../domain/lists.js';
import { slugOf } from '../domain/slug.js';
import type { CustomerFacts, FileProblem } from '../domain/types.js';
import { packFacts, packProfile, unpackFacts, unpackProfile } from './digest-codec.js';

/** Raised when the shape of what is saved changes, so an older index is never trusted. */
const VERSION = 10;

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
 * One JSON-lines file of records keyed by file path; later lines win. Lines are kept as they
 * were parsed: a report reads 10,000 of them, and an object made for each would cost more.
 */
class Journal {
  readonly records = new Map<string, Line>();
  private readonly header: Header;
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
    let lines: unknown[];
    try {
      lines = readJournal(this.file);
    } catch {
      lines = [];
    }
    const header = lines[0] as Header | undefined;
    if (header?.version !== VERSION || header.kind !== this.kind) {
      // Missing, cut short, or not one this version wrote: nothing of it is trusted. It starts
      // afresh and, like a journal not read, is written as it goes, so a first run over
      // 100,000 files does not hold all its lines.
      try {
        if (existsSync(this.file)) writeFileSync(this.file, '');
      } catch {
        // A read-only notebook: the index is only not saved.
      }
      return this;
    }
    this.loaded = true;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as Line;
      this.records.set(line[0], line);
    }
    this.lines = lines.length - 1;
    // Lines set before the journal was read, and not written yet, are newer than the file's.
    for (const line of this.pending) this.records.set(line[0], line);
    return this;
  }

  /** The values saved for a file, when its stamp is still the one saved with them. */
  get(rel: string, stamp: Stamp): Line | null {
    const l = this.records.get(rel);
    return l && l[1] === stamp.size && l[2] === stamp.mtimeMs && l[3] === stamp.ctimeMs && l[4] === stamp.ino ? l : null;
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

  /** Takes `lines`, cut to their first `width` values, as the whole journal, without reading the file: the next save rewrites it. */
  replaceWith(lines: Iterable<Line>, width: number): void {
    this.records.clear();
    for (const line of lines) this.records.set(line[0], line.slice(0, width) as Line);
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
          writeLines(fd, this.pending);
        } finally {
          closeSync(fd);
        }
      } else {
        const temp = `${this.file}.${process.pid}.tmp`;
        const fd = openSync(temp, 'w');
        try {
          writeSync(fd, `[${JSON.stringify(this.header)}\n`);
          writeLines(fd, this.records.values());
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
}

/**
 * A journal's records: the file is `[` and a header line, then one line per record, each
 * starting with a comma, so that the text and a closing bracket are one JSON list. It is read
 * and parsed a megabyte at a time, each piece (whole lines) as one JSON list: on 100,000
 * customers the whole text would be about 100 MB in memory at once, beside what it parses to.
 * A missing file has no records; a broken one, or one not in ASCII, throws.
 */
function readJournal(file: string): unknown[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const out: unknown[] = [];
    const piece = Buffer.allocUnsafe(1 << 20);
    let carry: Buffer | null = null; // bytes of a line not complete yet
    let first = true;
    for (;;) {
      const n = readSync(fd, piece, 0, piece.length, null);
      const bytes: Buffer = carry ? Buffer.concat([carry, piece.subarray(0, n)]) : piece.subarray(0, n);
      const end = n === 0 ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
      if (end > 0) {
        // Written in ASCII (below): read a byte a character, without decoding UTF-8. A byte past
        // ASCII is not this tool's writing (an edit by hand): Latin-1 would misread it.
        if (!isAscii(bytes.subarray(0, end))) throw new Error('not ASCII');
        const text = bytes.toString('latin1', 0, end);
        // The first piece opens the list itself; the others start with a line's comma.
        append(out, JSON.parse(first ? `${text}]` : `[${text.slice(1)}]`) as unknown[]);
        first = false;
      }
      carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
      if (n === 0) break;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/**
 * A line as JSON in ASCII: other characters (Chinese names...) as `\u` escapes, so that
 * reading needs no UTF-8 decoding (a tenth of reading the journal). Each UTF-16 unit is one
 * escape, as JSON.parse reads them back.
 */
function ascii(line: Line): string {
  const json = JSON.stringify(line);
  // Most lines are ASCII already: the test is one native scan, the replacement only for the others.
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${HEX[c.charCodeAt(0) >> 8]}${HEX[c.charCodeAt(0) & 0xff]}`) : json;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Writes lines of a journal in pieces of about a megabyte, never the whole text at once. */
function writeLines(fd: number, lines: Iterable<Line>): void {
  let chunk = '';
  for (const line of lines) {
    chunk += `,${ascii(line)}\n`;
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

  /** What the index last saw of a file, whether or not the file changed since (from the names journal). */
  unchecked(relPath: string): IndexRecord | null {
    const line = this.names.records.get(relPath);
    if (!line || !holdsName(line, VALUES)) return null;
    return { stamp: { size: line[1], mtimeMs: line[2], ctimeMs: line[3], ino: line[4] }, name: line[VALUES] as string | null, problem: line[VALUES + 1] as FileProblem | null };
  }

  /** Whether the index has a record of a file at all, current or not: else it must be read. */
  knows(relPath: string): boolean {
    return (this.digests ?? this.names).records.has(relPath);
  }

  /** What is known of a file that has not changed since; null when it must be read. */
  lookup(relPath: string, stamp: Stamp): IndexRecord | null {
    const line = this.digests ? this.digests.get(relPath, stamp) : this.names.get(relPath, stamp);
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
    this.names.set(relPath, record.stamp, [record.name, record.problem]);
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
    if (this.digests?.compacting) this.names.replaceWith(this.digests.records.values(), VALUES + 2);
    this.names.save();
    this.digests?.save();
  }
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
