/** Files the tool writes whole for the user (exports): atomically, at any path they name. */
import path from 'node:path';
import { writeFailure, writeWhole, type Content } from './fs.js';

/**
 * Writes `text` (whole, or in pieces) to `file`, replacing it in one rename when it exists, so a calendar app or a
 * git pull never reads half a file. Failures are one line naming the file.
 */
export async function writeOutput(file: string, text: Content): Promise<void> {
  await writeWhole(file, text).catch((e) => Promise.reject(writeFailure(path.normalize(file), e)));
}
