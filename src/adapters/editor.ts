/**
 * The user's editor, run as git runs it: `$VISUAL`, else `$EDITOR`, else vi, through
 * `sh -c '<editor> "$@"' <editor> <file>`, so an editor setting with arguments (`code --wait`)
 * works, and the file's path reaches it as an argument, never as shell text. Nothing of a
 * file's content ever goes through the shell.
 */
import { spawnSync } from 'node:child_process';
import { Failure, issue } from '../domain/errors.js';

/** The editor command line a person configured. */
function editorOf(env: Record<string, string | undefined>): string {
  return [env.VISUAL, env.EDITOR].find((e) => e !== undefined && e.trim() !== '')?.trim() ?? 'vi';
}

class EditorFailed extends Error {}

/** Runs the editor on `file` with the terminal handed over, and waits for it to exit. */
function runEditor(file: string, env: Record<string, string | undefined>, cwd: string): void {
  const editor = editorOf(env);
  const r = spawnSync('/bin/sh', ['-c', `${editor} "$@"`, editor, file], { stdio: 'inherit', env: env as NodeJS.ProcessEnv, cwd });
  if (r.error) throw new EditorFailed(r.error.message);
  if (r.signal) throw new EditorFailed(`stopped by ${r.signal}`);
  if (r.status !== 0) throw new EditorFailed(`exit code ${r.status}`);
}

/** Runs the editor on a file; a failure is said as the tool's own, naming the editor. */
export function editFile(file: string, env: Record<string, string | undefined>, cwd: string): void {
  try {
    runEditor(file, env, cwd);
  } catch (e) {
    if (e instanceof EditorFailed) throw new Failure(issue('edit.failed', { editor: editorOf(env), reason: e.message }));
    throw e;
  }
}
