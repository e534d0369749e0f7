/** Files the tool writes whole for the user (exports): atomically, at any path they name. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeContent, writeFailure, writeWhole, type Content } from './fs.js';

/**
 * Writes `text` (whole, or in pieces) to `file`, replacing it in one rename when it exists, so
 * a calendar app or a git pull never reads half a file. A link is followed: the file it names
 * is the one replaced, and the link stays (a calendar kept in a synced folder through a link
 * stays there). What is not a file (a named pipe, `/dev/stdout`) cannot be replaced, only
 * written to, and is. Failures are one line naming the file.
 */
export async function writeOutput(file: string, text: Content): Promise<void> {
  try {
    // What the path names in the end, as the system follows its links (`/dev/stdout` too).
    const now = await fs.stat(file).catch(() => null);
    if (now && !now.isFile() && !now.isDirectory()) await writeInto(file, text);
    else await writeWhole(await linkedFile(file), text);
  } catch (e) {
    throw writeFailure(path.normalize(file), e);
  }
}

/** The file a path names once its links are followed, whether that file exists or not yet. */
async function linkedFile(file: string): Promise<string> {
  let at = file;
  // As many links as the system itself follows before it gives up (ELOOP).
  for (let hops = 0; hops < 40; hops++) {
    const link = await fs.readlink(at).catch(() => null);
    if (link === null) return at;
    at = path.resolve(path.dirname(at), link);
  }
  return at;
}

/** Writes `text` into something that is not a file, as it comes. */
async function writeInto(target: string, text: Content): Promise<void> {
  const handle = await fs.open(target, 'w');
  try {
    await writeContent(handle, text);
  } finally {
    await handle.close();
  }
}
