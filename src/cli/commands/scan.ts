import { detectClaims } from '../../core/claims';
import { findInconsistencies } from '../../core/consistency';
import { parseScanArgs } from '../args';
import { collectDrafts } from '../drafts';
import { EXIT_OK } from '../exit';
import { formatReport } from '../format';
import { scanUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { loadScanLibrary, type ScanLibrary } from '../library';
import { readDraft } from '../readDraft';
import { locateClaims, locateInconsistencies, startsWithBom, type ClaimMatch, type FileReport, type LocatedClaim } from '../report';

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
  const drafts = collectDrafts(options.paths, io.cwd, warn);
  // The library: sidecars of the scanned drafts (each draft is matched against the others) and of --library paths.
  const library = loadScanLibrary(
    drafts.map((d) => d.absolutePath),
    options.library,
    io.cwd,
    warn,
  );
  for (const draft of drafts) {
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
      claims: withMatches(locateClaims(read.text, claims), library, draft.absolutePath),
      inconsistencies: locateInconsistencies(read.text, findInconsistencies(read.text)),
    });
  }
  io.stdout(formatReport(options.format, { files }, { cwd: io.cwd, version, terminal: io.terminal }));
  return EXIT_OK;
}

/** Adds the claim-library matches of each claim (never from the draft's own sidecar). */
function withMatches(claims: LocatedClaim[], scanLibrary: ScanLibrary, draftPath: string): LocatedClaim[] {
  if (scanLibrary.library.size === 0) return claims.map((claim) => ({ ...claim, matches: [] }));
  return claims.map((claim) => ({
    ...claim,
    matches: scanLibrary.library.match(claim.text, { excludeDraft: draftPath }).map(
      (m): ClaimMatch => ({
        path: scanLibrary.displayPath(m.entry.draft),
        id: m.entry.id,
        status: m.entry.status,
        similarity: m.similarity,
        conflict: m.conflict,
        ...(m.theySay ? { theySay: m.theySay } : {}),
        by: m.entry.by,
        at: m.entry.at,
      }),
    ),
  }));
}
