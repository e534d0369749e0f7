import path from 'node:path';
import type { Context } from '../context.js';
import { demoNotebook } from '../domain/demo.js';
import { UserError } from '../domain/errors.js';
import { parseCustomer } from '../domain/format.js';
import { folderState, META_DIR, Notebook } from '../store/notebook.js';

/** The file that marks a folder as written by `followup demo`, so a re-run may rewrite it. */
const MARK = `${META_DIR}/demo`;

/** A path as a shell reads it: quoted when it has anything but plain characters. */
function shellArg(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `followup demo <dir>`: writes a demo notebook dated around today into a new or empty folder. */
export default async function demo(ctx: Context, [dir]: string[], o: { quiet?: boolean }): Promise<void> {
  const root = path.resolve(ctx.io.cwd, dir!);
  const state = folderState(root, MARK);
  if (state === 'file') throw new UserError(`${root} is a file; give demo a new or empty folder`);
  if (state === 'taken') {
    throw new UserError(`${root} is not empty and was not made by 'followup demo'; give demo a new or empty folder`);
  }
  await Notebook.init(root);
  const book = new Notebook(root);
  // Marked before the files are written, so a run that fails half-way can simply be run again.
  await book.writeDemoFile(MARK, `Written by 'followup demo' (last on ${ctx.today}); running it again rewrites the demo's files and nothing else.\n`);
  const files = demoNotebook(ctx.today);
  for (const f of files) await book.writeDemoFile(f.relPath, f.text);

  if (ctx.json) return ctx.printJson({ path: root, files: files.map((f) => f.relPath) });
  if (o.quiet) return;
  const shown = path.relative(ctx.io.cwd, root);
  const where = shown === '' || shown.startsWith('..') || path.isAbsolute(shown) ? root : shown;
  const customers = files.filter((f) => parseCustomer(f.text) !== null).length;
  const run = ['followup', '--dir', shellArg(where), ...(ctx.globals.today ? ['--today', ctx.today] : [])].join(' ');
  ctx.print([
    `${state === 'demo' ? 'Rewrote' : 'Wrote'} a demo notebook in ${where}: ${customers} customers and a README, dated around ${ctx.today}.`,
    'Try:',
    `  ${run} agenda            who to see today, and why`,
    `  ${run} overdue           the weekly review`,
    `  ${run} show ningbo       the brief before a visit`,
    `  ${run} list --all        every customer, won and released too`,
  ]);
}
