/** The only functions that touch customer files on disk: read as UTF-8, write atomically. */
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';

// The byte order mark is kept: it is part of the file, and the format module knows it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class NotText extends Error {}

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

/** A file's text; throws NotText when its bytes are not UTF-8. */
export async function readText(file: string): Promise<string> {
  return readTextSync(file);
}

/**
 * A file's text, read synchronously: for thousands of small files it is several times faster
 * than going through the thread pool, and a command has nothing else to do meanwhile.
 */
export function readTextSync(file: string): string {
  const bytes = readFileSync(file);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotText('not UTF-8 text (save it as UTF-8)');
  }
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `text` into a file that must not exist yet, and waits until it is on disk; false when it exists. */
async function writeNew(file: string, text: string, mode = 0o644): Promise<boolean> {
  const handle = await fs.open(file, 'wx', mode).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EEXIST') return null;
    throw err;
  });
  if (!handle) return false;
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function writeTemp(file: string, text: string, mode?: number): Promise<string> {
  const temp = tempName(file);
  if (!(await writeNew(temp, text, mode))) throw new Error(`${temp} exists already`);
  return temp;
}

/**
 * Replaces a file's contents: the new text goes to a temporary file beside it, which then
 * takes the file's place in one rename, so a reader sees the old file or the new one, never
 * half of either. The file keeps its permissions.
 */
export async function replaceFile(file: string, text: string): Promise<void> {
  const { mode } = await fs.stat(file);
  if ((mode & 0o222) === 0) throw new ReadOnlyFile('the file is read-only');
  const temp = await writeTemp(file, text, mode & 0o777);
  try {
    await fs.chmod(temp, mode & 0o777);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/** Creates a file that must not exist yet, atomically; false when the name is taken. */
export async function createFile(file: string, text: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = await writeTemp(file, text);
  try {
    await fs.link(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Some file systems cannot hard-link; an exclusive open still never overwrites.
    return writeNew(file, text);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * Every `*.md` file under `root`, relative and sorted; dot-folders, node_modules and links are
 * skipped, and sub-folders that cannot be read are returned as problems.
 */
export async function markdownFiles(root: string): Promise<{ files: string[]; folders: { relPath: string; reason: string }[] }> {
  const out: string[] = [];
  const folders: { relPath: string; reason: string }[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    let items;
    try {
      items = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (rel === '') throw e;
      folders.push({ relPath: `${rel}/`, reason: `cannot read this folder (${describeError(e) ?? String(e)})` });
      return;
    }
    await Promise.all(
      items.map(async (item) => {
        if (item.name.startsWith('.') || item.isSymbolicLink()) return;
        const relPath = rel ? `${rel}/${item.name}` : item.name;
        if (item.isDirectory()) {
          if (item.name !== 'node_modules') await walk(path.join(dir, item.name), relPath);
        } else if (item.isFile() && item.name.toLowerCase().endsWith('.md')) {
          out.push(relPath);
        }
      }),
    );
  }
  await walk(root, '');
  return { files: out.sort(), folders };
}
