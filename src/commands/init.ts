import path from 'node:path';
import type { Context } from '../context.js';
import { issue, UserError } from '../domain/errors.js';
import { outcome, type Outcome } from '../outcome.js';
import { Notebook } from '../store/notebook.js';

/** Whether a later command run from here finds this notebook without --dir. */
function reachable(ctx: Context, root: string): boolean {
  const inside = !path.relative(root, ctx.io.cwd).startsWith('..');
  return inside || (!ctx.io.env.FOLLOWUP_DIR && root === path.join(ctx.io.home, 'followup'));
}

/** `followup init [dir]`: makes a folder a notebook, leaving anything already there alone. */
export default async function init(ctx: Context, [dir]: string[]): Promise<Outcome> {
  const target = dir ?? ctx.options.dir ?? ctx.io.env.FOLLOWUP_DIR ?? path.join(ctx.io.home, 'followup');
  const root = path.resolve(ctx.io.cwd, target);
  const created = await Notebook.init(root).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOTDIR' || e.code === 'EEXIST') throw new UserError(issue('init.notAFolder', { root }));
    throw e;
  });
  const command = `followup${reachable(ctx, root) ? '' : ` --dir ${JSON.stringify(root)}`}`;
  return outcome({
    result: { path: root, created },
    view: (r, { t }) =>
      r.created ? [t.init.created(root), t.init.settings(path.join(root, '.followup', 'config.yml')), t.init.addCustomer(command)] : [t.init.already(root)],
  });
}
