/** Templates shipped with the tool, per locale. */
import { readFile } from 'node:fs/promises';
import type { Locale } from '../domain/format/vocabulary.js';
import { packageFile } from '../package.js';

export async function readTemplate(locale: Locale, name: string): Promise<string> {
  return readFile(packageFile('templates', locale, name), 'utf8');
}
