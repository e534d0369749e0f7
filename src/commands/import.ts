/**
 * `followup import <file.csv>`: new customers from a spreadsheet export. Existing customers
 * (by name) are never overwritten: skipped, or with --merge given the front matter keys they
 * lack. Bad rows are reported with their line and the rest still imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import type { IsoDate } from '../domain/dates.js';
import { issue, UserError } from '../domain/errors.js';
import { describe } from '../i18n/messages.js';
import { renderEntry, setFrontMatterValue } from '../domain/format.js';
import { LOCALES } from '../domain/format/vocabulary.js';
import { nameKey } from '../domain/resolve.js';
import { fieldOfName, IMPORT_FIELDS, mapColumns, missingKeys, notesBlock, rowCustomer, type ImportedCustomer, type ImportField } from '../domain/import.js';
import { slugKey, slugOf } from '../domain/slug.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { describeError } from '../store/fs.js';
import { progress } from '../ui/progress.js';
import { importView, type ImportResult } from '../ui/views/import.js';
import { createCustomer, type Draft } from './customer-file.js';

export const EXIT_SOME_BAD = 1;

function parseMaps(given: string[]): { column: string; field: ImportField | null }[] {
  return given.map((m) => {
    const at = m.lastIndexOf('=');
    const column = at > 0 ? m.slice(0, at).trim() : '';
    const name = at > 0 ? m.slice(at + 1).trim() : '';
    const field = name === '-' ? null : fieldOfName(name);
    if (column === '' || (field === null && name !== '-')) {
      throw new UserError(issue('import.badMap', { given: m, fields: IMPORT_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)) }));
    }
    return { column, field };
  });
}

/** The new file's entries: the last contact the spreadsheet knew of, and the planned visit. */
function draftOf(c: ImportedCustomer, source: string, today: IsoDate, locale: keyof typeof LOCALES): Draft {
  const vocab = LOCALES[locale];
  const entries: string[] = [];
  if (c.lastContact) {
    entries.push(renderEntry({ date: c.lastContact, kind: 'visit', fields: {} }, vocab) + vocab.imported.replace('{file}', source) + '\n');
  }
  if (c.nextVisit) entries.push(renderEntry({ date: c.lastContact && c.lastContact > today ? c.lastContact : today, kind: 'plan', fields: { next: c.nextVisit } }, vocab));
  return {
    name: c.name,
    contact: c.contact,
    phone: c.phone,
    stage: c.stage,
    cadence: c.cadence,
    tags: c.tags,
    owner: c.owner,
    folder: '',
    notes: c.notes ? notesBlock(c.notes) : undefined,
    entries,
  };
}

export default async function importCommand(ctx: Context, [given]: string[], o: OptionsOf<'import'>): Promise<Outcome> {
  const maps = parseMaps(o.map);
  const file = path.resolve(ctx.io.cwd, given!);
  const shown = given!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UserError(issue('import.unreadable', { file: shown, reason: describeError(e) ?? String(e) }));
  }
  const { decode, readCsv, CsvError } = await import('../adapters/csv.js');
  const { text, encoding } = decode(bytes);
  let table;
  try {
    table = readCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new UserError(issue('import.notCsv', { file: shown, detail: e.message }));
    throw e;
  }
  const mapped = mapColumns(table.header, maps);
  if ('error' in mapped) throw new UserError(mapped.error);
  const { mapping } = mapped;
  if (mapping.name === undefined) throw new UserError(issue('import.noName', { file: shown, columns: table.header }));

  const book = ctx.notebook();
  const config = await book.config();
  const { keys, files } = await book.keys();
  const byName = new Map<string, string>();
  // In a dry run, the front matter each row would have created, by name.
  const planned = new Map<string, Record<string, unknown>>();
  for (const k of keys) if (k.name !== null) byName.set(nameKey(k.name), k.relPath);
  const taken = new Set(files.map((f) => slugKey(slugOf(f))));
  const source = path.basename(file);

  const result: ImportResult = { file: shown, encoding, rows: table.rows.length, dryRun: o.dryRun === true, merge: o.merge === true, created: [], existing: [], bad: [] };
  const bar = progress(ctx.io.stderr, table.rows.length, ctx.t.importer.progress);
  let done = 0;
  for (const row of table.rows) {
    bar.tick(++done);
    const read = rowCustomer(row.cells, table.header, mapping, config);
    if ('error' in read) {
      result.bad.push({ line: row.line, issue: read.error });
      continue;
    }
    const c = read.customer;
    const key = nameKey(c.name);
    const twin = byName.get(key);
    const earlier = planned.get(key);
    if (twin !== undefined || earlier !== undefined) {
      let added: string[] = [];
      if (o.merge && earlier !== undefined) {
        // A dry run wrote nothing for the earlier row: merge into what it would have written.
        added = missingKeys(c, earlier).map((m) => {
          earlier[m.key] = m.value;
          return m.key;
        });
      } else if (o.merge) {
        try {
          added = await merge(ctx, twin!, c, o.dryRun === true);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          result.bad.push({ line: row.line, issue: e.issue });
          continue;
        }
      }
      result.existing.push({ line: row.line, name: c.name, path: twin ?? null, added });
      continue;
    }
    if (o.dryRun) planned.set(key, { ...c, tags: c.tags?.join(', ') });
    else byName.set(key, (await createCustomer(book, config, ctx.today, draftOf(c, source, ctx.today, config.locale), taken)).relPath);
    result.created.push({ line: row.line, name: c.name, path: o.dryRun ? null : byName.get(key)! });
  }
  bar.done();
  return outcome({
    result,
    view: importView,
    json: (r, env) => ({ ...r, bad: r.bad.map((b) => ({ ...b, message: describe(env.t, issue('import.row', b)) })) }),
    code: result.bad.length > 0 ? EXIT_SOME_BAD : 0,
  });
}

/** The keys an existing customer lacks, added through the store's one write path. */
async function merge(ctx: Context, relPath: string, c: ImportedCustomer, dryRun: boolean): Promise<string[]> {
  const book = ctx.notebook();
  if (dryRun) return missingKeys(c, (await book.get(relPath)).profile.fields).map((m) => m.key);
  // Decided on the file as it is under the lock; a write that adds nothing writes nothing.
  let added: string[] = [];
  await book.update(relPath, (text, now) => {
    const missing = missingKeys(c, now.profile.fields);
    added = missing.map((m) => m.key);
    let out = text;
    for (const m of missing) out = setFrontMatterValue(out, m.key, m.value);
    return out;
  });
  return added;
}
