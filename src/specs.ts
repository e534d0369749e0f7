/**
 * Every command's arguments and options, defined once: cli.ts wires commander from these, and
 * each command's option type is derived from them (OptionsOf), so the two cannot drift.
 * Plain data, cheap to import: --help and --version load nothing else.
 */

export type OptionSpec =
  /** A switch: true when given. */
  | { kind: 'flag'; flags: string; help: string }
  /** A text value. */
  | { kind: 'text'; flags: string; help: string; required?: boolean }
  /** A text value that may be repeated; all of them, in order. */
  | { kind: 'list'; flags: string; help: string }
  /** A whole number above 0; `example` goes into the error message. */
  | { kind: 'count'; flags: string; help: string; example: string; default?: number; conflicts?: string }
  /** One of a few words. */
  | { kind: 'choice'; flags: string; help: string; choices: readonly string[]; default: string };

export interface CommandSpec {
  help: string;
  /** Left out of --help and the list of commands: run by other programs (git), not by people. */
  hidden?: boolean;
  args: readonly { name: string; help: string }[];
  options: Readonly<Record<string, OptionSpec>>;
}

type ValueOf<S> = S extends { kind: 'flag' }
  ? boolean | undefined
  : S extends { kind: 'text'; required: true }
    ? string
    : S extends { kind: 'text' }
      ? string | undefined
      : S extends { kind: 'list' }
        ? string[]
        : S extends { kind: 'count'; default: number }
          ? number
          : S extends { kind: 'count' }
            ? number | undefined
            : S extends { kind: 'choice'; choices: readonly (infer C)[] }
              ? C
              : never;

/** The options object a command receives, derived from its spec. */
export type OptionsOf<N extends CommandName> = { [K in keyof (typeof COMMANDS)[N]['options']]: ValueOf<(typeof COMMANDS)[N]['options'][K]> };

const customerArg = { name: '<customer>', help: 'file name or name, or a unique part of either' } as const;

/** Every report can be narrowed to one rep's customers in a team notebook. */
const ownerOption = { kind: 'text', flags: '--owner <name>', help: 'only the customers whose front matter says owner: <name>' } as const;

const closing = (help: string, reason: 'required' | 'optional') =>
  ({
    help,
    args: [customerArg],
    options: {
      reason: { kind: 'text', flags: '--reason <text>', help: reason === 'required' ? 'why' : 'a note to keep with it', required: reason === 'required' },
      yes: { kind: 'flag', flags: '-y, --yes', help: 'do not ask for confirmation' },
    },
  }) as const;

