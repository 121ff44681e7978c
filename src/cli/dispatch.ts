import { runCheckSources } from './commands/checkSources';
import { runCheck } from './commands/check';
import { runImportAnnotations } from './commands/importAnnotations';
import { runMergeSidecar } from './commands/mergeSidecar';
import { runReport } from './commands/report';
import { runScan } from './commands/scan';
import { releaseYoungGenerations } from './youngGeneration';
import { EXIT_OK, reportError } from './exit';
import { usage } from './help';
import { UsageError, quoteArg, type CliIo } from './io';

const COMMANDS = ['scan', 'check', 'report', 'import-annotations', 'merge-sidecar', 'check-sources'];

/**
 * Runs one command line (without node and the script) and resolves to the exit code;
 * never rejects: every failure is reported on io.stderr as one line.
 */
export async function runCommandLine(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError(`no command given: use one of ${COMMANDS.join(', ')} (see draft-factcheck --help)`);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage());
      return EXIT_OK;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (command === 'scan') return await runScan(rest, io, version);
    releaseYoungGenerations();
    if (command === 'check-sources') return await runCheckSources(rest, io);
    if (command === 'check') return await runCheck(rest, io, version);
    if (command === 'report') return await runReport(rest, io);
    if (command === 'import-annotations') return await runImportAnnotations(rest, io);
    if (command === 'merge-sidecar') {
      const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
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
