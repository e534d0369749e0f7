/**
 * The notebook on disk: where it is, its settings, its customer files. Commands read and write
 * files only through this module, so a cache or a lock has one place to live.
 */
import { existsSync, promises as fs, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CONFIG_TEMPLATE, resolveConfig, type Config } from '../domain/config.js';
import { Failure, issue, UserError } from '../domain/errors.js';
import type { Language } from '../domain/language.js';
import { readCustomer, readName, type Diagnostic } from '../domain/format.js';
import { namesExactly, pinyinQuery, resolveCustomer, type Purpose } from '../domain/resolve.js';
import { hasHan, loadPinyin } from '../adapters/pinyin.js';
import { slugOf } from '../domain/slug.js';
import type { Customer, CustomerKey, Digest, Entry, EntryFacts, FileProblem } from '../domain/types.js';
import { createFile, describeError, markdownFiles, NotText, readText, ReadOnlyFile, replaceFile } from './fs.js';

export const META_DIR = '.followup';
const CONFIG_FILE = 'config.yml';

export interface Whereabouts {
  dir?: string | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
  home: string;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The notebook folder: --dir, else $FOLLOWUP_DIR, else the nearest ancestor with .followup/, else ~/followup. */
export function locateNotebook(w: Whereabouts): string {
  const given = w.dir ?? (w.env.FOLLOWUP_DIR || undefined);
  if (given !== undefined) {
    const root = path.resolve(w.cwd, given);
    if (!isDir(root)) {
      const source = w.dir !== undefined ? '--dir' : '$FOLLOWUP_DIR';
      throw new UserError(issue('notebook.missing', { root, source, given }));
    }
    return root;
  }
  for (let dir = path.resolve(w.cwd); ; dir = path.dirname(dir)) {
    if (isDir(path.join(dir, META_DIR))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const home = path.join(w.home, 'followup');
  if (!isDir(home)) {
    throw new UserError(issue('notebook.none', { home }));
  }
  return home;
}

/** What is at `root`: nothing yet or an empty folder, a folder holding `mark`, something else, or a file. */
export function folderState(root: string, mark: string): 'free' | 'demo' | 'taken' | 'file' {
  let names: string[];
  try {
    if (!statSync(root).isDirectory()) return 'file';
    names = readdirSync(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'free';
    throw e;
  }
  if (names.length === 0) return 'free';
  try {
    return statSync(path.join(root, mark)).isFile() ? 'demo' : 'taken';
  } catch {
    return 'taken';
  }
}

/** A failed write said in one line, naming the customer file rather than a temporary one. */
function writeError(relPath: string, e: unknown): Error {
  if (e instanceof ReadOnlyFile) return new Failure(issue('write.readOnly', { file: relPath }));
  const reason = describeError(e);
  if (!reason) return e as Error;
  // The code stays, so a command can still tell one failure from another.
  return new Failure(issue('write.failed', { file: relPath, reason }), (e as NodeJS.ErrnoException).code);
}

export interface Loaded {
  customers: Customer[];
  problems: FileProblem[];
  /** Every Markdown file, customer or not: the names a new file must not take. */
  files: string[];
}

const READ_BATCH = 64;

/** A file's problem from a thrown read error, or null when it simply is not there any more. */
function readProblem(relPath: string, e: unknown): FileProblem | null {
  if (e instanceof NotText) return { relPath, issue: issue('file.notUtf8'), line: null };
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return null;
  if (code) return { relPath, issue: issue('file.unreadable', { reason: describeError(e) ?? code }), line: null };
  throw e;
}

/** The first error of a file read with diagnostics, as the file's problem. */
function firstError(relPath: string, diagnostics: Diagnostic[]): FileProblem | null {
  const d = diagnostics.find((x) => x.severity === 'error');
  return d ? { relPath, issue: d.issue, line: d.line } : null;
}

/** The reports' view of a customer: the entries' facts, not their text. */
function digestOf(c: Customer): Digest {
  return {
    slug: c.slug,
    relPath: c.relPath,
    profile: c.profile,
    entries: c.entries.map((e) => ({
      index: e.index,
      line: e.line,
      date: e.date,
      time: e.time,
      kind: e.kind,
      isContact: e.isContact,
      fields: pick(e.fields),
      next: e.next,
      stage: e.stage,
      closeAsked: e.closeAsked,
    })),
  };
}

function pick(f: Entry['fields']): EntryFacts['fields'] {
  const out: EntryFacts['fields'] = {};
  if (f.purpose !== undefined) out.purpose = f.purpose;
  if (f.status !== undefined) out.status = f.status;
  if (f.reason !== undefined) out.reason = f.reason;
  return out;
}

export class Notebook {
  private configCache: Config | null = null;
  private realRoot: string | null = null;

  /** `language`: the environment's interface language, which config.yml's `language` and `locale` default to. */
  constructor(
    readonly root: string,
    private readonly language: Language = 'en',
  ) {}

  /** The settings once config() has read them, else null. */
  get settings(): Config | null {
    return this.configCache;
  }

  /** Creates the notebook's settings folder; false when it was a notebook already. */
  static async init(root: string): Promise<boolean> {
    const meta = path.join(root, META_DIR);
    await fs.mkdir(meta, { recursive: true });
    const created = await createFile(path.join(meta, CONFIG_FILE), CONFIG_TEMPLATE);
    await createFile(path.join(meta, '.gitignore'), '# Caches and locks followup may keep here; never the source of truth.\ncache/\n*.lock\n*.tmp\n');
    return created;
  }

  /** The settings in .followup/config.yml over the defaults; a broken file is bad input. */
  async config(): Promise<Config> {
    if (this.configCache) return this.configCache;
    const file = path.join(this.root, META_DIR, CONFIG_FILE);
    const shown = path.join(META_DIR, CONFIG_FILE);
    let raw: unknown = null;
    if (existsSync(file)) {
      try {
        raw = YAML.parse(await readText(file), { schema: 'core', maxAliasCount: 100, prettyErrors: false, logLevel: 'error' });
      } catch (e) {
        throw new UserError(issue('config.invalid', { file: shown, issue: issue('config.yaml', { detail: (e as Error).message.split('\n')[0]! }) }));
      }
    }
    const result = resolveConfig(raw, this.language);
    if ('error' in result) throw new UserError(issue('config.invalid', { file: shown, issue: result.error }));
    this.configCache = result.config;
    return result.config;
  }

  /**
   * The absolute path of a file of the notebook. The real path of its folder (symbolic links
   * resolved) must lie inside the notebook's real path, so no link leads a read or a write out.
   */
  private abs(relPath: string): string {
    const file = path.resolve(this.root, relPath);
    const outside = () => new UserError(issue('notebook.outside', { path: relPath }));
    if (!file.startsWith(this.root + path.sep)) throw outside();
    this.realRoot ??= realpathSync(this.root);
    let dir = path.dirname(file);
    // The folder may not exist yet (new --folder): check the deepest one that does.
    while (!existsSync(dir) && dir.startsWith(this.root + path.sep)) dir = path.dirname(dir);
    const real = realpathSync(dir);
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) throw outside();
    return file;
  }

  /** Every Markdown file of the notebook, and folders that could not be read. */
  async files(): Promise<{ files: string[]; problems: FileProblem[] }> {
    const { files, folders } = await markdownFiles(this.root);
    return { files, problems: folders.map((f) => ({ relPath: f.relPath, issue: issue('file.unreadable', { reason: f.reason }), line: null })) };
  }

  /** Every customer file, parsed; files that cannot be read are returned as problems. */
  async load(): Promise<Loaded> {
    const { files, problems } = await this.files();
    const customers: Customer[] = [];
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const read = await Promise.all(batch.map((f) => this.read(f)));
      for (const r of read) {
        if (r === null) continue;
        if ('issue' in r) problems.push(r);
        else customers.push(r);
      }
    }
    return { customers, problems, files };
  }

  /** What reports need of every customer: the facts of each entry, not its text. */
  async digests(): Promise<{ digests: Digest[]; problems: FileProblem[]; files: string[] }> {
    const { customers, problems, files } = await this.load();
    return { digests: customers.map(digestOf), problems, files };
  }

  /**
   * What a customer may be called by, for every file: its file name and, when readable, its
   * name; with `pinyin`, the pinyin of each Chinese name too (computed once per file here).
   */
  async keys(o: { pinyin?: boolean } = {}): Promise<{ keys: CustomerKey[]; files: string[] }> {
    const { files } = await this.files();
    const keys: CustomerKey[] = [];
    for (const relPath of files) {
      const slug = slugOf(relPath);
      let text: string;
      try {
        text = await readText(this.abs(relPath));
      } catch (e) {
        const problem = readProblem(relPath, e);
        if (problem) keys.push({ slug, relPath, name: null, problem });
        continue;
      }
      const { name, problem } = nameOf(relPath, text);
      if (name !== null || problem !== null) keys.push({ slug, relPath, name, problem });
    }
    if (o.pinyin) await withPinyin(keys);
    return { keys, files };
  }

  /**
   * The customer a person means. A read may match loosely; a write needs an exact name or file
   * name, or a unique prefix at the start of a word. Naming a file that cannot be read is an
   * error about that file, never a match with another customer.
   */
  async find(query: string, o: { for: Purpose }): Promise<Customer> {
    const { keys } = await this.keys();
    // pinyin-pro is big: loaded only for a query that could be pinyin, names no file exactly,
    // and may mean a Chinese name.
    if (pinyinQuery(query) !== null && !namesExactly(keys, query) && keys.some((k) => hasHan(k.name))) await withPinyin(keys);
    const r = resolveCustomer(keys, query, o.for);
    if ('found' in r) return this.get(r.found.relPath, query);
    if (r.candidates.length === 0) throw new UserError(issue('pick.noMatch', { query }));
    const names = r.candidates.map((k) => ({ name: k.name ?? k.relPath, handle: k.relPath.replace(/\.md$/i, '') }));
    throw new UserError(issue('pick.ambiguous', { query, count: r.candidates.length, names }));
  }

  /** One customer, read and checked; a file that cannot be read is bad input naming the file. */
  async get(relPath: string, query?: string): Promise<Customer> {
    const r = await this.read(relPath);
    const skipped = (p: FileProblem) =>
      new UserError(
        query === undefined
          ? issue('file.broken', { file: relPath, issue: p.issue, line: p.line })
          : issue('pick.skipped', { query, file: relPath, issue: p.issue, line: p.line }),
      );
    if (r === null) throw skipped({ relPath, issue: issue('file.notCustomer'), line: null });
    if ('issue' in r) throw skipped(r);
    return r;
  }

  private async read(relPath: string): Promise<Customer | FileProblem | null> {
    let text: string;
    try {
      text = await readText(this.abs(relPath));
    } catch (e) {
      if (e instanceof UserError) throw e;
      return readProblem(relPath, e);
    }
    const { customer, diagnostics } = readCustomer(text);
    const problem = firstError(relPath, diagnostics);
    if (problem) return problem;
    return customer && { ...customer, slug: slugOf(relPath), relPath };
  }

  /**
   * The one write path for an existing file: `change` gets the file's text as it is now and
   * the customer read from that text (so checks run on what is really there, not on an earlier
   * read). A file that cannot be read is not written; nor is a result the tool could not read
   * back, so an edit never turns a customer into a skipped file. Nothing is written when
   * nothing changed. Returns the customer as written.
   */
  async update(relPath: string, change: (text: string, current: Customer) => string): Promise<Customer> {
    const file = this.abs(relPath);
    const before = await readText(file);
    const parse = (text: string, failure: (p: FileProblem) => Error): Customer => {
      const { customer, diagnostics } = readCustomer(text);
      const problem = firstError(relPath, diagnostics) ?? (customer ? null : { relPath, issue: issue('file.notCustomer'), line: null });
      if (problem) throw failure(problem);
      return { ...customer!, slug: slugOf(relPath), relPath };
    };
    const current = parse(before, (p) => new UserError(issue('file.broken', { file: relPath, issue: p.issue, line: p.line })));
    const after = change(before, current);
    const written = parse(after, (p) => new Failure(issue('write.unreadable', { file: relPath, issue: p.issue, line: p.line })));
    if (after !== before) await replaceFile(file, after).catch((e) => Promise.reject(writeError(relPath, e)));
    return written;
  }

  /** Creates a new file; false when the name is taken. */
  async create(relPath: string, text: string): Promise<boolean> {
    return createFile(this.abs(relPath), text).catch((e) => Promise.reject(writeError(relPath, e)));
  }

  /** Writes a generated file whole (the demo's), atomically, replacing it when it exists. */
  async writeDemoFile(relPath: string, text: string): Promise<void> {
    const file = this.abs(relPath);
    if (!(await createFile(file, text))) await replaceFile(file, text);
  }

  /** The path a person should see for a file. */
  display(relPath: string): string {
    return path.join(this.root, relPath);
  }
}

/** Fills in the pinyin of every key's name. */
async function withPinyin(keys: CustomerKey[]): Promise<void> {
  const pinyinOf = await loadPinyin();
  for (const k of keys) k.pinyin = k.name === null ? null : pinyinOf(k.name);
}

/** The name in a file's front matter, read without its entries; or why the file cannot be read. */
function nameOf(relPath: string, text: string): { name: string | null; problem: FileProblem | null } {
  const { name, diagnostics } = readName(text);
  return { name, problem: firstError(relPath, diagnostics) };
}
