import path from 'node:path';
import type { Context } from '../context.js';
import { issue, UserError } from '../domain/errors.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { givenNotebook, META_DIR, Notebook } from '../store/notebook.js';

/**
 * Sets up git for the notebook: with --git, or when the notebook already lies in a repository.
 * Returns the steps done (empty when all was there), or null when git was not asked for.
 */
async function setUpGit(ctx: Context, root: string, asked: boolean): Promise<string[] | null> {
  const { ensureConfig, ensureFiles, initRepository, openRepository } = await import('../adapters/git.js');
  const interactive = ctx.term.interactive;
  let git = await openRepository(root, ctx.io.env, interactive).catch((e) => (asked ? Promise.reject(e) : null));
  if (!git && !asked) return null;
  const done: string[] = [];
  if (!git) {
    git = await initRepository(root, ctx.io.env, interactive);
    done.push('init');
  }
  done.push(...(await ensureConfig(git)), ...(await ensureFiles(git, root, META_DIR)));
  return done;
}

/** Whether a later command run from here finds this notebook without --dir. */
function reachable(ctx: Context, root: string): boolean {
  const inside = !path.relative(root, ctx.io.cwd).startsWith('..');
  return inside || (givenNotebook({ env: ctx.io.env }) === undefined && root === path.join(ctx.io.home, 'followup'));
}

/** `followup init [dir]`: makes a folder a notebook, leaving anything already there alone. */
export default async function init(ctx: Context, [dir]: string[], o: OptionsOf<'init'>): Promise<Outcome> {
  const target = dir ?? givenNotebook({ dir: ctx.options.dir, env: ctx.io.env }) ?? path.join(ctx.io.home, 'followup');
  const root = path.resolve(ctx.io.cwd, target);
  const created = await Notebook.init(root).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOTDIR' || e.code === 'EEXIST') throw new UserError(issue('init.notAFolder', { root }));
    throw e;
  });
  const git = await setUpGit(ctx, root, o.git === true);
  const command = `followup${reachable(ctx, root) ? '' : ` --dir ${JSON.stringify(root)}`}`;
  return outcome({
    result: { path: root, created, git },
    view: (r, { t }) => {
      const lines = r.created
        ? [t.init.created(root), t.init.settings(path.join(root, META_DIR, 'config.yml')), t.init.addCustomer(command)]
        : [r.git && r.git.length > 0 ? t.sync.alreadyNotebook(root) : t.init.already(root)];
      if (r.git) lines.push(r.git.length > 0 ? t.sync.setup(r.git.map((s) => t.sync.steps[s] ?? s)) : t.sync.setupDone);
      return lines;
    },
  });
}
