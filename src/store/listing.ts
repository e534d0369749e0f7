/**
 * The notebook's list of Markdown files, kept beside the summary index (`files.json`) with the
 * stamp of every folder it was read from. A file is added, removed or renamed only through its
 * folder, which changes that folder's modification and change times, so when no folder read has
 * changed, the list is the one reading them again would give (git's untracked cache rests on
 * the same rule). An edit inside a file changes no list. On 10,000 files the saved list is read
 * and checked in about 3 ms; reading the folders takes about 20. Never the source of truth: a
 * missing, foreign or stale list is made afresh, and one that cannot be saved is not saved.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Walked } from './fs.js';
import { ignoredByGit, RACY_MS, sameStamp, stampOf, statStamp } from './index.js';

const VERSION = 2;
const FILE = 'files.json';

/** A folder as saved: its path ('' for the root), then its stamp (size, mtimeMs, ctimeMs, ino). */
type Folder = [string, number, number, number, number];

/** The first line of the file: the folders; the second holds the paths (not parsed when a folder changed). */
interface Head {
  version: number;
  folders: Folder[];
}

interface Paths {
  files: string[];
  links: string[];
}

/** The list saved in `indexDir`, when every folder it was read from is as it was then; else null. */
export function savedListing(indexDir: string, root: string): Pick<Walked, 'files' | 'links'> | null {
  try {
    const text = readFileSync(path.join(indexDir, FILE), 'utf8');
    const split = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, split)) as Head;
    if (head?.version !== VERSION || !Array.isArray(head.folders)) return null;
    for (const f of head.folders) {
      if (!Array.isArray(f) || typeof f[0] !== 'string' || (f[0] !== '' && !plain(f[0]))) return null;
      const now = statStamp(f[0] === '' ? root : path.join(root, f[0]));
      if (now === null || !sameStamp(now, { size: f[1], mtimeMs: f[2], ctimeMs: f[3], ino: f[4] })) return null;
    }
    const paths = JSON.parse(text.slice(split + 1)) as Paths;
    return plainPaths(paths?.files) && plainPaths(paths.links) ? { files: paths.files, links: paths.links } : null;
  } catch {
    return null;
  }
}

/**
 * Saves what a walk found, unless a folder could not be read (it is tried again next time) or
 * one changed too recently for its times to tell a later change apart (as for files, index.ts).
 */
export function saveListing(indexDir: string, walked: Walked, now: number): void {
  if (walked.folders.length > 0) return;
  if (walked.read.some(([, s]) => now - s.mtimeMs < RACY_MS)) return;
  // In the order of their paths, whatever order the walk read them in.
  const folders = walked.read
    .map(([rel, s]): Folder => {
      const st = stampOf(s);
      return [rel, st.size, st.mtimeMs, st.ctimeMs, st.ino];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const head: Head = { version: VERSION, folders };
  const paths: Paths = { files: walked.files, links: walked.links };
  const file = path.join(indexDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(indexDir, { recursive: true });
    ignoredByGit(path.dirname(indexDir));
    writeFileSync(temp, `${JSON.stringify(head)}\n${JSON.stringify(paths)}\n`);
    renameSync(temp, file);
  } catch {
    // A read-only notebook, or no index folder yet: the folders are read again next time.
  }
}

/** A path as a walk gives it: relative, no empty, dot or dot-dot part, no backslash. */
function plain(p: unknown): boolean {
  return typeof p === 'string' && p !== '' && !/(^|\/)(\.|\/|$)|\\/.test(p);
}

function plainPaths(list: unknown): list is string[] {
  return Array.isArray(list) && list.every(plain);
}
