/**
 * `followup sync [--no-push] [--dry-run]`: commits the notebook's changes with a message that
 * says what changed, pulls (a merge, with the customer-file driver), checks the files, pushes.
 * It never force-pushes and never discards local work. Exit codes: 0 done, 3 committed but the
 * push waits (offline, remote unreachable), 4 stopped on a conflict; 2 not a git repository.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureConfig, type Git, lastLine, openRepository } from '../adapters/git.js';
import type { Context } from '../context.js';
import { countChanges, type FileChange } from '../domain/changes.js';
import { Failure, issue, type Issue, UserError } from '../domain/errors.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import type { Notebook } from '../store/notebook.js';
import { syncView, type SyncResult } from '../ui/views/sync.js';

export const EXIT_PUSH_WAITS = 3;
export const EXIT_CONFLICT = 4;

/** How many times a push rejected because the remote moved on is retried after pulling again. */
const PUSH_TRIES = 3;

/**
 * What sync says after a pull: the notebook check of every file, one line each: a file that
 * cannot be read any more (skipped by reports), or what in a file is only worth a word.
 */
async function afterPull(book: Notebook): Promise<Issue[]> {
  const { checkNotebook } = await import('../store/check.js');
  const { problems } = await checkNotebook(book);
  return problems.map((p) =>
    issue(p.severity === 'error' ? 'file.skipped' : 'file.notCounted', { file: p.file, issue: p.issue, line: p.line }),
  );
}

interface Pending {
  /** Paths relative to the repository, with git's one-letter status. */
  files: { status: string; path: string }[];
  message: string;
}

