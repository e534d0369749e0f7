/**
 * The summary index: what the store learnt of each customer file, kept under
 * `.followup/tmp/index/` (the one folder of the tool's own files, which git ignores) in two journals: `names.jsonl` (each file's name, or
 * why it cannot be read: what finding a customer needs) and `digests.jsonl` (the facts reports
 * need). Each record carries what the file system said of its file (size, modification and
 * change times, inode), so any change to a file, by this tool, an editor or `git pull`, makes
 * the record stale and the file is read again. Changed records are appended; a journal is
 * rewritten whole when a quarter of its lines are stale. Never the source of truth: a
 * missing, corrupt or foreign journal is rebuilt without a word, and a failure to save changes
 * nothing.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { slugOf } from '../domain/slug.js';
import type { CustomerFacts, EntryFacts, FileProblem } from '../domain/types.js';
import { packEntries, packFacts, packProfile, unpackEntries, unpackFacts, unpackProfile } from './digest-codec.js';

/** Raised when the shape of what is saved changes, so an older index is never trusted. */
const VERSION = 6;

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
  /** The facts of each entry, when the file was just read. */
  entries?: EntryFacts[];
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
const RACY_MS = 3000;

type Header = { version: number; kind: string };
type Line = [string, number, number, number, number, ...unknown[]];

/** One JSON-lines file of records keyed by file path; later lines win. */
class Journal {
  readonly records = new Map<string, { stamp: Stamp; values: unknown[] }>();
  private readonly header: Header;
  private lines = 0;
  private pending: Line[] = [];
  private rewrite = false;
  loaded = false;

  constructor(
    private readonly file: string,
    private readonly kind: string,
  ) {
    this.header = { version: VERSION, kind };
  }

  load(): this {
    if (this.loaded) return this;
    this.loaded = true;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      this.rewrite = true;
      return this;
    }
    try {
      const at = text.indexOf('\n');
      const header = JSON.parse(at === -1 ? text : text.slice(0, at)) as Header;
      if (header?.version !== VERSION || header.kind !== this.kind) throw new Error('another version');
      // One JSON.parse for all the lines: several times faster than one per line. A line
      // never holds a raw line break (JSON escapes them), so the breaks can become commas.
      const body = at === -1 ? '' : text.slice(at + 1).trimEnd();
      const lines = body === '' ? [] : (JSON.parse(`[${body.replaceAll('\n', ',')}]`) as Line[]);
      for (const [rel, size, mtimeMs, ctimeMs, ino, ...values] of lines) {
        this.records.set(rel, { stamp: { size, mtimeMs, ctimeMs, ino }, values });
      }
      this.lines = lines.length;
    } catch {
      this.records.clear();
      this.lines = 0;
      this.rewrite = true;
    }
    // Lines set before the journal was read, and not written yet, are newer than the file's.
    for (const [rel, size, mtimeMs, ctimeMs, ino, ...values] of this.pending) this.records.set(rel, { stamp: { size, mtimeMs, ctimeMs, ino }, values });
    return this;
  }

  get(rel: string, stamp: Stamp): unknown[] | null {
    const r = this.records.get(rel);
    return r && sameStamp(r.stamp, stamp) ? r.values : null;
  }

  set(rel: string, stamp: Stamp, values: unknown[]): void {
    this.records.set(rel, { stamp, values });
    this.pending.push([rel, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, ...values]);
  }

  delete(rel: string): void {
    this.records.delete(rel);
  }

  /** Whether the next save writes the whole journal: a quarter of its lines or more are stale. */
  get compacting(): boolean {
    return this.loaded && (this.rewrite || (this.lines + this.pending.length - this.records.size) * 4 > this.records.size);
  }

  /**
   * Writes what changed. A journal never loaded has its new lines appended (after a header, if
   * the file is new); it is compacted when it is next loaded and saved.
   */
  save(): void {
    if (this.pending.length === 0 && !this.compacting) return;
    if (this.loaded && this.records.size === 0 && this.lines === 0) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      ignoredByGit(path.dirname(path.dirname(this.file)));
      if (!this.compacting) {
        const header = this.loaded || existsSync(this.file) ? '' : `${JSON.stringify(this.header)}\n`;
        appendFileSync(this.file, header + this.pending.map((l) => `${JSON.stringify(l)}\n`).join(''));
      } else {
        const out = [JSON.stringify(this.header)];
        for (const [rel, r] of this.records) out.push(JSON.stringify([rel, r.stamp.size, r.stamp.mtimeMs, r.stamp.ctimeMs, r.stamp.ino, ...r.values]));
        const temp = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temp, `${out.join('\n')}\n`);
        renameSync(temp, this.file);
      }
      this.pending = [];
      this.rewrite = false;
    } catch {
      // The index only saves time; without it every run reads every file, as it would anyway.
    }
  }
}

