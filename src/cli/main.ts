import { runMergeSidecar } from './commands/mergeSidecar';
import { runScan } from './commands/scan';
import { usage } from './help';
import { quoteArg } from './args';
import { EXIT_OK, reportError } from './exit';
import { UsageError, processIo, type CliIo } from './io';
import { CLI_VERSION } from './version';

const COMMANDS = ['scan', 'merge-sidecar'];

/** Runs one command line (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError(`no command given: use one of ${COMMANDS.join(', ')} (see draft-factcheck --help)`);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage());
      return EXIT_OK;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${CLI_VERSION}\n`);
      return EXIT_OK;
    }
    if (command === 'scan') return await runScan(rest, io, CLI_VERSION);
    if (command === 'merge-sidecar') {
      const options = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined);
      if (options.includes('--help') || options.includes('-h')) {
        io.stdout(usage());
        return EXIT_OK;
      }
      return await runMergeSidecar(rest, io);
    }
    if (command.startsWith('-')) throw new UsageError(`unknown option ${quoteArg(command)} (see draft-factcheck --help)`);
    throw new UsageError(`unknown command '${quoteArg(command)}': use one of ${COMMANDS.join(', ')} (see draft-factcheck --help)`);
  } catch (error) {
    return reportError(error, io);
  }
}

if (require.main === module) {
  const io = processIo();
  // A closed pipe (`draft-factcheck scan . | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.exitCode = reportError(error, io);
  });
  process.on('uncaughtException', (error) => {
    process.exitCode = reportError(error, io);
  });
  main(process.argv.slice(2), io).then((code) => {
    // exitCode, not exit(): lets a large report on a pipe finish writing.
    process.exitCode = code;
  });
}
