import path from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../domain/errors.js';
import { messages as m } from '../i18n/messages.js';
import { Notebook } from '../store/notebook.js';

/** Whether a later command run from here finds this notebook without --dir. */
function reachable(ctx: Context, root: string): boolean {
  const inside = !path.relative(root, ctx.io.cwd).startsWith('..');
  return inside || (!ctx.io.env.FOLLOWUP_DIR && root === path.join(ctx.io.home, 'followup'));
}

/** `followup init [dir]`: makes a folder a notebook, leaving anything already there alone. */
export default async function init(ctx: Context, [dir]: string[]): Promise<void> {
  const target = dir ?? ctx.globals.dir ?? ctx.io.env.FOLLOWUP_DIR ?? path.join(ctx.io.home, 'followup');
  const root = path.resolve(ctx.io.cwd, target);
  const created = await Notebook.init(root).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOTDIR' || e.code === 'EEXIST') throw new UserError(m.init.notAFolder(root));
    throw e;
  });
  if (ctx.json) return ctx.printJson({ path: root, created });
  ctx.print(
    created
      ? [
          m.init.created(root),
          m.init.settings(path.join(root, '.followup', 'config.yml')),
          m.init.addCustomer(`followup${reachable(ctx, root) ? '' : ` --dir ${JSON.stringify(root)}`}`),
        ]
      : m.init.already(root),
  );
}
