/** The one place that catches errors, prints them, and picks the exit code. */
import { homedir } from 'node:os';
import { isatty } from 'node:tty';
import type { Context, Io } from './context.js';
import { isPromptAbort } from './ui/abort.js';
import { version } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

function defaultIo(): Io {
  // A reader that stops early (`followup list | head`) closes the pipe: the rest of the output
  // has nowhere to go, and the run ends there, quietly and with 0. Any other failure to write
  // the output is one line and 1.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`followup: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(e.code === 'EPIPE' ? EXIT_OK : EXIT_FAILURE);
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Asked of the descriptor: process.stdin would open a stream on it (for a file, with Node's
    // file streams and promises API), which only a prompt needs.
    stdinIsTTY: isatty(0),
    env: process.env,
    cwd: process.cwd(),
    home: homedir(),
    now: () => new Date(),
  };
}

/** Runs one command line; resolves to the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  // `followup --version` loads nothing else: scripts call it to check the install.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const [{ CommanderError }, { buildProgram }, { Failure, issue, UserError }, { languageFromEnv }, { describe, loadMessages }] = await Promise.all([
    import('commander'),
    import('./cli.js'),
    import('./domain/errors.js'),
    import('./domain/language.js'),
    import('./i18n/messages.js'),
  ]);
  // The interface language is chosen once per run, from the environment, so that --help,
  // --version and errors before the notebook is found speak it; a command that reads the
  // notebook's config then follows its `language` (ctx.t), errors included.
  const envT = await loadMessages(languageFromEnv(io.env));
  let ctx: Context | null = null;
  const words = () => (ctx as Context | null)?.t ?? envT;
  const say = async (line: string) => {
    const { clean } = await import('./ui/text.js');
    io.stderr.write(`followup: ${clean(line)}\n`);
  };
  let commanderMessage = '';
  let code = EXIT_OK;
  try {
    const program = buildProgram(
      io,
      envT,
      async (name, load, args, opts, globals) => {
        const [{ Context }, { perform }, mod] = await Promise.all([import('./context.js'), import('./perform.js'), load()]);
        ctx = new Context(io, globals, envT);
        code = await perform(ctx, await mod.default(ctx, args, opts, name));
      },
      (message) => {
        commanderMessage = message;
      },
    );
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    const t = words();
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT_OK;
      await say(t.help.commander(e.code, (commanderMessage || e.message).replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim()));
      return EXIT_BAD_INPUT;
    }
    if (e instanceof UserError) {
      await say(describe(t, e.issue));
      return EXIT_BAD_INPUT;
    }
    if (e instanceof Failure) {
      await say(describe(t, e.issue));
      if (io.env.DEBUG) io.stderr.write(`${e.stack ?? ''}\n`);
      return EXIT_FAILURE;
    }
    if (isPromptAbort(e)) {
      await say(describe(t, issue('prompt.cancelled')));
      return EXIT_FAILURE;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    await say(await plainMessage(err));
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


