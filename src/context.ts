/** What a command gets: the terminal, the global options, the clock read once, the notebook. */
import { localDate, parseUserDate, type IsoDate } from './domain/dates.js';
import { UserError } from './domain/errors.js';
import type { FileProblem } from './domain/types.js';
import { colorLevel, makeColors, type Colors } from './ui/color.js';
import { clean } from './ui/text.js';
import { locateNotebook, Notebook } from './store/notebook.js';

export interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  home: string;
  now: () => Date;
}

export interface Globals {
  dir?: string;
  json?: boolean;
  today?: string;
  color?: boolean;
}

export class Context {
  readonly colors: Colors;
  readonly today: IsoDate;
  private book: Notebook | null = null;

  constructor(
    readonly io: Io,
    readonly globals: Globals,
  ) {
    const json = globals.json === true;
    this.colors = makeColors(
      json ? 0 : colorLevel({ flag: globals.color !== false, env: io.env, isTTY: io.stdout.isTTY === true }),
    );
    const clock = localDate(io.now());
    const asOf = globals.today ?? (io.env.FOLLOWUP_TODAY || undefined);
    if (globals.today !== undefined && globals.today.trim() === '') throw new UserError('--today needs a date, such as --today 2026-11-27');
    this.today = asOf === undefined ? clock : parseUserDate(asOf, clock, globals.today ? '--today date' : '$FOLLOWUP_TODAY date');
  }

  get json(): boolean {
    return this.globals.json === true;
  }

  /** Prompts only with a person at a terminal, and never in JSON mode. */
  get interactive(): boolean {
    return this.io.stdinIsTTY && this.io.stdout.isTTY === true && !this.json;
  }

  /** The terminal's width, or null when output goes to a file or a pipe. */
  get width(): number | null {
    return this.io.stdout.isTTY ? (this.io.stdout.columns ?? 80) : null;
  }

  notebook(): Notebook {
    this.book ??= new Notebook(
      locateNotebook({ dir: this.globals.dir, env: this.io.env, cwd: this.io.cwd, home: this.io.home }),
    );
    return this.book;
  }

  print(lines: string | string[]): void {
    const all = Array.isArray(lines) ? lines : [lines];
    if (all.length > 0) this.io.stdout.write(all.join('\n') + '\n');
  }

  /** JSON on stdout; characters a terminal might obey (C1 controls, bidi overrides) are escaped too. */
  printJson(value: unknown): void {
    const text = JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    this.io.stdout.write(text + '\n');
  }

  /** One line on stderr. */
  warn(message: string): void {
    this.io.stderr.write(`followup: ${message}\n`);
  }

  /** Files skipped because they could not be read: one line each, so the rest still prints. */
  reportProblems(problems: FileProblem[]): void {
    for (const p of problems) this.warn(`skipped ${clean(p.relPath)}: ${clean(p.reason)}`);
  }
}
