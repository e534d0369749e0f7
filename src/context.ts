/**
 * What a command gets, in three small parts: the terminal (streams, width, colour, whether a
 * person can answer), the resolved options (today, JSON), and the notebook, opened on demand.
 */
import { localDate, parseUserDate, type IsoDate } from './domain/dates.js';
import { issue, UserError, type Issue } from './domain/errors.js';
import { languageFromEnv } from './domain/language.js';
import { describe, loadMessages, messagesFor, type Messages } from './i18n/messages.js';
import { colorLevel, makeColors, type Colors } from './ui/color.js';
import { writeJson } from './ui/json.js';
import { Pieces } from './ui/pieces.js';
import { clean } from './ui/text.js';
import { locateNotebook, Notebook } from './store/notebook.js';

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The process's world, injected so a test can run a command in-process. */
export interface Io {
  stdout: Stream;
  stderr: Stream;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  home: string;
  now: () => Date;
}

/** The global flags as commander hands them over. */
export interface Globals {
  dir?: string;
  json?: boolean;
  today?: string;
  color?: boolean;
}

/** The terminal a command talks to. */
export class Terminal {
  readonly colors: Colors;

  /** `words`: the message table, asked each time, since it follows the notebook's config once read. */
  constructor(
    private readonly io: Io,
    private readonly words: () => Messages,
    json: boolean,
    color: boolean,
  ) {
    this.colors = makeColors(json ? 0 : colorLevel({ flag: color, env: io.env, isTTY: io.stdout.isTTY === true }));
    this.json = json;
  }

  private readonly json: boolean;

  get t(): Messages {
    return this.words();
  }

  /** Prompts only with a person at a terminal, and never in JSON mode. */
  get interactive(): boolean {
    return this.io.stdinIsTTY && this.io.stdout.isTTY === true && !this.json;
  }

  /** The terminal's width, or null when output goes to a file or a pipe. */
  get width(): number | null {
    return this.io.stdout.isTTY ? this.io.stdout.columns || 80 : null;
  }

  print(lines: string | string[]): void {
    const all = Array.isArray(lines) ? lines : [lines];
    // Joined whole, the review of 100,000 customers would be one string of tens of megabytes, beside its lines.
    const out = new Pieces((piece) => this.io.stdout.write(piece));
    for (let i = 0; i < all.length; i++) out.add(`${all[i]}\n`);
    out.flush();
  }

  /** JSON on stdout; characters a terminal might obey (C1 controls, bidi overrides) are escaped too. */
  printJson(value: unknown): void {
    writeJson(value, (text) => this.io.stdout.write(text));
  }

  /** One line on stderr, in words, nothing in it that a terminal would obey. */
  warn(what: Issue | string): void {
    const text = typeof what === 'string' ? what : describe(this.t, what);
    this.io.stderr.write(`followup: ${clean(text)}\n`);
  }
}

/** The options every command shares, resolved: the day it runs as of, JSON or text. */
export interface Options {
  today: IsoDate;
  json: boolean;
  /** --today as given, when it was given (demo repeats it in its tour). */
  todayFlag: string | undefined;
  dir: string | undefined;
}

/** Reads the clock once, here: everything below gets `today` as an argument. */
export function resolveOptions(io: Io, globals: Globals): Options {
  const clock = localDate(io.now());
  if (globals.today !== undefined && globals.today.trim() === '') throw new UserError(issue('today.empty'));
  const given = globals.today ?? (io.env.FOLLOWUP_TODAY || undefined);
  const today = given === undefined ? clock : parseUserDate(given, clock, globals.today ? '--today' : '$FOLLOWUP_TODAY');
  return { today, json: globals.json === true, todayFlag: globals.today, dir: globals.dir };
}

export class Context {
  readonly term: Terminal;
  readonly options: Options;
  private book: Notebook | null = null;

  /** `envT`: the table run() picked from the environment, used until the notebook's config says otherwise. */
  constructor(
    readonly io: Io,
    globals: Globals,
    private readonly envT: Messages,
  ) {
    this.options = resolveOptions(io, globals);
    this.term = new Terminal(io, () => this.t, this.options.json, globals.color !== false);
  }

  /**
   * The words of this run: the environment's language, and once a command has read the
   * notebook's config, the `language` it sets (errors after that point use it too).
   */
  get t(): Messages {
    const language = this.book?.settings?.language;
    return language ? messagesFor(language) : this.envT;
  }

  get today(): IsoDate {
    return this.options.today;
  }

  get json(): boolean {
    return this.options.json;
  }

  /** The notebook, found on first use (--dir, $FOLLOWUP_DIR, the nearest .followup/, ~/followup). */
  notebook(): Notebook {
    // The notebook's language, once its config is read, has its words loaded before t says them.
    this.book ??= new Notebook(locateNotebook({ dir: this.options.dir, env: this.io.env, cwd: this.io.cwd, home: this.io.home }), languageFromEnv(this.io.env), {
      configured: (config) => loadMessages(config.language),
    });
    return this.book;
  }
}
