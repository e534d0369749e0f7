/** The one place that catches errors, prints them, and picks the exit code. */
import { CommanderError } from 'commander';
import { homedir } from 'node:os';
import { buildProgram } from './cli.js';
import type { Io } from './context.js';
import { UserError } from './domain/errors.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

function defaultIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    home: homedir(),
    now: () => new Date(),
  };
}

/** Runs one command line; resolves to the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let commanderMessage = '';
  const result = { code: EXIT_OK };
  try {
    const program = buildProgram(io, result, (message) => {
      commanderMessage = message;
    });
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT_OK;
      const text = (commanderMessage || e.message).replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
      io.stderr.write(`followup: ${text}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof UserError) {
      io.stderr.write(`followup: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (isPromptAbort(e)) {
      io.stderr.write('followup: cancelled, nothing was written\n');
      return EXIT_FAILURE;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`followup: ${await plainMessage(err)}\n`);
    if (io.env.DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
    return EXIT_FAILURE;
  }
}

/** A file system error said as "<path>: <what went wrong>", without Node's codes and syscalls. */
async function plainMessage(e: NodeJS.ErrnoException): Promise<string> {
  if (!e.code || !e.path) return e.message;
  const { describeError } = await import('./store/fs.js');
  return `${e.path}: ${describeError(e)}`;
}

function isPromptAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}
