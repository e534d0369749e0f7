/**
 * The git already installed, spawned with an argument list (never through a shell), in the
 * notebook's repository. Without a terminal it can never wait on a prompt: no terminal prompts
 * for passwords, ssh in batch mode, stdin closed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Failure, issue } from '../domain/errors.js';
import { packageFile } from '../package.js';
import { shellWord } from '../domain/shell.js';
import { replaceFile } from '../store/fs.js';
import { ensureLines } from '../store/lines.js';

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How long a fetch or push may take before the remote counts as unreachable. */
const NETWORK_TIMEOUT_MS = 120_000;

/** The environment git runs with: the user's, made safe for a run without a terminal. */
export function gitEnvironment(env: Record<string, string | undefined>, interactive: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  // Git's own messages in English, so the few this tool reads are the same everywhere.
  out.LC_ALL = 'C';
  out.LANGUAGE = 'C';
  if (!interactive) {
    out.GIT_TERMINAL_PROMPT = '0';
    out.GCM_INTERACTIVE = 'never';
    // ssh opens the terminal itself to ask for a password or a host key: batch mode never asks.
    // A command the user set (GIT_SSH_COMMAND, GIT_SSH) is theirs; it gets the same option
    // through ssh's own environment-free route only when it is plain ssh.
    if (out.GIT_SSH_COMMAND === undefined && out.GIT_SSH === undefined) out.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
  }
  return out;
}

/** The absolute path of this tool's bin, so git finds the merge driver whatever PATH it runs with. */
function binPath(): string {
  return packageFile('bin', 'followup');
}

export class Git {
  constructor(
    /** The repository's top folder. */
    readonly top: string,
    private readonly env: Record<string, string>,
    private readonly interactive: boolean,
  ) {}

  /** Runs git; resolves whatever its exit code. Only a missing git is thrown. */
  run(args: string[], o: { network?: boolean } = {}): Promise<GitRun> {
    return runGit(args, { cwd: this.top, env: this.env, interactive: this.interactive, timeout: o.network ? NETWORK_TIMEOUT_MS : 0 });
  }

  /** Runs git and gives its output; a failure is one line naming the command and git's reason. */
  async ok(args: string[], o: { network?: boolean } = {}): Promise<string> {
    const r = await this.run(args, o);
    if (r.code !== 0) throw new Failure(issue('git.failed', { command: `git ${args[0]}`, detail: lastLine(r) }));
    return r.stdout;
  }

  /** The output's first line, or null when git exits non-zero (a value that is not set, a ref that is not there). */
  async maybe(args: string[]): Promise<string | null> {
    const r = await this.run(args);
    return r.code === 0 ? r.stdout.replace(/\n$/, '') : null;
  }

