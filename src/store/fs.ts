/** The only functions that touch customer files on disk: read as UTF-8, write atomically. */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readSync, writeFileSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { Failure, issue } from '../domain/errors.js';
import { append } from '../domain/lists.js';

// The byte order mark is kept: it is part of the file, and the format module knows it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class NotText extends Error {}

/** A customer file larger than MAX_FILE_BYTES: refused by name, never loaded. */
export class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super('too large');
  }
}

/** The largest customer file read: years of daily visits take well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A customer file whose permissions say nobody may write it: its owner locked it. */
export class ReadOnlyFile extends Error {}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'it is a folder',
  ENOENT: 'it does not exist',
};

/** Words for a file system error code, for a one-line message. */
export function describeError(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code ? (REASONS[code] ?? code) : null;
}

/** A file's text; throws NotText when its bytes are not UTF-8, TooLarge past MAX_FILE_BYTES. */
export async function readText(file: string, limit = MAX_FILE_BYTES): Promise<string> {
  return readTextSync(file, limit);
}

/**
 * A file's text, read synchronously: for thousands of small files it is several times faster
 * than going through the thread pool, and a command has nothing else to do meanwhile. The
 * size is taken from the open file, so a file that grows meanwhile is still cut at the limit;
 * `opened` is given what the open file is (the index's stamp of the very text read).
 */
export function readTextSync(file: string, limit = MAX_FILE_BYTES, opened?: (stats: Stats) => void): string {
  const fd = openSync(file, 'r');
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    opened?.(stats);
    const size = stats.size;
    if (size > limit) throw new TooLarge(size);
    bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, null);
      if (n === 0) break;
      got += n;
    }
    bytes = bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotText('not UTF-8 text (save it as UTF-8)');
  }
}

/**
 * A temporary file's path: in `dir` (the notebook's own ignored folder) when given, else beside
 * the file. The name is short whatever the customer file is called, so a file name near the
 * file system's limit can still be written.
 */
