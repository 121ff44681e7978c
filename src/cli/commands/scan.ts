import { availableParallelism } from 'node:os';
import { parseScanArgs } from '../args';
import { collectDrafts, type DraftFile } from '../drafts';
import { EXIT_OK } from '../exit';
import { scanWriter } from '../format';
import { scanUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { loadScanLibrary, type ScanLibrary } from '../library';
import { ChunkWriter } from '../output/chunkWriter';
import { draftProblem } from '../readDraft';
import type { ClaimMatch, FileReport, LocatedClaim } from '../report';
import { scanInOrder } from '../scanPool';

/**
 * `draft-factcheck scan [options] PATH...`: detects claims in drafts and prints a report, each
 * file's part as soon as it and the files before it are scanned (in --jobs worker threads).
 * Exit 0 whether or not claims are found; problems with the arguments or a named file are UsageErrors.
 */
export async function runScan(args: string[], io: CliIo, version: string): Promise<number> {
  const options = parseScanArgs(args);
  if (options.help) {
    io.stdout(scanUsage());
    return EXIT_OK;
  }
  const warn = (message: string) => io.stderr(`draft-factcheck: warning: ${message}\n`);
  const drafts = collectDrafts(options.paths, io.cwd, warn);
  if (drafts.length === 0)
    warn(`no drafts found in ${options.paths.map(quoteArg).join(', ')} (a folder is searched for .md, .markdown and .txt files)`);
  // The library: sidecars of the scanned drafts (each draft is matched against the others) and of --library paths.
  const library = loadScanLibrary(
    drafts.map((d) => d.absolutePath),
    options.library,
    io.cwd,
    warn,
  );
  // Checked before anything is written: a named file that cannot be read fails the run (exit 2) with no partial report,
  // and SARIF lists the reported files before the first result, so it needs to know them all.
  const unreadable = new Set(drafts.filter((d) => d.named || options.format === 'sarif').flatMap((d) => unreadableProblem(d, warn)));
  const planned = drafts.filter((d) => !unreadable.has(d));
  const writer = scanWriter(options.format, { cwd: io.cwd, version, terminal: io.terminal }, planned);
  const output = new ChunkWriter(io);
  await output.write(writer.start());
  await scanInOrder(
    planned.map((d) => ({ absolutePath: d.absolutePath, language: d.language, detect: options.detect })),
    { jobs: options.jobs ?? defaultJobs() },
    async (index, outcome) => {
      const draft = planned[index];
      if ('problem' in outcome) {
        // Read a moment ago when checked up front: it changed meanwhile.
        if (draft.named || options.format === 'sarif')
          throw new UsageError(`${quoteArg(draft.path)}: ${outcome.problem} (it changed during the scan)`);
        warn(`skipped ${quoteArg(draft.path)}: ${outcome.problem}`);
        return;
      }
      const { scanned } = outcome;
      const file: FileReport = {
        path: draft.path,
        absolutePath: draft.absolutePath,
        language: draft.language,
        bytes: draft.bytes,
        bom: scanned.bom,
        claims: withMatches(scanned.claims, library, draft.absolutePath),
        inconsistencies: scanned.inconsistencies ?? [],
      };
      await output.write(writer.file(file));
    },
  );
  await output.write(writer.end());
  await output.flush();
  return EXIT_OK;
}

/**
 * Worker threads when --jobs is not given: one core is left to this thread, which matches the library,
 * formats and writes every result. On 2 cores two workers beside it were slower than none (6,825
 * drafts: 6.9–7.5 s against 5.4 s, CPU 10.4 s against 5.5 s), so the main thread then scans alone.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** [draft] when it cannot be scanned: an error for a named file, otherwise warned about and left out. */
function unreadableProblem(draft: DraftFile, warn: (message: string) => void): DraftFile[] {
  const problem = draftProblem(draft.absolutePath);
  if (problem === undefined) return [];
  if (draft.named) throw new UsageError(`${quoteArg(draft.path)}: ${problem}`);
  warn(`skipped ${quoteArg(draft.path)}: ${problem}`);
  return [draft];
}

/** Adds the claim-library matches of each claim (never from the draft's own sidecar). */
function withMatches(claims: Iterable<LocatedClaim>, scanLibrary: ScanLibrary, draftPath: string): Iterable<LocatedClaim> {
  if (scanLibrary.library.size === 0) return claims; // no matches: every format writes an absent list as []
  return mapped(claims, (claim) => ({
    ...claim,
    matches: scanLibrary.library.match(claim.text, { excludeDraft: draftPath }).map((m): ClaimMatch => ({
      path: scanLibrary.displayPath(m.entry.draft),
      id: m.entry.id,
      status: m.entry.status,
      similarity: m.similarity,
      conflict: m.conflict,
      ...(m.theySay ? { theySay: m.theySay } : {}),
      by: m.entry.by,
      at: m.entry.at,
    })),
  }));
}

/** Each item as it is read: a scan in this thread hands over claims while it finds them. */
function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
