/** The check of a whole notebook: every file read as `followup check` and `sync` need it. */
import { checkFiles, type CheckResult, type FileRead } from '../domain/check.js';
import type { Notebook } from './notebook.js';

/**
 * Reads every Markdown file of the notebook and lists every problem: what `followup check`
 * prints, and what a sync runs after a pull. Never writes.
 */
export async function checkNotebook(book: Notebook): Promise<CheckResult> {
  const { files, links, problems } = await book.files();
  const read: FileRead[] = [];
  for (const relPath of files) read.push({ relPath, ...(await book.inspect(relPath)) });
  return checkFiles(read, links, problems);
}
