import path from 'node:path';
import type { Context } from '../context.js';
import { demoNotebook } from '../domain/demo.js';
import { issue, UserError } from '../domain/errors.js';
import { LANGUAGES, languageFromEnv, localeOfLanguage, parseLanguage } from '../domain/language.js';
import { parseCustomer } from '../domain/format.js';
import { outcome, type Outcome } from '../outcome.js';
import type { OptionsOf } from '../specs.js';
import { folderState, META_DIR, Notebook } from '../store/notebook.js';
import { demoView } from '../ui/views/demo.js';

/** The file that marks a folder as written by `followup demo`, so a re-run may rewrite it. */
const MARK = `${META_DIR}/demo`;

/** `followup demo <dir>`: writes a demo notebook dated around today into a new or empty folder. */
export default async function demo(ctx: Context, [dir]: string[], o: OptionsOf<'demo'>): Promise<Outcome> {
  // The demo speaks the interface language unless told: its names, notes, labels and kinds.
  const language = o.language === undefined ? languageFromEnv(ctx.io.env) : parseLanguage(o.language);
  if (language === null) throw new UserError(issue('language.invalid', { given: o.language!, languages: [...LANGUAGES] }));
  const root = path.resolve(ctx.io.cwd, dir!);
  const state = folderState(root, MARK);
  if (state === 'file') throw new UserError(issue('demo.isAFile', { root }));
  if (state === 'taken') throw new UserError(issue('demo.taken', { root }));
  await Notebook.init(root);
  const book = new Notebook(root);
  // Marked before the files are written, so a run that fails half-way can simply be run again.
  await book.writeDemoFile(MARK, ctx.t.demo.mark(ctx.today));
  const files = demoNotebook(ctx.today, localeOfLanguage(language));
  if (state === 'demo') {
    // The demo in the other language wrote other files: a rewrite leaves one demo, not two.
    const kept = new Set(files.map((f) => f.relPath));
    const others = LANGUAGES.flatMap((l) => demoNotebook(ctx.today, localeOfLanguage(l))).filter((f) => !kept.has(f.relPath));
    for (const f of others) await book.removeDemoFile(f.relPath);
  }
  for (const f of files) await book.writeDemoFile(f.relPath, f.text);

  const shown = path.relative(ctx.io.cwd, root);
  const where = shown === '' || shown.startsWith('..') || path.isAbsolute(shown) ? root : shown;
  return outcome({
    result: { path: root, files: files.map((f) => f.relPath) },
    json: (r) => r,
    view: (_r, env) =>
      o.quiet
        ? []
        : demoView(
            {
              again: state === 'demo',
              where,
              customers: files.filter((f) => parseCustomer(f.text) !== null).length,
              today: ctx.today,
              todayFlag: ctx.options.todayFlag !== undefined,
            },
            env,
          ),
  });
}
