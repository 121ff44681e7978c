/** What a terminal offers, known only when stdout is one. */
export interface TerminalInfo {
  /** Width in columns. */
  readonly columns: number;
  /** True when ANSI colour may be used (a TTY and NO_COLOR unset). */
  readonly color: boolean;
}

/**
 * The world a subcommand sees. Subcommands write through it instead of touching
 * process.* so that they can be run and tested in-process.
 */
export interface CliIo {
  stdout(text: string): void;
  /** Writes UTF-8 bytes (a part a worker thread encoded); where absent, they are decoded and given to stdout(). */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Resolves when stdout can take more (it has drained); absent where stdout never pushes back (tests). */
  stdoutReady?(): Promise<void>;
  stderr(text: string): void;
  /** Directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  /** Present only when stdout is a terminal. */
  readonly terminal?: TerminalInfo;
}

/**
 * A mistake in how the command was called or in what it was given (missing file,
 * bad option value): reported as one line on stderr with exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An argument as it may appear in a one-line message: control characters escaped, long ones cut. */
export function quoteArg(arg: string): string {
  const shown = arg.length > 200 ? `${arg.slice(0, 197)}...` : arg;
  return JSON.stringify(shown).slice(1, -1);
}

/** The CliIo of the running process. */
export function processIo(): CliIo {
  const stdout = process.stdout;
  // A closed stderr (`2>&1 >/dev/null | head -1`) is the reader's choice too: later messages are dropped and the
  // run goes on. Unheard, the error came back as an uncaught exception, whose report to stderr failed again: a
  // process that spun at full CPU for good.
  let stderrOpen = true;
  process.stderr.on('error', () => (stderrOpen = false));
  const terminal: TerminalInfo | undefined = stdout.isTTY
    ? { columns: stdout.columns > 0 ? stdout.columns : 80, color: process.env.NO_COLOR === undefined }
    : undefined;
  return {
    stdout: (text) => void stdout.write(text),
    stdoutBytes: (bytes) => void stdout.write(bytes),
    stdoutReady: () =>
      stdout.writableNeedDrain
        ? new Promise<void>((resolve) => {
            // On a closed pipe 'drain' never comes: the error (main.ts exits on EPIPE) or close ends the wait.
            const done = () => {
              stdout.off('drain', done).off('error', done).off('close', done);
              resolve();
            };
            stdout.once('drain', done).once('error', done).once('close', done);
          })
        : Promise.resolve(),
    stderr: (text) => void (stderrOpen && process.stderr.write(text)),
    cwd: process.cwd(),
    ...(terminal ? { terminal } : {}),
  };
}
