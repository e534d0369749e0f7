/** Templates shipped with the tool, per locale. */
import { readFile } from 'node:fs/promises';
import type { Locale } from '../domain/format/vocabulary.js';

export async function readTemplate(locale: Locale, name: string): Promise<string> {
  return readFile(new URL(`../../templates/${locale}/${name}`, import.meta.url), 'utf8');
}
