/** Files the tool writes whole for the user (exports): atomically, at any path they name. */
import path from 'node:path';
import { Failure, issue } from '../domain/errors.js';
import { createFile, describeError, ReadOnlyFile, replaceFile } from './fs.js';

/**
 * Writes `text` to `file`, replacing it in one rename when it exists, so a calendar app or a
 * git pull never reads half a file. Failures are one line naming the file.
 */
export async function writeOutput(file: string, text: string): Promise<void> {
  try {
    if (!(await createFile(file, text))) await replaceFile(file, text);
  } catch (e) {
    if (e instanceof ReadOnlyFile) throw new Failure(issue('write.readOnly', { file: path.normalize(file) }));
    const reason = describeError(e);
    if (reason === null) throw e;
    throw new Failure(issue('write.failed', { file: path.normalize(file), reason }), (e as NodeJS.ErrnoException).code);
  }
}
