/**
 * The notebook on disk: where it is, its settings, its customer files. Commands read and write
 * files only through this module, so a cache or a lock has one place to live.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_TEMPLATE, resolveConfig, type Config } from '../domain/config.js';
import { Failure, issue, UserError } from '../domain/errors.js';
import type { Diagnostic } from '../domain/format.js';
import type { Language } from '../domain/language.js';
import { namesExactly, pinyinQuery, resolveCustomer, writtenAs, type Purpose, type Resolution } from '../domain/resolve.js';
import { hasHan, loadPinyin } from '../adapters/pinyin.js';
import { slugOf } from '../domain/slug.js';
import { reportFacts } from '../domain/facts.js';
import type { Customer, CustomerFacts, CustomerKey, FileProblem } from '../domain/types.js';
import { createFile, describeError, markdownFiles, MAX_FILE_BYTES, NotText, readText, readTextSync, replaceFile, TooLarge, writeFailure, writeWhole } from './fs.js';
import { ignoredByGit, SummaryIndex, sameStamp, stampOf, statStamp, type IndexRecord, type Stamp } from './index.js';
import { SavedListing, saveListing } from './listing.js';
import { LockBusy, withLock } from './lock.js';
import * as undo from './undo.js';
import { append } from '../domain/lists.js';
import { own } from '../domain/format/text.js';

export const META_DIR = '.followup';
const CONFIG_FILE = 'config.yml';
/**
 * Everything the tool keeps for itself (temporary files, locks) lives in this one folder, which
 * ignores itself in git, so nothing of it is ever committed, whatever the notebook's .gitignore.
 */
const OWN_DIR = path.join(META_DIR, 'tmp');
const GITIGNORE = '# Caches, locks and temporary files of followup; never the source of truth.\ncache/\ntmp/\n*.lock\n*.tmp\n';
/** How long a write waits for another followup process writing the same file. */
const LOCK_WAIT_MS = 10_000;

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

/** The folder the user named: --dir, else $FOLLOWUP_DIR when set and not empty. */
export function givenNotebook(w: Pick<Whereabouts, 'dir' | 'env'>): string | undefined {
  return w.dir ?? (w.env.FOLLOWUP_DIR || undefined);
}

/** The notebook folder: --dir, else $FOLLOWUP_DIR, else the nearest ancestor with .followup/, else ~/followup. */
export function locateNotebook(w: Whereabouts): string {
  const given = givenNotebook(w);
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
  if (e instanceof LockBusy) {
    return new Failure(issue('lock.busy', { file: relPath, pid: e.holder?.pid ?? null, host: e.holder?.host ?? null, seconds: Math.round(e.waited / 1000) }));
  }
  return writeFailure(relPath, e);
}

/**
 * A short name for what the tool keeps about one file (its lock, its draft): the same for case
 * and Unicode-normalisation twins, which some file systems store as one file.
 */
function fileKey(relPath: string): string {
  return createHash('sha256').update(relPath.normalize('NFC').toLowerCase()).digest('hex').slice(0, 20);
}

type Format = typeof import('../domain/format.js');

/**
 * The format's parser, with the YAML and front matter libraries behind it, loaded the first
 * time a file must be read: a report served from the index never loads them.
 */
async function format(): Promise<Format> {
  return import('../domain/format.js');
}

