/** Commander wiring only: global options, one command per spec, the command's code loaded when it runs. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Context, Io } from './context.js';
import { issue, UserError } from './domain/errors.js';
import type { Outcome } from './outcome.js';
import { COMMANDS, type CommandName, type CommandSpec, type OptionSpec, type OptionsOf } from './specs.js';

/** A command's code: its options typed from its spec. */
export type Run<N extends CommandName> = (ctx: Context, args: string[], opts: OptionsOf<N>, name: N) => Promise<Outcome>;
type Modules = { [N in CommandName]: () => Promise<{ default: Run<N> }> };

/** Where each command's code lives; imported only when the command runs. */
const MODULES: Modules = {
  init: () => import('./commands/init.js'),
  new: () => import('./commands/new.js'),
  log: () => import('./commands/log.js'),
  show: () => import('./commands/show.js'),
  list: () => import('./commands/list.js'),
  agenda: () => import('./commands/agenda.js'),
  overdue: () => import('./commands/overdue.js'),
  plan: () => import('./commands/plan.js'),
  schedule: () => import('./commands/schedule.js'),
  release: () => import('./commands/status.js'),
  lost: () => import('./commands/status.js'),
  won: () => import('./commands/status.js'),
  reopen: () => import('./commands/status.js'),
  stats: () => import('./commands/stats.js'),
  demo: () => import('./commands/demo.js'),
  sync: () => import('./commands/sync.js'),
  'merge-file': () => import('./commands/merge-file.js'),
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(example: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
      throw new InvalidArgumentError(`give a whole number above 0, such as ${example}`);
    }
    return Number(value);
  };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function addOption(cmd: Command, spec: OptionSpec): void {
  switch (spec.kind) {
    case 'flag':
      cmd.option(spec.flags, spec.help);
      break;
    case 'text':
      if (spec.required) cmd.requiredOption(spec.flags, spec.help);
      else cmd.option(spec.flags, spec.help);
      break;
    case 'list':
      cmd.option(spec.flags, spec.help, collect, []);
      break;
    case 'count': {
      const o = new Option(spec.flags, spec.help).argParser(wholeNumber(spec.example));
      if (spec.default !== undefined) o.default(spec.default);
      if (spec.conflicts) o.conflicts(spec.conflicts);
      cmd.addOption(o);
      break;
    }
    case 'choice':
      cmd.addOption(new Option(spec.flags, spec.help).choices(spec.choices).default(spec.default));
      break;
  }
}

/** The program: `run` in main.ts parses with it; `perform` runs a command's outcome. */
export function buildProgram(
  io: Io,
  perform: <N extends CommandName>(name: N, load: Modules[N], args: string[], opts: OptionsOf<N>, globals: Record<string, unknown>) => Promise<void>,
  onError: (message: string) => void,
): Command {
  const program = new Command();
  const action = <N extends CommandName>(name: N) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
    // Commander built these values from the same spec that OptionsOf reads.
    await perform(name, MODULES[name] as Modules[N], positional, command.opts() as OptionsOf<N>, command.optsWithGlobals());
  };

  program
    .name('followup')
    .description('Follow-up notes for field sales: one Markdown file per customer, a daily agenda, a weekly review.')
    .version(version(), '-V, --version', 'print the version')
    .option('--dir <path>', 'the notebook folder (default: $FOLLOWUP_DIR, the nearest folder with .followup/, or ~/followup)')
    .option('--json', 'print machine-readable JSON on stdout')
    .option('--today <date>', 'run as of another date (also $FOLLOWUP_TODAY)')
    .option('--no-color', 'print without colour (also NO_COLOR)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s) => onError(s),
    });

  for (const [name, spec] of Object.entries(COMMANDS) as [CommandName, CommandSpec][]) {
    const cmd = program.command(name, { hidden: spec.hidden === true }).description(spec.help);
    for (const a of spec.args) cmd.argument(a.name, a.help);
    for (const o of Object.values(spec.options)) addOption(cmd, o);
    cmd.action(action(name));
  }

  // `followup` alone is the morning's question: who do I see today? Set last, so that the
  // commands above keep refusing stray arguments.
  program.allowExcessArguments(true).action(async (...args: unknown[]) => {
    const stray = (args[args.length - 1] as Command).args;
    if (stray.length > 0) {
      const shown = (Object.entries(COMMANDS) as [CommandName, CommandSpec][]).filter(([, spec]) => !spec.hidden).map(([name]) => name);
      throw new UserError(issue('command.unknown', { name: stray[0]!, commands: shown }));
    }
    await perform('agenda', MODULES.agenda, [], { days: COMMANDS.agenda.options.days.default, owner: undefined }, program.opts());
  });

  return program;
}