  /**
   * Many files' texts from git's object store in one process (`git cat-file --batch`), such as
   * `HEAD:path`; null for each that is not there.
   */
  blobs(specs: string[]): Promise<(string | null)[]> {
    if (specs.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['cat-file', '--batch'], { cwd: this.top, env: this.env, stdio: ['pipe', 'pipe', 'ignore'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.on('error', reject);
      child.on('close', () => {
        const out = Buffer.concat(chunks);
        const texts: (string | null)[] = [];
        let pos = 0;
        for (let k = 0; k < specs.length && pos < out.length; k++) {
          const eol = out.indexOf(10, pos);
          const header = out.toString('utf8', pos, eol);
          pos = eol + 1;
          const m = / blob (\d+)$/.exec(header);
          if (!m) {
            texts.push(null);
            continue;
          }
          const size = Number(m[1]);
          texts.push(out.toString('utf8', pos, pos + size));
          pos += size + 1;
        }
        while (texts.length < specs.length) texts.push(null);
        resolve(texts);
      });
      // A path with a line break cannot be asked this way: it is asked as a name that is not there.
      child.stdin.end(specs.map((s) => s.replace(/\n/g, '\0')).join('\n') + '\n');
    });
  }

  /**
   * Puts git's own line-merge markers into an unmerged file that has none: what a merge driver
   * that could not run (node moved, say) leaves is our side alone, and finishing the merge from
   * it would drop theirs unseen. False when there is no such pair of sides to merge.
   */
  async markLines(file: string): Promise<boolean> {
    const [base, ours, theirs] = await this.blobs([`:1:${file}`, `:2:${file}`, `:3:${file}`]);
    if (ours == null || theirs == null) return false;
    const dir = await mkdtemp(path.join(tmpdir(), 'followup-merge-'));
    try {
      const names = ['ours', 'base', 'theirs'].map((n) => path.join(dir, n));
      await Promise.all([ours, base ?? '', theirs].map((text, k) => writeFile(names[k]!, text)));
      const r = await this.run(['merge-file', '-p', '-L', 'ours', '-L', 'base', '-L', 'theirs', ...names]);
      if (r.code < 0 || r.code > 127) return false;
      await replaceFile(path.join(this.top, file), r.stdout);
      return true;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** NUL-separated output as a list. */
  async list(args: string[]): Promise<string[]> {
    return (await this.ok(args)).split('\0').filter((s) => s !== '');
  }

  /** A path of the repository's own folder (.git/...), absolute. */
  async gitPath(name: string): Promise<string> {
    return path.resolve(this.top, (await this.ok(['rev-parse', '--git-path', name])).trim());
  }
}

/** Git's last non-blank line of error output: what went wrong, in one line. */
export function lastLine(r: GitRun): string {
  const lines = `${r.stderr}\n${r.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const fatal = lines.find((l) => /^(fatal|error):/.test(l));
  return (fatal ?? lines[lines.length - 1] ?? `exit code ${r.code}`).replace(/^(fatal|error):\s*/, '');
}

function runGit(args: string[], o: { cwd: string; env: Record<string, string>; interactive: boolean; timeout: number }): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: o.cwd,
      env: o.env,
      // At a terminal git may ask for a password there; otherwise nothing can be typed.
      stdio: [o.interactive ? 'inherit' : 'ignore', 'pipe', 'pipe'],
      timeout: o.timeout || undefined,
      killSignal: 'SIGTERM',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new Failure(issue('git.missing')));
      else reject(e);
    });
    child.on('close', (code, signal) => {
      if (signal) stderr += `\nfatal: timed out after ${Math.round(o.timeout / 1000)} s`;
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** The repository that holds `dir`, or null when it is in none. */
export async function openRepository(dir: string, env: Record<string, string | undefined>, interactive: boolean): Promise<Git | null> {
  const e = gitEnvironment(env, interactive);
  const r = await runGit(['rev-parse', '--show-toplevel'], { cwd: dir, env: e, interactive: false, timeout: 0 });
  if (r.code !== 0) return null;
  return new Git(r.stdout.replace(/\n$/, ''), e, interactive);
}

/** Makes `dir` a git repository. */
export async function initRepository(dir: string, env: Record<string, string | undefined>, interactive: boolean): Promise<Git> {
  const e = gitEnvironment(env, interactive);
  const r = await runGit(['init', '--quiet'], { cwd: dir, env: e, interactive: false, timeout: 0 });
  if (r.code !== 0) throw new Failure(issue('git.failed', { command: 'git init', detail: lastLine(r) }));
  const git = await openRepository(dir, env, interactive);
  if (!git) throw new Failure(issue('git.failed', { command: 'git init', detail: dir }));
  return git;
}

/** The attribute line that sends customer files to the merge driver. */
const ATTRIBUTE = '*.md merge=followup';
/** What git must never commit: the tool's caches, locks and temporary files. */
const META_IGNORES = ['cache/', '*.lock', '*.tmp'];
/** Temporary files written beside a customer file while it is replaced. */
const LOCAL_EXCLUDES = ['.*.tmp'];

/** The command line git runs to merge a customer file: absolute paths, so PATH does not matter. */
function driverCommand(): string {
  return `${shellWord(process.execPath)} ${shellWord(binPath())} merge-file %O %A %B %L %P`;
}

/**
 * Sets up what a clone keeps outside its files: the merge driver (with this node and this
 * tool's absolute paths) and file names shown as written. Only what is missing or stale is
 * set; returns the steps done.
 */
export async function ensureConfig(git: Git): Promise<string[]> {
  const done: string[] = [];
  const driver = driverCommand();
  if ((await git.maybe(['config', '--local', '--get', 'merge.followup.driver'])) !== driver) {
    await git.ok(['config', '--local', 'merge.followup.name', 'followup: entries of both sides, front matter key by key']);
    await git.ok(['config', '--local', 'merge.followup.driver', driver]);
    done.push('driver');
  }
  if ((await git.maybe(['config', '--local', '--get', 'core.quotepath'])) === null) {
    await git.ok(['config', '--local', 'core.quotepath', 'false']);
    done.push('quotepath');
  }
  return done;
}

/**
 * What `init` sets up besides the config: `.gitattributes` in the notebook naming the driver,
 * the tool's own files ignored (lines added to `.followup/.gitignore`, and this clone's
 * exclude file for temporary files beside customer files). Returns the steps done.
 */
export async function ensureFiles(git: Git, notebookRoot: string, metaDir: string): Promise<string[]> {
  const done: string[] = [];
  if ((await ensureLines(path.join(notebookRoot, '.gitattributes'), [ATTRIBUTE])).length > 0) done.push('attributes');
  const ignored = await ensureLines(path.join(notebookRoot, metaDir, '.gitignore'), META_IGNORES);
  const excluded = await ensureLines(await git.gitPath('info/exclude'), LOCAL_EXCLUDES);
  if (ignored.length + excluded.length > 0) done.push('ignore');
  return done;
}

/** Git's own line merge of three files into the first (`git merge-file`); true when clean. */
export async function lineMerge(ours: string, base: string, theirs: string, markerSize: number, env: Record<string, string | undefined>): Promise<boolean> {
  const r = await runGit(['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', `--marker-size=${markerSize}`, ours, base, theirs], {
    cwd: path.dirname(ours),
    env: gitEnvironment(env, false),
    interactive: false,
    timeout: 0,
  });
  return r.code === 0;
}
