// The draft-factcheck executable (bundled to dist/cli.js): wires the process to the dispatcher.
import { runCommandLine } from './dispatch';
import { reportError } from './exit';
import { processIo } from './io';
import { CLI_VERSION } from './version';

const io = processIo();
// A closed pipe (`draft-factcheck scan . | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.exitCode = reportError(error, io);
});
process.on('uncaughtException', (error) => {
  process.exitCode = reportError(error, io);
});
void runCommandLine(process.argv.slice(2), io, CLI_VERSION).then((code) => {
  // exitCode, not exit(): a large report on a pipe finishes writing first.
  process.exitCode = code;
});