export const COMMANDS = {
  init: {
    help: 'make a folder a notebook (creates .followup/config.yml)',
    args: [{ name: '[dir]', help: 'the folder (default: the --dir folder, or ~/followup)' }],
    options: {
      git: { kind: 'flag', flags: '--git', help: 'make it a git repository if it is none, and set up the merge of customer files' },
    },
  },
  new: {
    help: 'add a customer and print the path of its file',
    args: [{ name: '<name>', help: "the customer's name" }],
    options: {
      contact: { kind: 'text', flags: '--contact <person>', help: 'the person you deal with' },
      phone: { kind: 'text', flags: '--phone <number>', help: 'their phone number' },
      stage: { kind: 'text', flags: '--stage <stage>', help: 'the deal stage' },
      cadence: { kind: 'count', flags: '--cadence <days>', help: 'days between contacts', example: '14' },
      tag: { kind: 'list', flags: '--tag <tag>', help: 'a tag (repeat for more)' },
      next: { kind: 'text', flags: '--next <date>', help: 'plan the first visit' },
      folder: { kind: 'text', flags: '--folder <path>', help: 'a sub-folder of the notebook to put the file in' },
    },
  },
  log: {
    help: 'record a visit, call or message; asks the questions when run in a terminal without fields',
    args: [customerArg],
    options: {
      date: { kind: 'text', flags: '--date <date>', help: 'when it happened (default: today)' },
      time: { kind: 'text', flags: '--time <HH:MM>', help: 'the time of day' },
      kind: { kind: 'text', flags: '--kind <kind>', help: 'visit (default), call, meeting, message, email, plan or note; 拜访, 电话... too' },
      purpose: { kind: 'text', flags: '--purpose <text>', help: 'the sales purpose of this contact' },
      note: { kind: 'text', flags: '-m, --note <text>', help: 'what was discussed' },
      topic: { kind: 'list', flags: '--topic <topic>', help: 'a topic discussed, written as #topic (repeat for more)' },
      state: { kind: 'text', flags: '--state <text>', help: "the customer's state afterwards" },
      problem: { kind: 'list', flags: '--problem <text>', help: 'an open problem (repeat for more)' },
      askedClose: { kind: 'flag', flags: '--asked-close', help: 'you asked for the close' },
      close: { kind: 'text', flags: '--close <outcome>', help: 'you asked for the close, and this came back' },
      stage: { kind: 'text', flags: '--stage <stage>', help: 'the deal stage now (updates the file)' },
      next: { kind: 'text', flags: '--next <date>', help: 'date of the next contact' },
      nextAction: { kind: 'text', flags: '--next-action <text>', help: 'what to do then' },
    },
  },
  show: {
    help: 'the brief before a visit: profile, heat, open problems, plan, what not to repeat',
    args: [customerArg],
    options: {
      entries: { kind: 'count', flags: '--entries <n>', help: 'how many recent entries to show', example: '5', default: 3 },
      all: { kind: 'flag', flags: '--all', help: 'show every entry' },
    },
  },
  list: {
    help: 'every customer on one line: stage, heat, last contact, due',
    args: [],
    options: {
      all: { kind: 'flag', flags: '--all', help: 'include won, lost and released customers' },
      tag: { kind: 'text', flags: '--tag <tag>', help: 'only customers with this tag' },
      stage: { kind: 'text', flags: '--stage <stage>', help: 'only customers in this stage' },
      sort: { kind: 'choice', flags: '--sort <key>', help: 'order of the rows', choices: ['due', 'name', 'heat'], default: 'due' },
      owner: ownerOption,
    },
  },
  agenda: {
    help: 'who to see today (and the next days), why, and what to do there',
    args: [],
    options: {
      days: { kind: 'count', flags: '--days <n>', help: 'days to cover, starting today', example: '5', default: 1 },
      owner: ownerOption,
    },
  },
  overdue: {
    help: 'the weekly review: overdue, cooling, stalled, no close asked',
    args: [],
    options: {
      exitCode: { kind: 'flag', flags: '--exit-code', help: 'exit with 1 when any customer is overdue' },
      owner: ownerOption,
    },
  },
  plan: {
    help: 'spread the visits due in the coming days over working days, within capacity',
    args: [],
    options: {
      days: { kind: 'count', flags: '--days <n>', help: 'working days to plan, starting today', example: '5', conflicts: 'week' },
      week: { kind: 'flag', flags: '--week', help: 'plan next week (Monday to Sunday)' },
      apply: { kind: 'flag', flags: '--apply', help: 'write the plan into the customer files' },
      owner: ownerOption,
    },
  },
  schedule: {
    help: "move a customer's next visit to a date",
    args: [customerArg, { name: '<date>', help: 'the new date' }],
    options: {
      note: { kind: 'text', flags: '--note <text>', help: 'what to do then' },
    },
  },
  release: closing('release a customer from the pipeline, after showing its follow-up record', 'required'),
  lost: closing('mark a deal lost, after showing its follow-up record', 'required'),
  won: closing('mark a deal won', 'optional'),
  reopen: closing('make a released, lost or won customer active again', 'optional'),
  stats: {
    help: 'contacts per week, gaps against cadence, close-ask rate, funnel, outcomes',
    args: [],
    options: {
      since: { kind: 'text', flags: '--since <date>', help: 'first day counted (default: 12 weeks ago)' },
      until: { kind: 'text', flags: '--until <date>', help: 'last day counted (default: today)' },
      owner: ownerOption,
    },
  },
  demo: {
    help: 'write a realistic demo notebook, dated around today, into an empty folder',
    args: [{ name: '<dir>', help: 'the folder' }],
    options: {
      quiet: { kind: 'flag', flags: '--quiet', help: 'print nothing' },
    },
  },
  sync: {
    help: "commit the notebook's changes, pull (merging customer files entry by entry), push",
    args: [],
    options: {
      push: { kind: 'flag', flags: '--no-push', help: 'commit and pull, but do not push' },
      dryRun: { kind: 'flag', flags: '--dry-run', help: 'say what would be committed; change nothing' },
    },
  },
  'merge-file': {
    help: "git's merge driver for customer files: merges %O %A %B into %A",
    hidden: true,
    args: [
      { name: '<base>', help: 'the common ancestor (%O)' },
      { name: '<ours>', help: 'our version, where the result is written (%A)' },
      { name: '<theirs>', help: 'their version (%B)' },
      { name: '[marker-size]', help: 'conflict marker size (%L)' },
      { name: '[path]', help: 'the path in the repository (%P)' },
    ],
    options: {},
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
