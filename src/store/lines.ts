/** Small text files the tool shares with git (.gitattributes, .gitignore): lines added, never replaced. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { lineEnding } from '../domain/format/text.js';
import { replaceFile, createFile } from './fs.js';

/**
 * Adds to a file the lines it does not have yet (compared without surrounding blanks), after
 * everything already there; creates the file when missing. Returns the lines added.
 */
export async function ensureLines(file: string, lines: string[]): Promise<string[]> {
  let text: string | null = null;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const have = new Set((text ?? '').split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l.trim()));
  if (missing.length === 0) return [];
  if (text === null) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await createFile(file, `${missing.join('\n')}\n`);
    return missing;
  }
  const eol = lineEnding(text);
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  await replaceFile(file, text + sep + missing.join(eol) + eol);
  return missing;
}
