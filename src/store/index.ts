/**
 * The summary index: what the store learnt of each customer file (its name, its digest, or
 * why it cannot be read), kept in `.followup/cache/index.json`, which git ignores. Each record
 * is keyed by what the file system says of the file (size, modification and change times,
 * inode), so any change to a file, by this tool, an editor or `git pull`, makes its record
 * stale and the file is read again. Never the source of truth: a missing, corrupt or foreign
 * index is rebuilt without a word, and a failure to save it changes nothing.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Digest, FileProblem } from '../domain/types.js';

/** Raised when the shape of what is cached changes, so an older index is never trusted. */
const VERSION = 2;

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
  digest: Digest | null;
  problem: FileProblem | null;
}

interface IndexFile {
  version: number;
  /** The keys of an entry's facts, in the order each entry's values are saved. */
  entryKeys: string[];
  files: Record<string, SavedRecord>;
}

/** A record as saved: each entry's facts as an array of values, which halves the index. */
type SavedRecord = Omit<IndexRecord, 'digest'> & { digest: (Omit<Digest, 'entries'> & { entries: unknown[][] }) | null };

function pack(records: Record<string, IndexRecord>): IndexFile {
  const keys = new Set<string>();
  for (const r of Object.values(records)) for (const e of r.digest?.entries ?? []) for (const k of Object.keys(e)) keys.add(k);
  const entryKeys = [...keys].sort();
  const files: Record<string, SavedRecord> = {};
  for (const [relPath, r] of Object.entries(records)) {
    const digest = r.digest && { ...r.digest, entries: r.digest.entries.map((e) => entryKeys.map((k) => (e as unknown as Record<string, unknown>)[k] ?? null)) };
    files[relPath] = { ...r, digest };
  }
  return { version: VERSION, entryKeys, files };
}

function unpack(data: IndexFile): Record<string, IndexRecord> {
  const { entryKeys } = data;
  if (!Array.isArray(entryKeys)) return {};
  const records: Record<string, IndexRecord> = {};
  for (const [relPath, r] of Object.entries(data.files)) {
    const digest = r.digest && {
      ...r.digest,
      entries: r.digest.entries.map((values) => {
        const e: Record<string, unknown> = {};
        entryKeys.forEach((k, i) => {
          e[k] = values[i];
        });
        return e as unknown as Digest['entries'][number];
      }),
    };
    records[relPath] = { ...r, digest };
  }
  return records;
}

export function stampOf(s: Stats): Stamp {
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
}

function same(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

// A file changed again within the same clock tick as it was read would keep its stamp: a
// record of a file modified this recently is used once and never saved (git's "racy" files).
const RACY_MS = 3000;

export class SummaryIndex {
  private records: Record<string, IndexRecord> = {};
  private changed = false;

  constructor(private readonly file: string) {}

  /** Reads the saved index; anything unreadable or of another version is an empty one. */
  load(): this {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as IndexFile;
      if (data && data.version === VERSION && typeof data.files === 'object' && data.files !== null) this.records = unpack(data);
    } catch {
      this.records = {};
    }
    return this;
  }

  /** The record of a file when it is still true of the file as it is now. */
  lookup(relPath: string, stamp: Stamp): IndexRecord | null {
    const r = this.records[relPath];
    return r?.stamp && same(r.stamp, stamp) ? r : null;
  }

  /** Records what was read of a file; `now` tells whether its stamp can be trusted next time. */
  remember(relPath: string, record: IndexRecord, now: number): void {
    if (now - record.stamp.mtimeMs < RACY_MS) {
      if (relPath in this.records) {
        delete this.records[relPath];
        this.changed = true;
      }
      return;
    }
    this.records[relPath] = record;
    this.changed = true;
  }

  /** Forgets files that are gone, so the index does not grow with deleted or renamed files. */
  keepOnly(relPaths: Set<string>): void {
    for (const p of Object.keys(this.records)) {
      if (!relPaths.has(p)) {
        delete this.records[p];
        this.changed = true;
      }
    }
  }

  /** Saves the index when it changed, atomically; a notebook that cannot be written keeps none. */
  save(): void {
    if (!this.changed) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(pack(this.records)));
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      // The index only saves time; without it every run reads every file, as it would anyway.
    }
  }
}

/** A file's stamp, or null when it vanished meanwhile. */
export function statStamp(file: string): Stamp | null {
  try {
    return stampOf(statSync(file));
  } catch {
    return null;
  }
}