/** The notebook's uncommitted changes and the commit message that says what they are. */
async function pending(ctx: Context, git: Git, scope: string): Promise<Pending> {
  const raw = await git.list(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', scope]);
  const files = raw.map((r) => ({ status: r.slice(0, 2).trim() || 'M', path: r.slice(3) }));
  const md = files.filter((f) => /\.md$/i.test(f.path));
  const befores = await git.blobs(md.map((f) => `HEAD:${f.path}`));
  const changes: FileChange[] = [];
  for (const [k, f] of md.entries()) {
    const after = await readFile(path.join(git.top, f.path), 'utf8').catch(() => null);
    changes.push({ before: befores[k] ?? null, after });
  }
  return { files, message: ctx.t.sync.commitMessage(countChanges(changes)) };
}

/** Files git could not merge, and those of them that still hold conflict markers. */
async function unmerged(git: Git): Promise<{ files: string[]; marked: string[] }> {
  const files = await git.list(['diff', '--name-only', '-z', '--diff-filter=U']);
  const marked: string[] = [];
  for (const f of files) {
    const text = await readFile(path.join(git.top, f), 'utf8').catch(() => '');
    if (/^(<{7}|={7}|>{7})(?:[ \t]|\r?$)/m.test(text)) marked.push(f);
  }
  return { files, marked };
}

interface Upstream {
  remote: string;
  branch: string;
  /** Whether the branch has no upstream yet: the first push sets it. */
  first: boolean;
}

async function upstreamOf(git: Git, branch: string): Promise<Upstream | null> {
  const remote = await git.maybe(['config', '--get', `branch.${branch}.remote`]);
  const merge = await git.maybe(['config', '--get', `branch.${branch}.merge`]);
  if (remote && remote !== '.' && merge) return { remote, branch: merge.replace(/^refs\/heads\//, ''), first: false };
  const remotes = (await git.maybe(['remote']))?.split('\n').filter(Boolean) ?? [];
  const only = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0]! : null;
  return only ? { remote: only, branch, first: true } : null;
}

/** Merges what the remote has; the number of commits it brought, or the files in conflict. */
async function pull(git: Git, up: Upstream): Promise<{ commits: number } | { conflicts: string[] }> {
  const ref = `refs/remotes/${up.remote}/${up.branch}`;
  if ((await git.maybe(['rev-parse', '-q', '--verify', ref])) === null) return { commits: 0 };
  const commits = Number(await git.maybe(['rev-list', '--count', `HEAD..${ref}`])) || 0;
  if (commits === 0) return { commits: 0 };
  // --ff: a fast-forward when the remote alone moved, else a merge commit, whatever merge.ff says.
  const r = await git.run(['merge', '--ff', '--no-edit', '-m', `sync: merge ${up.remote}/${up.branch}`, ref]);
  if (r.code === 0) return { commits };
  const { files, marked } = await unmerged(git);
  for (const f of files) if (!marked.includes(f)) await git.markLines(f);
  if (files.length > 0) return { conflicts: files };
  throw new Failure(issue('git.mergeFailed', { detail: lastLine(r) }));
}

export default async function sync(ctx: Context, _args: string[], o: OptionsOf<'sync'>): Promise<Outcome> {
  const book = ctx.notebook();
  const git = await openRepository(book.root, ctx.io.env, ctx.term.interactive);
  if (!git) throw new UserError(issue('git.notRepository', { root: book.root }));
  const scope = path.relative(git.top, book.root) || '.';
  const branch = await git.maybe(['symbolic-ref', '--short', '-q', 'HEAD']);
  if (!branch) throw new UserError(issue('git.detached'));
  const up = await upstreamOf(git, branch);
  const result: SyncResult = {
    dryRun: o.dryRun === true,
    push: o.push !== false,
    remote: up?.remote ?? null,
    committed: null,
    finishedMerge: false,
    pulled: null,
    pushed: false,
    waits: null,
    conflicts: [],
  };
  const done = (code = 0, warnings: Issue[] = []) => outcome({ result, view: syncView, warnings, code });

  if (existsSync(await git.gitPath('rebase-merge')) || existsSync(await git.gitPath('rebase-apply'))) throw new UserError(issue('git.rebasing'));
  const merging = (await git.maybe(['rev-parse', '-q', '--verify', 'MERGE_HEAD'])) !== null;

  if (result.dryRun) {
    const p = await pending(ctx, git, scope);
    if (p.files.length > 0) result.committed = { message: p.message, files: p.files.map((f) => `${f.status} ${f.path}`) };
    return done();
  }
  await ensureConfig(git);

  if (merging) {
    // The last sync stopped on a conflict: finish the merge once no file holds markers.
    const { files, marked } = await unmerged(git);
    if (marked.length > 0) {
      result.conflicts = marked;
      return done(EXIT_CONFLICT);
    }
    if (files.length > 0) await git.ok(['add', '--', ...files]);
    await git.ok(['add', '-A', '--', scope]);
    await commit(git, ['commit', '--no-edit', '--quiet']);
    result.finishedMerge = true;
  }

  const p = await pending(ctx, git, scope);
  if (p.files.length > 0) {
    await git.ok(['add', '-A', '--', scope]);
    await commit(git, ['commit', '--quiet', '-m', p.message, '--', scope]);
    result.committed = { message: p.message, files: p.files.map((f) => `${f.status} ${f.path}`) };
  }
  if (!up) return done();

  // After the pulls, whichever way the sync ends: the notebook is checked once, as it is then.
  const checked = async (code: number) => done(code, (result.pulled ?? 0) > 0 ? await afterPull(book) : []);
  for (let attempt = 1; ; attempt++) {
    const fetched = await git.run(['fetch', '--quiet', up.remote], { network: true });
    if (fetched.code !== 0) {
      result.waits = lastLine(fetched);
      return checked(EXIT_PUSH_WAITS);
    }
    const pulled = await pull(git, up);
    if ('conflicts' in pulled) {
      result.conflicts = pulled.conflicts;
      return checked(EXIT_CONFLICT);
    }
    result.pulled = (result.pulled ?? 0) + pulled.commits;
    if (!result.push) return checked(0);
    const ahead = Number(await git.maybe(['rev-list', '--count', `refs/remotes/${up.remote}/${up.branch}..HEAD`])) || 0;
    const remoteHas = (await git.maybe(['rev-parse', '-q', '--verify', `refs/remotes/${up.remote}/${up.branch}`])) !== null;
    if (remoteHas && ahead === 0) return checked(0);
    const pushed = await git.run(['push', '--quiet', ...(up.first ? ['--set-upstream'] : []), up.remote, `HEAD:refs/heads/${up.branch}`], { network: true });
    if (pushed.code === 0) {
      result.pushed = true;
      return checked(0);
    }
    // Someone pushed in between: pull again and retry; anything else means the push waits.
    const rejected = /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(cannot lock|incorrect old value)/.test(pushed.stderr);
    if (!rejected || attempt >= PUSH_TRIES) {
      result.waits = lastLine(pushed);
      return checked(EXIT_PUSH_WAITS);
    }
  }
}

/** A commit; git without a name and e-mail to sign it with is said plainly. */
async function commit(git: Git, args: string[]): Promise<void> {
  const r = await git.run(args);
  if (r.code === 0) return;
  if (/Please tell me who you are|empty ident|unable to auto-detect email/.test(r.stderr)) throw new Failure(issue('git.noIdentity'));
  throw new Failure(issue('git.failed', { command: 'git commit', detail: lastLine(r) }));
}
