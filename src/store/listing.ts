/**
 * The notebook's list of Markdown files, kept beside the summary index (`files.json`) with the
 * stamp of every folder it was read from. A file is added, removed or renamed only through its
 * folder, which changes that folder's modification and change times, so when no folder read has
 * changed, the list is the one reading them again would give (git's untracked cache rests on
 * the same rule). An edit inside a file changes no list. On 10,000 files the saved list is read
 * and checked in about 3 ms; reading the folders takes about 20. When some folders changed,
 * only those are read again. Never the source of truth: a missing, foreign or stale list is
 * made afresh, and one that cannot be saved is not saved.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { FolderContents, Walked } from './fs.js';
import { ignoredByGit, RACY_MS, sameStamp, stampOf, statStamp, type Stamp } from './index.js';

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

/**
 * A list saved before. When every folder it was read from is as it was, its paths are the
 * notebook's; else the folders that are as they were need not be read again (known()).
 */
export class SavedListing {
  private constructor(
    private readonly head: Head,
    private readonly rest: string,
  ) {}

  static read(indexDir: string): SavedListing | null {
    try {
      const text = readFileSync(path.join(indexDir, FILE), 'utf8');
      const split = text.indexOf('\n');
      const head = JSON.parse(text.slice(0, split)) as Head;
      if (head?.version !== VERSION || !Array.isArray(head.folders)) return null;
      if (!head.folders.every((f) => Array.isArray(f) && f.length === 5 && (f[0] === '' || plain(f[0])))) return null;
      return new SavedListing(head, text.slice(split + 1));
    } catch {
      return null;
    }
  }

  /** Whether every folder is as it was when the list was made. */
  unchanged(root: string): boolean {
    return this.head.folders.every((f) => {
      const now = statStamp(f[0] === '' ? root : path.join(root, f[0]));
      return now !== null && sameStamp(now, stampOfFolder(f));
    });
  }

  /** The saved paths; null when they are not as a walk gives them. */
  paths(): Paths | null {
    try {
      const paths = JSON.parse(this.rest) as Paths;
      return plainPaths(paths?.files) && plainPaths(paths.links) ? { files: paths.files, links: paths.links } : null;
    } catch {
      return null;
    }
  }

  /**
   * What each folder held when the list was made, for a walk to take instead of reading the
   * folder again when the file system says the same of it now; undefined when the saved
   * paths do not fit the saved folders.
   */
  known(): ((rel: string, now: Stats) => FolderContents | null) | undefined {
    const paths = this.paths();
    if (!paths) return undefined;
    const held = new Map<string, FolderContents>();
    const stamps = new Map<string, Stamp>();
    for (const f of this.head.folders) {
      held.set(f[0], { files: [], links: [], folders: [] });
      stamps.set(f[0], stampOfFolder(f));
    }
    const parent = (rel: string) => rel.slice(0, Math.max(0, rel.lastIndexOf('/')));
    for (const f of this.head.folders) if (f[0] !== '') held.get(parent(f[0]))?.folders.push(f[0]);
    for (const [list, kind] of [[paths.files, 'files'], [paths.links, 'links']] as const) {
      for (const p of list) {
        const into = held.get(parent(p));
        if (!into) return undefined;
        into[kind].push(p);
      }
    }
    return (rel, now) => {
      const then = stamps.get(rel);
      return then && sameStamp(stampOf(now), then) ? held.get(rel)! : null;
    };
  }
}

function stampOfFolder(f: Folder): Stamp {
  return { size: f[1], mtimeMs: f[2], ctimeMs: f[3], ino: f[4] };
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
