/** Commander wiring only: global options, one command per spec, the command's code loaded when it runs. */
import { Command, type Help, InvalidArgumentError, Option } from 'commander';
import type { Context, Io } from './context.js';
import { issue, UserError } from './domain/errors.js';
import type { Messages } from './i18n/messages.js';
import type { Outcome } from './outcome.js';
import { version } from './version.js';
import { COMMANDS, GLOBAL_OPTIONS, type CommandName, type CommandSpec, type OptionSpec, type OptionsOf } from './specs.js';

/** A command's code: its options typed from its spec. */
export type Run<N extends CommandName> = (ctx: Context, args: string[], opts: OptionsOf<N>, name: N) => Promise<Outcome>;
type Modules = { [N in CommandName]: () => Promise<{ default: Run<N> }> };

/**
 * The help words every command needs, derived from the specs: a message table that misses a
 * command, one of its arguments or one of its options does not type-check here.
 */
type CommandHelp = {
  [N in CommandName]: {
    about: string;
    /** One per argument, in order. */
    args: readonly string[];
    options: { [K in keyof (typeof COMMANDS)[N]['options']]: string };
  };
};
type HelpWords = Messages['help'];

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
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
  open: () => import('./commands/open.js'),
  completion: () => import('./commands/completion.js'),
  __complete: () => import('./commands/complete.js'),
  check: () => import('./commands/check.js'),
  undo: () => import('./commands/undo.js'),
  sync: () => import('./commands/sync.js'),
  'merge-file': () => import('./commands/merge-file.js'),
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(example: string, max: number, words: HelpWords) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
      throw new InvalidArgumentError(words.wholeNumber(example));
    }
    // Never clamped: a value past the limit is a typo, said as such.
    if (Number(value) > max) throw new InvalidArgumentError(words.wholeNumberUpTo(max, example));
    return Number(value);
  };
}

function addOption(cmd: Command, spec: OptionSpec, help: string, words: HelpWords): void {
  switch (spec.kind) {
    case 'flag':
      cmd.option(spec.flags, help);
      break;
    case 'text':
      if (spec.required) cmd.requiredOption(spec.flags, help);
      else cmd.option(spec.flags, help);
      break;
    case 'list':
      cmd.option(spec.flags, help, collect, []);
      break;
    case 'count': {
      const o = new Option(spec.flags, help).argParser(wholeNumber(spec.example, spec.max, words));
      if (spec.default !== undefined) o.default(spec.default);
      if (spec.conflicts) o.conflicts(spec.conflicts);
      cmd.addOption(o);
      break;
    }
    case 'choice':
      cmd.addOption(new Option(spec.flags, help).choices(spec.choices).default(spec.default));
      break;
  }
}

/** Commander's own words (titles, defaults, choices) in the interface language. */
function helpIn(words: HelpWords): Partial<Help> {
  return {
    styleTitle: (title: string) => words.title(title),
    // As commander says it, in the interface language; an empty list (a repeatable option) has no default worth saying.
    optionDescription: (option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(words.choices(option.argChoices.map((c) => JSON.stringify(c)).join(', ')));
      const value = option.defaultValue as unknown;
      const empty = Array.isArray(value) && value.length === 0;
      if (value !== undefined && !empty && (option.required || option.optional || typeof value === 'boolean')) {
        extra.push(words.default(option.defaultValueDescription || JSON.stringify(value)));
      }
      return extra.length === 0 ? option.description : `${option.description} (${extra.join(', ')})`;
    },
  };
}

/** The program: `run` in main.ts parses with it, its help in the words of `t`; `perform` runs a command's outcome. */
export function buildProgram(
  io: Io,
  t: Messages,
  perform: <N extends CommandName>(name: N, load: Modules[N], args: string[], opts: OptionsOf<N>, globals: Record<string, unknown>) => Promise<void>,
  onError: (message: string) => void,
): Command {
  const words = t.help;
  const help: CommandHelp = words.commands;
  const program = new Command();
  const action = <N extends CommandName>(name: N) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
    // Commander built these values from the same spec that OptionsOf reads.
    await perform(name, MODULES[name] as Modules[N], positional, command.opts() as OptionsOf<N>, command.optsWithGlobals());
  };

  program
    .name('followup')
    .description(words.about)
    .version(version(), '-V, --version', words.version)
    .helpOption('-h, --help', words.helpOption)
    .helpCommand('help [command]', words.helpCommand)
    .configureHelp(helpIn(words))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s) => onError(s),
    });
  for (const [key, flags] of Object.entries(GLOBAL_OPTIONS)) program.option(flags, words.globals[key as keyof typeof GLOBAL_OPTIONS]);

  for (const [name, spec] of Object.entries(COMMANDS) as [CommandName, CommandSpec][]) {
    const h = help[name] as { about: string; args: readonly string[]; options: Record<string, string> };
    const cmd = program.command(name, { hidden: spec.hidden === true }).description(h.about);
    spec.args.forEach((a, i) => {
      cmd.argument(a.name, h.args[i]);
    });
    for (const [key, o] of Object.entries(spec.options)) addOption(cmd, o, h.options[key]!, words);
    cmd.action(action(name));
  }

  // `followup` alone is the morning's question: who do I see today? Set last, so that the
  // commands above keep refusing stray arguments.
  program.allowExcessArguments(true).action(async (...args: unknown[]) => {
    const stray = (args[args.length - 1] as Command).args;
    if (stray.length > 0) {
      const commands = [...(Object.entries(COMMANDS) as [CommandName, CommandSpec][]).filter(([, spec]) => !spec.hidden).map(([name]) => name), 'help'];
      const suggestion = closest(stray[0]!, commands);
      throw new UserError(
        suggestion ? issue('command.didYouMean', { name: stray[0]!, suggestion }) : issue('command.unknown', { name: stray[0]!, commands }),
      );
    }
    const agenda = { days: COMMANDS.agenda.options.days.default, tag: undefined, stage: undefined, folder: undefined, owner: undefined };
    await perform('agenda', MODULES.agenda, [], agenda, program.opts());
  });
  return program;
}

/** The command a mistyped word most likely meant: at most a third of its letters off. */
export function closest(word: string, candidates: string[]): string | null {
  const w = word.toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const c of candidates) {
    const d = c.startsWith(w) && w.length >= 2 ? 0.5 : distance(w, c);
    if (d <= Math.max(1, Math.floor(c.length / 3)) && (best === null || d < best.d)) best = { name: c, d };
  }
  return best?.name ?? null;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

