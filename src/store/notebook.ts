/**
 * The notebook on disk: where it is, its settings, its customer files. Commands read and write
 * files only through this module, so a cache or a lock has one place to live.
 */
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CONFIG_TEMPLATE, resolveConfig, type Config } from '../domain/config.js';
import { UserError, FormatError } from '../domain/errors.js';
import { parseCustomer } from '../domain/format.js';
import { slugOf } from '../domain/slug.js';
import type { Customer, FileProblem } from '../domain/types.js';
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
      const how = w.dir !== undefined ? '--dir' : '$FOLLOWUP_DIR';
      throw new UserError(`no notebook at ${root} (from ${how}): run 'followup init ${given}' to create one`);
    }
    return root;
  }
  for (let dir = path.resolve(w.cwd); ; dir = path.dirname(dir)) {
    if (isDir(path.join(dir, META_DIR))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const home = path.join(w.home, 'followup');
  if (!isDir(home)) {
    throw new UserError(`no notebook found: run 'followup init' to create ${home}, or pass --dir <folder>`);
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
  if (e instanceof ReadOnlyFile) return new Error(`${relPath} is read-only; nothing was written (make it writable to log into it)`);
  const reason = describeError(e);
  if (!reason) return e as Error;
  // The code stays, so a command can still tell one failure from another.
  return Object.assign(new Error(`cannot write ${relPath}: ${reason}; nothing was written`), { code: (e as NodeJS.ErrnoException).code });
}

export interface Loaded {
  customers: Customer[];
  problems: FileProblem[];
  /** Every Markdown file, customer or not: the names a new file must not take. */
  files: string[];
}

const READ_BATCH = 64;

export class Notebook {
  private configCache: Config | null = null;

  constructor(readonly root: string) {}

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
    let raw: unknown = null;
    if (existsSync(file)) {
      try {
        raw = YAML.parse(await readText(file), { schema: 'core', maxAliasCount: 100, prettyErrors: false, logLevel: 'error' });
      } catch (e) {
        throw new UserError(`${path.join(META_DIR, CONFIG_FILE)}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const result = resolveConfig(raw);
    if ('error' in result) throw new UserError(`${path.join(META_DIR, CONFIG_FILE)}: ${result.error}`);
    this.configCache = result.config;
    return result.config;
  }

  private abs(relPath: string): string {
    const file = path.resolve(this.root, relPath);
    if (!file.startsWith(this.root + path.sep)) throw new UserError(`'${relPath}' is outside the notebook`);
    return file;
  }

  /** Every customer file, parsed; files that cannot be read are returned as problems. */
  async load(): Promise<Loaded> {
    const { files, folders } = await markdownFiles(this.root);
    const customers: Customer[] = [];
    const problems: FileProblem[] = [...folders];
    for (let i = 0; i < files.length; i += READ_BATCH) {
      const batch = files.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((f) => this.readCustomer(f)));
      for (const t of texts) {
        if (t === null) continue;
        if ('reason' in t) problems.push(t);
        else customers.push(t);
      }
    }
    return { customers, problems, files };
  }

  private async readCustomer(relPath: string): Promise<Customer | FileProblem | null> {
    try {
      const doc = parseCustomer(await readText(this.abs(relPath)));
      if (!doc) return null;
      return { ...doc, slug: slugOf(relPath), relPath };
    } catch (e) {
      if (e instanceof FormatError) return { relPath, reason: e.line ? `line ${e.line}: ${e.message}` : e.message };
      if (e instanceof NotText) return { relPath, reason: e.message };
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code) return { relPath, reason: `cannot read it (${describeError(e)})` };
      throw e;
    }
  }

  /**
   * Rewrites one file through `change` (text in, text out). The file is read again right
   * before, so an edit made meanwhile is never lost, and nothing is written when nothing changed.
   * Returns the text the file now holds.
   */
  async update(relPath: string, change: (text: string) => string): Promise<string> {
    const file = this.abs(relPath);
    const before = await readText(file);
    const after = change(before);
    if (after !== before) await replaceFile(file, after).catch((e) => Promise.reject(writeError(relPath, e)));
    return after;
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
