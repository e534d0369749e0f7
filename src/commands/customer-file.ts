/** A new customer's file, as `new` and `import` both write it: template, front matter, first entries. */
import type { Config } from '../domain/config.js';
import type { IsoDate } from '../domain/dates.js';
import { Failure, issue } from '../domain/errors.js';
import { appendBlock, fillTemplate, oneLine, renderFrontMatter, type NewCustomer } from '../domain/format.js';
import { slugify, slugKey, uniqueSlug } from '../domain/slug.js';
import type { Notebook } from '../store/notebook.js';
import { readTemplate } from '../store/templates.js';

export interface Draft extends Omit<NewCustomer, 'created'> {
  /** A checked sub-folder of the notebook, '' for its top. */
  folder: string;
  /** Free text put under the title, before any entry. */
  notes?: string;
  /** Entry blocks appended in order (renderEntry's text). */
  entries: string[];
}

/** The file's text, from the locale's template. */
export async function customerText(config: Config, today: IsoDate, d: Draft): Promise<string> {
  const { folder: _f, notes, entries, ...front } = d;
  const frontMatter = renderFrontMatter({ ...front, created: today });
  let text = fillTemplate(await readTemplate(config.locale, 'customer.md'), { frontMatter, name: oneLine(d.name) });
  if (notes) text = appendBlock(text, notes);
  for (const block of entries) text = appendBlock(text, block);
  return text;
}

/**
 * Creates the file under a slug not yet in `taken` (which it then joins), atomically; a file
 * that appeared meanwhile is a Failure, never overwritten.
 */
export async function createCustomer(book: Notebook, config: Config, today: IsoDate, d: Draft, taken: Set<string>): Promise<{ slug: string; relPath: string }> {
  const slug = uniqueSlug(slugify(d.name), taken);
  taken.add(slugKey(slug));
  const relPath = d.folder ? `${d.folder}/${slug}.md` : `${slug}.md`;
  const created = await book.create(relPath, await customerText(config, today, d));
  if (!created) throw new Failure(issue('new.appeared', { file: relPath }));
  return { slug, relPath };
}
