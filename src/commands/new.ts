import path from 'node:path';
import type { Context } from '../context.js';
import { parseUserDate } from '../domain/dates.js';
import { checkStage } from '../domain/entry.js';
import { UserError } from '../domain/errors.js';
import { appendBlock, fillTemplate, oneLine, renderEntry, renderFrontMatter } from '../domain/format.js';
import { slugify, slugKey, slugOf, uniqueSlug } from '../domain/slug.js';
import { messages as m } from '../i18n/messages.js';
import { LOCALES } from '../i18n/vocabulary.js';
import { readTemplate } from '../store/templates.js';
import { clean } from '../ui/text.js';
import { openNotebook } from './shared.js';

interface Options {
  contact?: string;
  phone?: string;
  stage?: string;
  cadence?: number;
  tag: string[];
  next?: string;
  folder?: string;
}

/** `followup new <name>`: creates the customer's file from the template and prints its path. */
export default async function newCustomer(ctx: Context, [rawName]: string[], opts: Options): Promise<void> {
  const name = oneLine(rawName ?? '');
  if (name === '') throw new UserError(m.new.noName);
  const opened = await openNotebook(ctx);
  const { book, config, customers } = opened;
  const stage = opts.stage === undefined ? undefined : checkStage(opts.stage, config);
  const next = opts.next === undefined ? undefined : parseUserDate(opts.next, ctx.today, '--next date');
  if (next !== undefined && next < ctx.today) {
    throw new UserError(m.new.nextBeforeToday(next, ctx.today));
  }
  const key = name.normalize('NFKC').toLowerCase();
  const twin = customers.find((c) => c.profile.name.normalize('NFKC').toLowerCase() === key);
  if (twin) throw new UserError(m.new.exists(clean(name), clean(twin.relPath)));

  const folder = (opts.folder ?? '').replace(/\\/g, '/').replace(/\/+$/, '');
  // Only folders the notebook reads: relative, no dot-folders or node_modules, printable names.
  const unread = (part: string) => part === '' || part === '..' || part.startsWith('.') || part === 'node_modules';
  if (folder !== '' && (/^\/|^[A-Za-z]:/.test(folder) || /[\x00-\x1f\x7f]/.test(folder) || folder.split('/').some(unread))) {
    throw new UserError(m.new.badFolder(clean(opts.folder)));
  }
  const slug = uniqueSlug(slugify(name), new Set(opened.files.map((f) => slugKey(slugOf(f)))));
  const relPath = folder ? `${folder}/${slug}.md` : `${slug}.md`;
  const frontMatter = renderFrontMatter({
    name,
    contact: opts.contact,
    phone: opts.phone,
    stage,
    cadence: opts.cadence,
    tags: opts.tag,
    created: ctx.today,
  });
  let text = fillTemplate(await readTemplate(config.locale, 'customer.md'), { frontMatter, name: oneLine(name) });
  if (next) {
    text = appendBlock(text, renderEntry({ date: ctx.today, kind: 'plan', fields: { next } }, LOCALES[config.locale]));
  }
  const created = await book.create(relPath, text).catch((e: NodeJS.ErrnoException) => {
    if (folder && (e.code === 'ENOTDIR' || e.code === 'EEXIST')) {
      throw new UserError(m.new.folderInTheWay(clean(folder)));
    }
    throw e;
  });
  if (!created) throw new Error(m.new.appeared(relPath));
  const full = book.display(relPath);
  if (ctx.json) return ctx.printJson({ slug, name, path: relPath, file: full });
  ctx.print(path.relative(ctx.io.cwd, full).startsWith('..') ? full : path.relative(ctx.io.cwd, full));
}
