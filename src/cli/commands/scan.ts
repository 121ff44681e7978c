import { detectClaims } from '../../core/claims';
import { parseScanArgs } from '../args';
import { collectDrafts } from '../drafts';
import { EXIT_OK } from '../exit';
import { formatReport } from '../format';
import { scanUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { readDraft } from '../readDraft';
import { locateClaims, startsWithBom, type FileReport } from '../report';

/**
 * `draft-factcheck scan [options] PATH...`: detects claims in drafts and prints a report.
 * Exit 0 whether or not claims are found; problems with the arguments or a named file are UsageErrors.
 */
export async function runScan(args: string[], io: CliIo, version: string): Promise<number> {
  const options = parseScanArgs(args);
  if (options.help) {
    io.stdout(scanUsage());
    return EXIT_OK;
  }
  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const files: FileReport[] = [];
  for (const draft of collectDrafts(options.paths, io.cwd, warn)) {
    const read = readDraft(draft.absolutePath);
    if ('problem' in read) {
      if (draft.named) throw new UsageError(`${quoteArg(draft.path)}: ${read.problem}`);
      warn(`skipped ${quoteArg(draft.path)}: ${read.problem}`);
      continue;
    }
    const claims = detectClaims(read.text, draft.language, options.detect);
    files.push({
      path: draft.path,
      absolutePath: draft.absolutePath,
      language: draft.language,
      bytes: draft.bytes,
      bom: startsWithBom(read.text),
      claims: locateClaims(read.text, claims),
    });
  }
  io.stdout(formatReport(options.format, { files }, { cwd: io.cwd, version, terminal: io.terminal }));
  return EXIT_OK;
}
