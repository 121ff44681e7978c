import { UsageError, type CliIo } from './io';
import { errorText } from '../core/util/errorText';

export const EXIT_OK = 0;
export const EXIT_INTERNAL_ERROR = 1;
export const EXIT_USAGE = 2;

/**
 * Reports a failure as one line on stderr and returns the exit code: 2 for a UsageError
 * (the user can fix it), 1 for anything else (a bug; the stack only with DRAFT_FACTCHECK_DEBUG set).
 */
export function reportError(error: unknown, io: CliIo, debug = Boolean(process.env.DRAFT_FACTCHECK_DEBUG)): number {
  if (error instanceof UsageError) {
    io.stderr(`draft-factcheck: ${oneLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = errorText(error);
  io.stderr(`draft-factcheck: internal error: ${oneLine(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT_INTERNAL_ERROR;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
