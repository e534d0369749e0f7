/** Commander wiring only: global options, one command each, the command's code loaded when it runs. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { Context, Io } from './context.js';
import { UserError } from './domain/errors.js';

// biome-ignore lint/suspicious/noExplicitAny: each command module declares its own options; the loader passes them through.
type CommandModule = { default: (ctx: Context, args: string[], opts: any, name: any) => Promise<number | void> };

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

export function buildProgram(io: Io, result: { code: number }, onError: (message: string) => void): Command {
  const program = new Command();

  const action = (load: () => Promise<CommandModule>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
      // The command's code, and what it needs, load only when it runs: --help and --version stay fast.
      const [{ Context }, mod] = await Promise.all([import('./context.js'), load()]);
      const ctx = new Context(io, command.optsWithGlobals());
      const code = await mod.default(ctx, positional, command.opts(), command.name());
      if (typeof code === 'number') result.code = code;
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

  program
    .command('init')
    .description('make a folder a notebook (creates .followup/config.yml)')
    .argument('[dir]', 'the folder (default: the --dir folder, or ~/followup)')
    .action(action(() => import('./commands/init.js')));

  program
    .command('new')
    .description('add a customer and print the path of its file')
    .argument('<name>', "the customer's name")
    .option('--contact <person>', 'the person you deal with')
    .option('--phone <number>', 'their phone number')
    .option('--stage <stage>', 'the deal stage')
    .option('--cadence <days>', 'days between contacts', wholeNumber('14'))
    .option('--tag <tag>', 'a tag (repeat for more)', collect, [])
    .option('--next <date>', 'plan the first visit')
    .option('--folder <path>', 'a sub-folder of the notebook to put the file in')
    .action(action(() => import('./commands/new.js')));

  program
    .command('log')
    .description('record a visit, call or message; asks the questions when run in a terminal without fields')
    .argument('<customer>', 'file name or name, or a unique part of either')
    .option('--date <date>', 'when it happened (default: today)')
    .option('--time <HH:MM>', 'the time of day')
    .option('--kind <kind>', 'visit (default), call, meeting, message, email, plan or note; 拜访, 电话... too')
    .option('--purpose <text>', 'the sales purpose of this contact')
    .option('-m, --note <text>', 'what was discussed')
    .option('--topic <topic>', 'a topic discussed, written as #topic (repeat for more)', collect, [])
    .option('--state <text>', "the customer's state afterwards")
    .option('--problem <text>', 'an open problem (repeat for more)', collect, [])
    .option('--asked-close', 'you asked for the close')
    .option('--close <outcome>', 'you asked for the close, and this came back')
    .option('--stage <stage>', 'the deal stage now (updates the file)')
    .option('--next <date>', 'date of the next contact')
    .option('--next-action <text>', 'what to do then')
    .action(action(() => import('./commands/log.js')));

  program
    .command('show')
    .description('the brief before a visit: profile, heat, open problems, plan, what not to repeat')
    .argument('<customer>', 'file name or name, or a unique part of either')
    .option('--entries <n>', 'how many recent entries to show', wholeNumber('5'), 3)
    .option('--all', 'show every entry')
    .action(action(() => import('./commands/show.js')));

  program
    .command('list')
    .description('every customer on one line: stage, heat, last contact, due')
    .option('--all', 'include won, lost and released customers')
    .option('--tag <tag>', 'only customers with this tag')
    .option('--stage <stage>', 'only customers in this stage')
    .addOption(new Option('--sort <key>', 'order of the rows').choices(['due', 'name', 'heat']).default('due'))
    .action(action(() => import('./commands/list.js')));

  program
    .command('agenda')
    .description('who to see today (and the next days), why, and what to do there')
    .option('--days <n>', 'days to cover, starting today', wholeNumber('5'), 1)
    .action(action(() => import('./commands/agenda.js')));

  program
    .command('overdue')
    .description('the weekly review: overdue, cooling, stalled, no close asked')
    .option('--exit-code', 'exit with 1 when any customer is overdue')
    .action(action(() => import('./commands/overdue.js')));

  program
    .command('plan')
    .description('spread the visits due in the coming days over working days, within capacity')
    .addOption(new Option('--days <n>', 'working days to plan, starting today').argParser(wholeNumber('5')).conflicts('week'))
    .option('--week', 'plan next week (Monday to Sunday)')
    .option('--apply', 'write the plan into the customer files')
    .action(action(() => import('./commands/plan.js')));

  program
    .command('schedule')
    .description("move a customer's next visit to a date")
    .argument('<customer>', 'file name or name, or a unique part of either')
    .argument('<date>', 'the new date')
    .option('--note <text>', 'what to do then')
    .action(action(() => import('./commands/schedule.js')));

  for (const [name, description, reason] of [
    ['release', 'release a customer from the pipeline, after showing its follow-up record', 'required'],
    ['lost', 'mark a deal lost, after showing its follow-up record', 'required'],
    ['won', 'mark a deal won', 'optional'],
    ['reopen', 'make a released, lost or won customer active again', 'optional'],
  ] as const) {
    const cmd = program
      .command(name)
      .description(description)
      .argument('<customer>', 'file name or name, or a unique part of either');
    if (reason === 'required') cmd.requiredOption('--reason <text>', 'why');
    else cmd.option('--reason <text>', 'a note to keep with it');
    cmd.option('-y, --yes', 'do not ask for confirmation').action(action(() => import('./commands/status.js')));
  }

  program
    .command('stats')
    .description('contacts per week, gaps against cadence, close-ask rate, funnel, outcomes')
    .option('--since <date>', 'first day counted (default: 12 weeks ago)')
    .option('--until <date>', 'last day counted (default: today)')
    .action(action(() => import('./commands/stats.js')));

  program
    .command('demo')
    .description('write a realistic demo notebook, dated around today, into an empty folder')
    .argument('<dir>', 'the folder')
    .option('--quiet', 'print nothing')
    .action(action(() => import('./commands/demo.js')));

  // `followup` alone is the morning's question: who do I see today? Set last, so that the
  // commands above keep refusing stray arguments.
  const agenda = action(() => import('./commands/agenda.js'));
  program.allowExcessArguments(true).action(async (...args: unknown[]) => {
    const stray = (args[args.length - 1] as Command).args;
    if (stray.length > 0) {
      const names = program.commands.map((c) => c.name());
      throw new UserError(`unknown command '${stray[0]}'; the commands are ${names.join(', ')} (followup --help)`);
    }
    await agenda(...args);
  });

  return program;
}
