/** `followup completion bash|zsh|fish`: the script, on stdout. */
import type { Context } from '../context.js';
import { issue, UserError } from '../domain/errors.js';
import { outcome, type Outcome } from '../outcome.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandSpec } from '../specs.js';

/** The options every command takes: the program's own (specs.ts), and --help. */
const GLOBALS = [...Object.values(GLOBAL_OPTIONS).map((flags) => flags.split(' ')[0]!), '--help'];

export default async function completion(ctx: Context, [given]: string[]): Promise<Outcome> {
  const { completable, completionScript, SHELLS } = await import('../adapters/completion.js');
  const shell = SHELLS.find((s) => s === (given ?? '').toLowerCase());
  if (!shell) throw new UserError(issue('completion.shell', { shell: given ?? '', shells: SHELLS }));
  const about = (name: string) => (ctx.t.help.commands as Record<string, { about: string }>)[name]?.about ?? '';
  const script = completionScript(shell, completable(COMMANDS as Record<string, CommandSpec>, GLOBALS, about));
  if (!ctx.json) ctx.io.stdout.write(script);
  return outcome({ result: { shell, script } });
}
