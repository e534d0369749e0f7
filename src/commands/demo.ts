import path from 'node:path';
import type { Context } from '../context.js';
import { demoNotebook } from '../domain/demo.js';
import { UserError } from '../domain/errors.js';
import { parseCustomer } from '../domain/format.js';
import { messages as m } from '../i18n/messages.js';
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
  if (state === 'file') throw new UserError(m.demo.isAFile(root));
  if (state === 'taken') {
    throw new UserError(m.demo.taken(root));
  }
  await Notebook.init(root);
  const book = new Notebook(root);
  // Marked before the files are written, so a run that fails half-way can simply be run again.
  await book.writeDemoFile(MARK, m.demo.mark(ctx.today));
  const files = demoNotebook(ctx.today);
  for (const f of files) await book.writeDemoFile(f.relPath, f.text);

  if (ctx.json) return ctx.printJson({ path: root, files: files.map((f) => f.relPath) });
  if (o.quiet) return;
  const shown = path.relative(ctx.io.cwd, root);
  const where = shown === '' || shown.startsWith('..') || path.isAbsolute(shown) ? root : shown;
  const customers = files.filter((f) => parseCustomer(f.text) !== null).length;
  const run = ['followup', '--dir', shellArg(where), ...(ctx.globals.today ? ['--today', ctx.today] : [])].join(' ');
  const t = m.demo.tour;
  const tour: [string, string][] = [['agenda', t.agenda], ['overdue', t.overdue], ['show ningbo', t.show], ['list --all', t.list]];
  ctx.print([
    m.demo.wrote(state === 'demo', where, customers, ctx.today),
    m.demo.try,
    ...tour.map(([args, what]) => `  ${run} ${args.padEnd(18)}${what}`),
  ]);
}
