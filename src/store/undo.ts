/**
 * What it takes to take back a write: for each write the tool made, the file, its text before
 * (none for a file it created) and a digest of the text it wrote. Kept in the tool's own
 * folder (`.followup/tmp/undo/`), the last few dozen writes, one small file each.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface UndoRecord {
  /** Path of the customer file, relative to the notebook. */
  file: string;
  /** The text before the write; null when the write created the file. */
  before: string | null;
  /** sha256 of the text the write left, so a file changed since is never reverted. */
  after: string;
  /** When the write was made, ms since the epoch. */
  at: number;
  /** The record's own file name. */
  id: string;
}

const KEEP = 50;

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Saves the record of a write; the oldest records beyond the last KEEP are dropped. */
export async function remember(dir: string, r: Omit<UndoRecord, 'id' | 'at'>, now: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const id = `${String(now).padStart(15, '0')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.json`;
  await fs.writeFile(path.join(dir, id), JSON.stringify({ ...r, at: now }));
  const all = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  await Promise.all(all.slice(0, Math.max(0, all.length - KEEP)).map((f) => fs.rm(path.join(dir, f), { force: true })));
}

/** The latest record, of one file or of any; null when there is none. */
export async function latest(dir: string, file?: string): Promise<UndoRecord | null> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort().reverse();
  } catch {
    return null;
  }
  for (const id of names) {
    try {
      const r = JSON.parse(await fs.readFile(path.join(dir, id), 'utf8')) as Omit<UndoRecord, 'id'>;
      if (typeof r.file !== 'string' || typeof r.after !== 'string') continue;
      if (file === undefined || r.file === file) return { ...r, id };
    } catch {
      // A record that cannot be read is as good as none.
    }
  }
  return null;
}

export async function forget(dir: string, r: UndoRecord): Promise<void> {
  await fs.rm(path.join(dir, r.id), { force: true });
}
