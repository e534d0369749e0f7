/**
 * Every command's arguments and options, defined once: cli.ts wires commander from these, and
 * each command's option type is derived from them (OptionsOf), so the two cannot drift.
 * Plain data, cheap to import: --help and --version load nothing else. The words of the help
 * are in each interface language's message table (i18n/, `help`), keyed by command and option.
 */

import { MAX_CADENCE } from './domain/limits.js';

export type OptionSpec =
  /** A switch: true when given. */
  | { kind: 'flag'; flags: string }
  /** A text value. */
  | { kind: 'text'; flags: string; required?: boolean }
  /** A text value that may be repeated; all of them, in order. */
  | { kind: 'list'; flags: string }
  /** A whole number above 0; `example` goes into the error message. */
  | { kind: 'count'; flags: string; example: string; max: number; default?: number; conflicts?: string }
  /** One of a few words. */
  | { kind: 'choice'; flags: string; choices: readonly string[]; default: string };

export interface CommandSpec {
  /** Left out of --help and completion: plumbing for the completion scripts and for git. */
  hidden?: boolean;
  args: readonly { name: string }[];
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

const customerArg = { name: '<customer>' } as const;

const closing = (reason: 'required' | 'optional') =>
  ({
    args: [customerArg],
    options: {
      reason: { kind: 'text', flags: '--reason <text>', required: reason === 'required' },
      yes: { kind: 'flag', flags: '-y, --yes' },
    },
  }) as const;

/** Narrowing a report to one area: agenda, overdue, plan, list and stats take these. */
const filters = {
  tag: { kind: 'text', flags: '--tag <tag>' },
  stage: { kind: 'text', flags: '--stage <stage>' },
  folder: { kind: 'text', flags: '--folder <path>' },
  owner: { kind: 'text', flags: '--owner <name>' },
} as const;

/** The options every command takes, defined on the program itself; their words are in help.globals. */
export const GLOBAL_OPTIONS = {
  dir: '--dir <path>',
  json: '--json',
  today: '--today <date>',
  color: '--no-color',
} as const;

export const COMMANDS = {
  init: {
    args: [{ name: '[dir]' }],
    options: {
      git: { kind: 'flag', flags: '--git' },
    },
  },
  new: {
    args: [{ name: '<name>' }],
    options: {
      contact: { kind: 'text', flags: '--contact <person>' },
      phone: { kind: 'text', flags: '--phone <number>' },
      stage: { kind: 'text', flags: '--stage <stage>' },
      cadence: { kind: 'count', flags: '--cadence <days>', example: '14', max: MAX_CADENCE },
      tag: { kind: 'list', flags: '--tag <tag>' },
      next: { kind: 'text', flags: '--next <date>' },
      folder: { kind: 'text', flags: '--folder <path>' },
    },
  },
  log: {
    args: [customerArg],
    options: {
      date: { kind: 'text', flags: '--date <date>' },
      time: { kind: 'text', flags: '--time <HH:MM>' },
      kind: { kind: 'text', flags: '--kind <kind>' },
      purpose: { kind: 'text', flags: '--purpose <text>' },
      note: { kind: 'text', flags: '-m, --note <text>' },
      topic: { kind: 'list', flags: '--topic <topic>' },
      state: { kind: 'text', flags: '--state <text>' },
      problem: { kind: 'list', flags: '--problem <text>' },
      askedClose: { kind: 'flag', flags: '--asked-close' },
      close: { kind: 'text', flags: '--close <outcome>' },
      notAsked: { kind: 'flag', flags: '--not-asked' },
      stage: { kind: 'text', flags: '--stage <stage>' },
      next: { kind: 'text', flags: '--next <date>' },
      nextAction: { kind: 'text', flags: '--next-action <text>' },
      edit: { kind: 'flag', flags: '-e, --edit' },
    },
  },
  show: {
    args: [customerArg],
    options: {
      entries: { kind: 'count', flags: '--entries <n>', example: '5', max: 1000, default: 3 },
      all: { kind: 'flag', flags: '--all' },
    },
  },
  list: {
    args: [],
    options: {
      all: { kind: 'flag', flags: '--all' },
      ...filters,
      sort: { kind: 'choice', flags: '--sort <key>', choices: ['due', 'name', 'heat'], default: 'due' },
    },
  },
  agenda: {
    args: [],
    options: {
      days: { kind: 'count', flags: '--days <n>', example: '5', max: 366, default: 1 },
      ...filters,
    },
  },
  overdue: {
    args: [],
    options: {
      exitCode: { kind: 'flag', flags: '--exit-code' },
      ...filters,
    },
  },
  plan: {
    args: [],
    options: {
      days: { kind: 'count', flags: '--days <n>', example: '5', max: 366, conflicts: 'week' },
      week: { kind: 'flag', flags: '--week' },
      apply: { kind: 'flag', flags: '--apply' },
      ...filters,
    },
  },
  schedule: {
    args: [customerArg, { name: '<date>' }],
    options: {
      note: { kind: 'text', flags: '--note <text>' },
    },
  },
  release: closing('required'),
  lost: closing('required'),
  won: closing('optional'),
  reopen: closing('optional'),
  stats: {
    args: [],
    options: {
      since: { kind: 'text', flags: '--since <date>' },
      until: { kind: 'text', flags: '--until <date>' },
      ...filters,
    },
  },
  undo: {
    args: [{ name: '[customer]' }],
    options: {},
  },
  check: {
    args: [],
    options: {},
  },
  demo: {
    args: [{ name: '<dir>' }],
    options: {
      quiet: { kind: 'flag', flags: '--quiet' },
      language: { kind: 'text', flags: '--language <language>' },
    },
  },
  export: {
    args: [{ name: '<format>' }],
    options: {
      out: { kind: 'text', flags: '-o, --out <file>' },
      days: { kind: 'count', flags: '--days <n>', example: '30', max: 3660 },
      entries: { kind: 'flag', flags: '--entries' },
    },
  },
  import: {
    args: [{ name: '<file>' }],
    options: {
      map: { kind: 'list', flags: '--map <column=field>' },
      dryRun: { kind: 'flag', flags: '--dry-run' },
      merge: { kind: 'flag', flags: '--merge' },
    },
  },
  open: {
    args: [customerArg],
    options: {},
  },
  completion: {
    args: [{ name: '<shell>' }],
    options: {},
  },
  __complete: {
    hidden: true,
    args: [{ name: '<what>' }],
    options: {},
  },
  sync: {
    args: [],
    options: {
      push: { kind: 'flag', flags: '--no-push' },
      dryRun: { kind: 'flag', flags: '--dry-run' },
    },
  },
  'merge-file': {
    hidden: true,
    args: [
      { name: '<base>' },
      { name: '<ours>' },
      { name: '<theirs>' },
      { name: '[marker-size]' },
      { name: '[path]' },
    ],
    options: {},
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
