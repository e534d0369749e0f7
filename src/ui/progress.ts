/** A progress line on stderr for long runs, redrawn in place; only at a terminal. */
/** Where the line goes: stderr, so stdout stays the result. */
interface Stream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  tick(done: number): void;
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

/** Runs shorter than this many steps take no line: they are over before it could be read. */
const MINIMUM = 200;

/** Redraws `words(done, total)` at most every 1% of the way; nothing unless `stream` is a terminal and the run is long. */
export function progress(stream: Stream, total: number, words: (done: number, total: number) => string): Progress {
  if (stream.isTTY !== true || total < MINIMUM) return SILENT;
  const step = Math.max(1, Math.floor(total / 100));
  let shown = -1;
  return {
    tick(done) {
      if (done - shown < step && done !== total) return;
      shown = done;
      stream.write(`\r${words(done, total)}`);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