function tempName(file: string, dir?: string): string {
  return path.join(dir ?? path.dirname(file), `.${process.pid.toString(36)}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Makes a rename in `dir` durable: without it a crash can bring the old file back. */
async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof fs.open>> | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some systems (Windows, some network file systems) cannot sync a folder; the rename stands.
  } finally {
    await handle?.close();
  }
}

/**
 * What a file is written with: its text, or a function that hands the text over in pieces (an
 * export of 100,000 customers is never one string). The function may be called again, and must
 * then give the same text: a file system that cannot link files has the file written anew.
 */
export type Content = string | ((put: (piece: string) => void) => Promise<void>);

/** Writes `text` into an open file, from where it stands: whole, or each piece as it is handed over. */
export async function writeContent(handle: fs.FileHandle, text: Content): Promise<void> {
  if (typeof text === 'string') await handle.writeFile(text, 'utf8');
  // Written at once, whole (writeFileSync goes on until every byte is written), so that a
  // piece is never held while the next is made.
  else await text((piece) => writeFileSync(handle.fd, piece));
}

/** Writes `text` into a file that must not exist yet, and waits until it is on disk; false when it exists. */
async function writeNew(file: string, text: Content, mode = 0o644): Promise<boolean> {
  const handle = await fs.open(file, 'wx', mode).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EEXIST') return null;
    throw err;
  });
  if (!handle) return false;
  try {
    await writeContent(handle, text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function writeTemp(file: string, text: Content, mode?: number, dir?: string): Promise<string> {
  const temp = tempName(file, dir);
  if (!(await writeNew(temp, text, mode))) throw new Error(`${temp} exists already`);
  return temp;
}

/**
 * Writes through a temporary file in `tempDir`, then places it. A temporary file on another
 * file system than the customer file cannot be renamed onto it: then one beside it is used.
 */
async function viaTemp<T>(file: string, text: Content, mode: number | undefined, tempDir: string | undefined, place: (temp: string) => Promise<T>): Promise<T> {
  const attempt = async (dir: string | undefined): Promise<T> => {
    const temp = await writeTemp(file, text, mode, dir);
    try {
      return await place(temp);
    } finally {
      await fs.rm(temp, { force: true });
    }
  };
  try {
    return await attempt(tempDir);
  } catch (e) {
    if (tempDir === undefined || (e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    return attempt(undefined);
  }
}

/**
 * Replaces a file's contents: the new text goes to a temporary file (in `tempDir`, else beside
 * the file), which is synced to disk and then takes the file's place in one rename, and the
 * folder is synced, so a reader sees the old file or the new one, never half of either, and a
 * crash leaves one of the two. The file keeps its permissions.
 */
export async function replaceFile(file: string, text: Content, tempDir?: string): Promise<void> {
  const mode = await writableMode(file);
  await viaTemp(file, text, mode, tempDir, (temp) => takePlace(temp, file, mode));
  await syncFolder(path.dirname(file));
}

/** The permissions of a file that may be replaced; ReadOnlyFile when its owner locked it. */
async function writableMode(file: string): Promise<number> {
  const stats = await fs.stat(file);
  // A folder would only refuse the rename at the end: said at once, as the system says it.
  if (stats.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
  if ((stats.mode & 0o222) === 0) throw new ReadOnlyFile('the file is read-only');
  return stats.mode & 0o777;
}

/** Puts a written temporary file in the place of `file`, with the file's permissions. */
async function takePlace(temp: string, file: string, mode: number): Promise<void> {
  await fs.chmod(temp, mode);
  await fs.rename(temp, file);
}

/** Creates a file that must not exist yet, atomically; false when the name is taken. */
export async function createFile(file: string, text: Content, tempDir?: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const created = await viaTemp(file, text, undefined, tempDir, (temp) => link(temp, file, text));
  if (created) await syncFolder(path.dirname(file));
  return created;
}

/** Links a written temporary file to a name that must not exist yet; false when it does. */
async function link(temp: string, file: string, text: Content): Promise<boolean> {
  try {
    await fs.link(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    if ((e as NodeJS.ErrnoException).code === 'EXDEV') throw e;
    // Some file systems cannot hard-link; an exclusive open still never overwrites.
    return writeNew(file, text);
  }
}

/** What a walk of the notebook found. */
export interface Walked {
  /** Every `*.md` file, relative, sorted. */
  files: string[];
  /** Sub-folders that could not be read. */
  folders: { relPath: string; reason: string }[];
  /** Links, relative, sorted: never followed. */
  links: string[];
  /** Each folder read (relative; '' for the root) and what the file system said of it just before it was read. */
  read: [string, Stats][];
}

/** What one folder holds, as a walk notes it: its Markdown files, links and sub-folders (relative paths). */
export interface FolderContents {
  files: string[];
  links: string[];
  folders: string[];
}

/**
 * Every `*.md` file under `root`, relative and sorted; dot-folders, node_modules and links are
 * skipped, and sub-folders that cannot be read are returned as problems. `known` may give what
 * a folder held when it was last read, given what the file system says of it now; that folder
 * is then not read again (its sub-folders still are walked).
 */
export async function markdownFiles(root: string, known?: (rel: string, now: Stats) => FolderContents | null): Promise<Walked> {
  const out: string[] = [];
  const links: string[] = [];
  const folders: { relPath: string; reason: string }[] = [];
  const read: [string, Stats][] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    let contents: FolderContents | null;
    try {
      // Taken before the folder is read: a change made meanwhile changes it again.
      const before = await fs.stat(dir);
      contents = known?.(rel, before) ?? contentsOf(rel, await fs.readdir(dir, { withFileTypes: true }));
      read.push([rel, before]);
    } catch (e) {
      if (rel === '') throw e;
      folders.push({ relPath: `${rel}/`, reason: `cannot read this folder (${describeError(e) ?? String(e)})` });
      return;
    }
    append(out, contents.files);
    append(links, contents.links);
    // Folders are walked together; files are only noted (no promise for each of 10,000).
    await Promise.all(contents.folders.map((sub) => walk(path.join(root, sub), sub)));
  }
  await walk(root, '');
  return { files: out.sort(), folders, links: links.sort(), read };
}

/** What a folder's entries say it holds (dot-entries and node_modules left out). */
function contentsOf(rel: string, items: Dirent[]): FolderContents {
  const c: FolderContents = { files: [], links: [], folders: [] };
  for (const item of items) {
    if (item.name.startsWith('.')) continue;
    const relPath = rel ? `${rel}/${item.name}` : item.name;
    if (item.isSymbolicLink()) c.links.push(relPath);
    else if (item.isDirectory()) {
      if (item.name !== 'node_modules') c.folders.push(relPath);
    } else if (item.isFile() && item.name.toLowerCase().endsWith('.md')) c.files.push(relPath);
  }
  return c;
}

/**
 * Writes `text` to `file` whole: created when new, else replaced in one rename. The text is
 * written once, to one temporary file, whichever it turns out to be.
 */
export async function writeWhole(file: string, text: Content, tempDir?: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  // A file there already: refused before anything is written when its owner locked it, and
  // its permissions lent to the temporary file from the start.
  const mode = await writableMode(file).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
  await viaTemp(file, text, mode, tempDir, async (temp) => {
    // Made meanwhile, it is checked now.
    if (!(await link(temp, file, text))) await takePlace(temp, file, mode ?? (await writableMode(file)));
  });
  await syncFolder(path.dirname(file));
}

/** A failed write as one line naming `file`: read-only, or the system's reason in words. Other errors as they are. */
export function writeFailure(file: string, e: unknown): Error {
  if (e instanceof ReadOnlyFile) return new Failure(issue('write.readOnly', { file }));
  const reason = describeError(e);
  if (!reason) return e as Error;
  // The code stays, so a command can still tell one failure from another.
  return new Failure(issue('write.failed', { file, reason }), (e as NodeJS.ErrnoException).code);
}