/** A record of the names journal: a name (or null) and a problem (or null). A record of another shape (a hand-edited or foreign file) is as good as none. */
function namesRecord(values: unknown[]): boolean {
  return values.length === 2 && (values[0] === null || typeof values[0] === 'string') && typeof values[1] === 'object';
}

export class SummaryIndex {
  private readonly names: Journal;
  private readonly digests: Journal | null;
  private readonly entries: Journal;

  /** `need`: whether the reports' digests are needed too, or only the names. */
  constructor(dir: string, need: 'keys' | 'digests') {
    this.names = new Journal(path.join(dir, 'names.jsonl'), 'names').load();
    this.digests = need === 'digests' ? new Journal(path.join(dir, 'digests.jsonl'), 'digests').load() : null;
    this.entries = new Journal(path.join(dir, 'entries.jsonl'), 'entries');
  }

  /** What the index last saw of a file, whether or not the file changed since. */
  unchecked(relPath: string): IndexRecord | null {
    const n = this.names.records.get(relPath);
    return n && namesRecord(n.values) ? { stamp: n.stamp, name: n.values[0] as string | null, problem: n.values[1] as FileProblem | null } : null;
  }

  /** What is known of a file that has not changed since; null when it must be read. */
  lookup(relPath: string, stamp: Stamp): IndexRecord | null {
    const n = this.names.get(relPath, stamp);
    if (!n || !namesRecord(n)) return null;
    const record: IndexRecord = { stamp, name: n[0] as string | null, problem: n[1] as FileProblem | null };
    if (this.digests && record.name !== null && record.problem === null) {
      const d = this.digests.get(relPath, stamp);
      if (d?.length !== 3 || !Array.isArray(d[2])) return record;
      const profile = unpackProfile(d[0]);
      const facts = profile && unpackFacts(d[1]);
      if (!profile || !facts) return record;
      record.digest = { slug: slugOf(relPath), relPath, profile, facts };
      record.warnings = d[2] as FileProblem[];
    }
    return record;
  }

  /** The facts of a file's entries, from their own journal (read on first use); null when it does not have them. */
  entriesOf(relPath: string, stamp: Stamp): EntryFacts[] | null {
    this.loadEntries();
    this.entries.save();
    const saved = this.entries.get(relPath, stamp);
    return saved ? unpackEntries(saved[0]) : null;
  }

  /** Reads the entries journal, without the files the names journal no longer has. */
  private loadEntries(): void {
    if (this.entries.loaded) return;
    this.entries.load();
    for (const rel of [...this.entries.records.keys()]) if (!this.names.records.has(rel)) this.entries.delete(rel);
  }

  /** Records what was read of a file; `now` tells whether its stamp can be trusted next time. */
  remember(relPath: string, record: IndexRecord, now: number): void {
    if (now - record.stamp.mtimeMs < RACY_MS) return;
    this.names.set(relPath, record.stamp, [record.name, record.problem]);
    const d = record.digest;
    if (this.digests && d && record.entries) {
      this.digests.set(relPath, record.stamp, [packProfile(d.profile), packFacts(d.facts), record.warnings ?? []]);
      this.entries.set(relPath, record.stamp, [packEntries(record.entries)]);
    }
  }

  /** Forgets files that are gone, so the index does not grow with deleted or renamed files. */
  keepOnly(relPaths: Set<string>): void {
    for (const j of [this.names, this.digests, this.entries]) {
      if (!j) continue;
      for (const rel of [...j.records.keys()]) if (!relPaths.has(rel)) j.delete(rel);
    }
  }

  save(): void {
    this.names.save();
    if (!this.digests) return;
    // The entries journal changes with the digests journal, line for line: compacted with it.
    if (this.digests.compacting) this.loadEntries();
    this.digests.save();
    this.entries.save();
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