/** A file's problem from a thrown read error, or null when it simply is not there any more. */
function readProblem(relPath: string, e: unknown): FileProblem | null {
  if (e instanceof NotText) return { relPath, issue: issue('file.notUtf8'), line: null };
  if (e instanceof TooLarge) return { relPath, issue: issue('file.tooLarge', { bytes: e.bytes, limit: MAX_FILE_BYTES }), line: null };
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

/** The reports' view of a customer: its profile and its entries' facts packed, not their text. */
function digestOf(c: Customer): CustomerFacts {
  const p = c.profile;
  const facts = reportFacts(c.entries);
  // The parser's strings are slices of the file's text: each kept one is copied (own), so
  // that no file stays in memory for the sake of a few words of it.
  return {
    slug: c.slug,
    relPath: c.relPath,
    profile: {
      name: own(p.name),
      contact: own(p.contact),
      phone: own(p.phone),
      stage: own(p.stage),
      cadence: p.cadence,
      tags: p.tags.map(own),
      owners: p.owners.map(own),
      status: p.status,
      created: p.created,
    },
    facts: { numbers: facts.numbers, texts: facts.texts.map(own) },
  };
}

export class Notebook {
  private configCache: Config | null = null;
  private realRoot: string | null = null;
  /** Folders whose real path was found inside the notebook's (see abs). */
  private readonly insideDirs = new Set<string>();
  private ownDir: string | null = null;

  private readonly lockWaitMs: number;
  private readonly configured: ((config: Config) => Promise<unknown>) | undefined;

  /**
   * `language`: the environment's interface language, which config.yml's `language` and
   * `locale` default to; `lockWaitMs`: how long a write waits for another process's lock;
   * `configured`: what to do once the config is read, before the settings are given out (load
   * the words of its language).
   */
  constructor(
    readonly root: string,
    private readonly language: Language = 'en',
    o: { lockWaitMs?: number; configured?: (config: Config) => Promise<unknown> } = {},
  ) {
    this.lockWaitMs = o.lockWaitMs ?? LOCK_WAIT_MS;
    this.configured = o.configured;
  }

  /** The settings once config() has read them, else null. */
  get settings(): Config | null {
    return this.configCache;
  }

  /** Creates the notebook's settings folder; false when it was a notebook already. */
  static async init(root: string): Promise<boolean> {
    const meta = path.join(root, META_DIR);
    await fs.mkdir(meta, { recursive: true });
    const created = await createFile(path.join(meta, CONFIG_FILE), CONFIG_TEMPLATE);
    await createFile(path.join(meta, '.gitignore'), GITIGNORE);
    return created;
  }

  /** The tool's own folder, made on first use with a .gitignore that ignores all of it. */
  private async own(): Promise<string> {
    if (this.ownDir) return this.ownDir;
    const dir = path.join(this.root, OWN_DIR);
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (e) {
      // A write needs the tool's folder (locks, temporary files, undo records): say which
      // folder, and why, in words (mkdir finding a file there says only EEXIST).
      throw writeFailure(OWN_DIR, (e as NodeJS.ErrnoException).code === 'EEXIST' ? { code: 'ENOTDIR' } : e);
    }
    ignoredByGit(dir);
    this.ownDir = dir;
    return dir;
  }

  /**
   * Runs `fn` holding the lock of one file. Case and Unicode-normalisation twins share a lock,
   * since some file systems store them as one file.
   */
  private async locked<T>(relPath: string, fn: (tempDir: string) => Promise<T>): Promise<T> {
    const dir = await this.own();
    return withLock(path.join(dir, `${fileKey(relPath)}.lock`), this.lockWaitMs, () => fn(dir));
  }

  /** The settings in .followup/config.yml over the defaults; a broken file is bad input. */
  async config(): Promise<Config> {
    if (this.configCache) return this.configCache;
    const file = path.join(this.root, META_DIR, CONFIG_FILE);
    const shown = path.join(META_DIR, CONFIG_FILE);
    let raw: unknown = null;
    if (existsSync(file)) {
      try {
        const text = await readText(file);
        // The settings `init` writes are all comments: no need to load a YAML parser for them.
        if (!/^[ \t]*[^#\s]/m.test(text)) raw = null;
        else {
          const { default: YAML } = await import('yaml');
          raw = YAML.parse(text, { schema: 'core', maxAliasCount: 100, prettyErrors: false, logLevel: 'error' });
        }
      } catch (e) {
        throw new UserError(issue('config.invalid', { file: shown, issue: issue('config.yaml', { detail: (e as Error).message.split('\n')[0]! }) }));
      }
    }
    const result = resolveConfig(raw, this.language);
    if ('error' in result) throw new UserError(issue('config.invalid', { file: shown, issue: result.error }));
    await this.configured?.(result.config);
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
    // A folder found inside once stays inside for this run: export and check read thousands
    // of files from a few folders.
    if (this.insideDirs.has(dir)) return file;
    // The folder may not exist yet (new --folder): check the deepest one that does.
    while (!existsSync(dir) && dir.startsWith(this.root + path.sep)) dir = path.dirname(dir);
    const real = realpathSync(dir);
    if (real !== this.realRoot && !real.startsWith(this.realRoot + path.sep)) throw outside();
    this.insideDirs.add(dir);
    return file;
  }

  /** Where the summary index and the saved list of files are kept. */
  private indexDir(): string {
    return path.join(this.root, OWN_DIR, 'index');
  }

  /** The summary index, read; only a path until it is saved (never, on a read-only notebook). */
  private index(need: Need): SummaryIndex {
    return new SummaryIndex(this.indexDir(), need);
  }

  /**
   * Every Markdown file of the notebook, and folders that could not be read: the list saved
   * with the index when no folder changed since, else the folders that changed read again.
   */
  async files(): Promise<{ files: string[]; problems: FileProblem[]; links: string[] }> {
    const saved = SavedListing.read(this.indexDir());
    const paths = saved?.unchanged(this.root) ? saved.paths() : null;
    if (paths) return { ...paths, problems: [] };
    // Folders that did not change are taken from the saved list: after a write, only its folder is read.
    const walked = await markdownFiles(this.root, saved?.known());
    saveListing(this.indexDir(), walked, Date.now());
    const { files, folders, links } = walked;
    return { files, links, problems: folders.map((f) => ({ relPath: f.relPath, issue: issue('file.unreadable', { reason: f.reason }), line: null })) };
  }

  /**
   * A file's text and every problem found reading it, warnings included, whatever the file is
   * (a customer or not): what `check` needs.
   */
  async inspect(relPath: string): Promise<{ name: string | null; diagnostics: Diagnostic[] }> {
    let text: string;
    try {
      text = await readText(this.abs(relPath));
    } catch (e) {
      const problem = readProblem(relPath, e);
      return { name: null, diagnostics: problem ? [{ issue: problem.issue, line: null, severity: 'error' }] : [] };
    }
    // Problems and the name are all that is kept: the entries' topics are not read.
    const { customer, diagnostics } = (await format()).readCustomer(text, { topics: false });
    // Kept for every file of the notebook: a name of its own, not a slice keeping the text.
    return { name: own(customer?.profile.name ?? null), diagnostics };
  }

  /**
   * Every customer file, parsed, handed to `visit` one at a time, in file order: no more than
   * one customer's text and entries need be in memory at once. Returns what could not be read,
   * and warnings.
   */
  async eachCustomer(visit: (customer: Customer) => void): Promise<FileProblem[]> {
    const { files, problems } = await this.files();
    for (const f of files) {
      // Reads are synchronous underneath (faster than the thread pool for small files).
      const r = await this.read(f);
      append(problems, r.problems);
      if (r.customer) visit(r.customer);
    }
    return problems;
  }

  /**
   * What reports need of every customer, its profile and its entries' facts packed, not their
   * text: handed to `visit` one at a time, in file order, so a report that keeps only what it
   * makes of each keeps no digest alive. Taken from the summary index where a file has not
   * changed since it was last read; the others are read, and the index saved. Returns what
   * could not be read, and warnings.
   */
  async eachDigest(visit: (digest: CustomerFacts) => void): Promise<FileProblem[]> {
    const found: FileProblem[] = [];
    const { problems } = await this.scan('digests', undefined, (r) => {
      if (r.problem) found.push(r.problem);
      else if (r.digest) {
        visit(r.digest);
        append(found, r.warnings ?? []);
      }
    });
    return append(problems, found);
  }

  /** What a customer may be called by, for every file: its file name and, when readable, its name. */
  async keys(given?: Scanned): Promise<{ keys: CustomerKey[]; files: string[] }> {
    const keys: CustomerKey[] = [];
    const { files } = await this.scan('keys', given, (r, relPath) => {
      const key = keyOf(relPath, r);
      if (key) keys.push(key);
    });
    return { keys, files };
  }

  /**
   * One record per file, handed to `each` in the order of `files` and not kept: from the
   * index when the file's stamp still matches, else read now (its name only when that is all
   * that is needed). Returns the files there were records of, and the listing's problems.
   */
  private async scan(need: Need, given: Scanned | undefined, each: (record: IndexRecord, relPath: string) => void): Promise<{ problems: FileProblem[]; files: string[] }> {
    const listed = given?.listed ?? (await this.files());
    const index = given?.index ?? this.index(need);
    const now = Date.now();
    const files: string[] = [];
    for (const relPath of listed.files) {
      // The walk never follows a link, so every listed file lies inside the notebook; its
      // path is already plain (path.join costs a tenth of a warm report here).
      const file = this.root + path.sep + (path.sep === '/' ? relPath : relPath.replaceAll('/', path.sep));
      // A file the index has no record of is read at once, its stamp taken from the open file
      // (a first run over 10,000 files saves as many look-ups of a path).
      const known = index.knows(relPath);
      const stamp = known ? statStamp(file) : null;
      if (known && stamp === null) continue;
      let record = stamp && index.lookup(relPath, stamp);
      if (!record) {
        record = readRecord(await format(), relPath, file, stamp, need);
        if (record === null) continue;
        index.remember(relPath, record, now);
      }
      // Handed on at once, not kept: a report keeps only what it makes of each.
      each(record, relPath);
      files.push(relPath);
    }
    index.keepOnly(new Set(files));
    index.save();
    return { problems: listed.problems, files };
  }

  /**
   * The customer a person means. A read may match loosely; a write needs an exact name or file
   * name, or a unique prefix at the start of a word. Naming a file that cannot be read is an
   * error about that file, never a match with another customer.
   */
  async find(query: string, o: { for: Purpose }): Promise<Customer> {
    // The index names a file first, without checking every other file; the one it names is
    // checked, and read fresh. When the index cannot say, or the file changed since, every
    // file is checked. A write takes this way only for an exact name or file name: another
    // file renamed since could be the better match, and a write must not go astray.
    const listed = await this.files();
    // A file named exactly as written, and no other: the first rule of resolveCustomer, which
    // asks nothing of the other files. Taken when that file is a customer (or a broken one,
    // which is then the error); a file that is neither is no match there either.
    const named = namedExactly(listed.files, query);
    if (named !== null) {
      const read = await this.read(named);
      if (read.customer || read.problems.some((p) => !p.warning)) return usable(named, read, query); // or the error, naming the file
    }
    const index = this.index('keys');
    const quick = indexedKeys(index, listed.files, query);
    if (quick) {
      const r = await resolve(quick.keys, query, o.for === 'write' ? 'exact' : o.for);
      if ('found' in r) {
        const { relPath, name } = r.found;
        const now = statStamp(path.join(this.root, relPath));
        const read = await this.read(relPath);
        // The file as the index saw it; or changed since (a log adds an entry) and still the
        // file the index named, with that name, usable. The other files are taken as the
        // index saw them.
        const unchanged = now !== null && sameStamp(quick.stamps.get(relPath)!, now);
        if (unchanged || (read.customer?.profile.name === name && !read.problems.some((p) => !p.warning))) return usable(relPath, read, query);
      }
    }
    const { keys } = await this.keys({ listed, index });
    const r = await resolve(keys, query, o.for);
    if ('found' in r) return this.get(r.found.relPath, query);
    if (r.candidates.length === 0) {
      // A read would have found it: say that a write needs more of the name than that.
      const loose = o.for === 'write' ? resolveCustomer(keys, query, 'read') : null;
      const near = loose === null ? [] : 'found' in loose ? [loose.found] : loose.candidates;
      if (near.length > 0) throw new UserError(issue('pick.partForWrite', { query, matches: near.map((k) => k.name ?? k.relPath) }));
      throw new UserError(issue('pick.noMatch', { query }));
    }
    const names = r.candidates.map((k) => ({ name: k.name ?? k.relPath, handle: k.relPath.replace(/\.md$/i, '') }));
    throw new UserError(issue('pick.ambiguous', { query, count: r.candidates.length, names }));
  }

  /** One customer, read and checked; a file that cannot be read is bad input naming the file. */
  async get(relPath: string, query?: string): Promise<Customer> {
    return usable(relPath, await this.read(relPath), query);
  }

  /** A file read: the customer when it can be used, and every problem found (warnings too). */
  private async read(relPath: string): Promise<{ customer: Customer | null; problems: FileProblem[] }> {
    let text: string;
    try {
      text = await readText(this.abs(relPath));
    } catch (e) {
      if (e instanceof UserError) throw e;
      const problem = readProblem(relPath, e);
      return { customer: null, problems: problem ? [problem] : [] };
    }
    const { customer, diagnostics } = (await format()).readCustomer(text);
    const problem = firstError(relPath, diagnostics);
    if (problem) return { customer: null, problems: [problem] };
    const warnings = diagnostics.map((d): FileProblem => ({ relPath, issue: d.issue, line: d.line, warning: true }));
    return { customer: customer && { ...customer, slug: slugOf(relPath), relPath }, problems: customer ? warnings : [] };
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
    // Read, change and write under the file's lock: another followup process writing the same
    // file meanwhile would otherwise drop this entry, or have its own dropped.
    return this.locked(relPath, (tempDir) => this.change(relPath, file, tempDir, change)).catch((e) =>
      Promise.reject(e instanceof LockBusy ? writeError(relPath, e) : e),
    );
  }

  private async change(relPath: string, file: string, tempDir: string, change: (text: string, current: Customer) => string): Promise<Customer> {
    let before: string;
    try {
      before = await readText(file);
    } catch (e) {
      const problem = readProblem(relPath, e);
      if (!problem) throw writeError(relPath, e);
      throw new UserError(issue('file.broken', { file: relPath, issue: problem.issue, line: null }));
    }
    const { readCustomer } = await format();
    const parse = (text: string, failure: (p: FileProblem) => Error): Customer => {
      const { customer, diagnostics } = readCustomer(text);
      const problem = firstError(relPath, diagnostics) ?? (customer ? null : { relPath, issue: issue('file.notCustomer'), line: null });
      if (problem) throw failure(problem);
      return { ...customer!, slug: slugOf(relPath), relPath };
    };
    const current = parse(before, (p) => new UserError(issue('file.broken', { file: relPath, issue: p.issue, line: p.line })));
    const after = change(before, current);
    const written = parse(after, (p) => new Failure(issue('write.unreadable', { file: relPath, issue: p.issue, line: p.line })));
    if (after !== before) {
      await replaceFile(file, after, tempDir).catch((e) => Promise.reject(writeError(relPath, e)));
      await this.rememberWrite(relPath, before, after);
    }
    return written;
  }

  /** Keeps what undo needs; a record that cannot be saved costs the undo, never the write. */
  private async rememberWrite(relPath: string, before: string | null, after: string): Promise<void> {
    await undo.remember(path.join(this.root, OWN_DIR, 'undo'), { file: relPath, before, after: undo.digestOf(after) }, Date.now()).catch(() => {});
  }

  /** Where the answers of an interrupted guided log of a file wait for the next one. */
  private draftFile(relPath: string): string {
    return path.join(this.root, OWN_DIR, 'drafts', `${fileKey(relPath)}.json`);
  }

  /** Keeps the answers given so far; losing them costs only retyping, so a failure is silent. */
  async saveDraft(relPath: string, answers: Record<string, unknown>, now: number): Promise<void> {
    const file = this.draftFile(relPath);
    await fs
      .mkdir(path.dirname(file), { recursive: true })
      .then(() => fs.writeFile(file, JSON.stringify({ file: relPath, at: now, answers })))
      .catch(() => {});
  }

  /** The answers left by an interrupted guided log of this file, if any. */
  async draft(relPath: string): Promise<{ at: number; answers: Record<string, unknown> } | null> {
    try {
      const d = JSON.parse(await fs.readFile(this.draftFile(relPath), 'utf8')) as { file?: unknown; at?: unknown; answers?: unknown };
      if (d.file !== relPath || typeof d.at !== 'number' || typeof d.answers !== 'object' || d.answers === null) return null;
      return { at: d.at, answers: d.answers as Record<string, unknown> };
    } catch {
      return null;
    }
  }

  async dropDraft(relPath: string): Promise<void> {
    await fs.rm(this.draftFile(relPath), { force: true });
  }

  /**
   * Takes back the tool's last write to a file (or its last write of all): the text before it
   * comes back byte for byte, or the file it created goes. Refused when the file changed since.
   */
  async undo(relPath?: string): Promise<{ file: string; at: number; created: boolean }> {
    const dir = path.join(this.root, OWN_DIR, 'undo');
    const record = await undo.latest(dir, relPath);
    if (!record) throw new UserError(issue('undo.nothing', { file: relPath ?? null }));
    const file = this.abs(record.file);
    await this.locked(record.file, async (tempDir) => {
      let now: string;
      try {
        now = await readText(file);
      } catch (e) {
        // Deleted since: nothing of that write is left, and the writes before it may be taken back.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(issue('undo.changed', { file: record.file }));
        await undo.forget(dir, record);
        throw new UserError(issue('undo.gone', { file: record.file }));
      }
      if (undo.digestOf(now) !== record.after) throw new UserError(issue('undo.changed', { file: record.file }));
      if (record.before === null) await fs.rm(file);
      else await replaceFile(file, record.before, tempDir).catch((e) => Promise.reject(writeError(record.file, e)));
    });
    await undo.forget(dir, record);
    return { file: record.file, at: record.at, created: record.before === null };
  }

  /** Creates a new file; false when the name is taken. */
  async create(relPath: string, text: string): Promise<boolean> {
    const file = this.abs(relPath);
    const created = await this.locked(relPath, (tempDir) => createFile(file, text, tempDir)).catch((e) => Promise.reject(writeError(relPath, e)));
    if (created) await this.rememberWrite(relPath, null, text);
    return created;
  }

  /** Writes a generated file whole (the demo's), atomically, replacing it when it exists. */
  async writeDemoFile(relPath: string, text: string): Promise<void> {
    const file = this.abs(relPath);
    await this.locked(relPath, (tempDir) => writeWhole(file, text, tempDir));
  }

  /** Removes a file the demo wrote earlier (in a folder the demo made); nothing when it is gone. */
  async removeDemoFile(relPath: string): Promise<void> {
    await fs.rm(this.abs(relPath), { force: true });
  }

  /** The path a person should see for a file. */
  display(relPath: string): string {
    return path.join(this.root, relPath);
  }
}

/**
 * What the index keeps of a file: its name and, when reports need it, its digest; or why it
 * cannot be read. null when the file vanished meanwhile.
 */
function readRecord(f: Format, relPath: string, file: string, statted: Stamp | null, need: Need): IndexRecord | null {
  let text: string;
  let opened: Stamp | null = null;
  try {
    text = readTextSync(file, MAX_FILE_BYTES, (s) => {
      opened = stampOf(s);
    });
  } catch (e) {
    const problem = readProblem(relPath, e);
    const stamp = opened ?? statted ?? statStamp(file);
    return problem && stamp && { stamp, name: null, digest: null, problem };
  }
  // The open file's stamp: that of the text read, even if the file changed since it was stat'ed.
  const stamp: Stamp = opened ?? statted!;
  if (need === 'keys') {
    const { name, diagnostics } = f.readName(text);
    // The entries were not read: a digest, or a problem in them, is found when it is needed.
    const problem = firstError(relPath, diagnostics);
    // Kept for every file while the index is saved: a name of its own, not a slice of the text.
    return { stamp, name: own(name), problem };
  }
  // Its digest is all that is kept: the entries' topics are not read.
  const { customer, diagnostics } = f.readCustomer(text, { topics: false });
  const problem = firstError(relPath, diagnostics);
  if (problem || !customer) return { stamp, name: own(customer?.profile.name ?? null), digest: null, problem };
  // What a report still counts but says a word about: a date-like heading, an entry in a comment.
  const warnings = diagnostics.map((d): FileProblem => ({ relPath, issue: d.issue, line: d.line, warning: true }));
  const digest = digestOf({ ...customer, slug: slugOf(relPath), relPath });
  return { stamp, name: digest.profile.name, digest, problem: null, warnings };
}

/** The customer of a file read, or the bad input that names the file and why it cannot be used (`query`: what the person asked for). */
function usable(relPath: string, read: { customer: Customer | null; problems: FileProblem[] }, query?: string): Customer {
  const r = read.problems.find((p) => !p.warning) ?? read.customer;
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

/** What a customer may be called by, from what the index knows of its file; null for a file that is not a customer. */
function keyOf(relPath: string, r: Pick<IndexRecord, 'name' | 'problem'>): CustomerKey | null {
  return r.name !== null || r.problem !== null ? { slug: slugOf(relPath), relPath, name: r.name, problem: r.problem } : null;
}

/** What a scan reads of each file: its name, or its digest for a report. */
type Need = 'keys' | 'digests';

/** What a scan may be given, when the caller listed the files and read the index already. */
interface Scanned {
  listed: { files: string[]; problems: FileProblem[] };
  index: SummaryIndex;
}

/**
 * What the index says the files that may answer `query` are called, without checking the
 * files: every file whose record could match it at some step of resolveCustomer, so that a
 * match found among them is the match among all. Null when the index does not know every file.
 * For finding a customer fast; never for a report.
 */
function indexedKeys(index: SummaryIndex, files: string[], query: string): { keys: CustomerKey[]; stamps: Map<string, Stamp> } | null {
  for (const relPath of files) if (!index.knows(relPath)) return null;
  const found = index.uncheckedMatching(query);
  if (!found) return null;
  // Every listed file is known: when the index knows no other (a file deleted since), every
  // file it finds is listed.
  const listed = index.known === files.length ? null : new Set(files);
  const keys: CustomerKey[] = [];
  const stamps = new Map<string, Stamp>();
  for (const { relPath, record } of found) {
    if (listed && !listed.has(relPath)) continue;
    stamps.set(relPath, record.stamp);
    const key = keyOf(relPath, record);
    if (key) keys.push(key);
  }
  return { keys, stamps };
}

/** The one file whose name (or path), without `.md`, is `query` as written; null for none or several. */
function namedExactly(files: string[], query: string): string | null {
  const hits = files.filter(writtenAs(query));
  return hits.length === 1 ? hits[0]! : null;
}

/** Which customer a query means among `keys`, with their pinyin when the query may be pinyin. */
async function resolve(keys: CustomerKey[], query: string, purpose: Purpose): Promise<Resolution> {
  // pinyin-pro is big: loaded only for a query that could be pinyin, names no file exactly,
  // and may mean a Chinese name; never for a write by exact name, which reads no pinyin.
  if (purpose !== 'exact' && pinyinQuery(query) !== null && !namesExactly(keys, query) && keys.some((k) => hasHan(k.name))) await withPinyin(keys);
  return resolveCustomer(keys, query, purpose);
}

/** Fills in the pinyin of every key's name. */
async function withPinyin(keys: CustomerKey[]): Promise<void> {
  const pinyinOf = await loadPinyin();
  for (const k of keys) k.pinyin = k.name === null ? null : pinyinOf(k.name);
}
