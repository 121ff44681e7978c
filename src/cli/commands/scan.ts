import { availableParallelism } from 'node:os';
import { parseScanArgs } from '../args';
import { collectDrafts, type DraftFile } from '../drafts';
import { EXIT_OK } from '../exit';
import { scanFormat } from '../format';
import { ScanWriter } from '../format/writer';
import { scanUsage } from '../help';
import { UsageError, quoteArg, type CliIo } from '../io';
import { loadScanLibrary } from '../library';
import { ChunkWriter } from '../output/chunkWriter';
import { draftProblem } from '../readDraft';
import { scanFile } from '../scanFile';
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
  const context = { cwd: io.cwd, version, ...(io.terminal ? { terminal: io.terminal } : {}) };
  const format = scanFormat(options.format, context, planned);
  const writer = new ScanWriter(format);
  const output = new ChunkWriter(io);
  await output.write(writer.start());
  const renderer = { format, library };
  await scanInOrder(
    planned.map(({ path, absolutePath, language, bytes }, fileIndex) => ({
      draft: { path, absolutePath, language, bytes },
      fileIndex,
      detect: options.detect,
    })),
    {
      jobs: options.jobs ?? defaultJobs(planned),
      // Only SARIF lists the reported files (its artifacts): other formats spare each worker a copy of the list.
      setup: { format: options.format, context, reported: options.format === 'sarif' ? planned : [], library: library.drafts },
    },
    (task) => scanFile(task, renderer, 'stream'),
    async (index, outcome) => {
      const draft = planned[index];
      if ('problem' in outcome) {
        // Read a moment ago when checked up front: it changed meanwhile.
        if (draft.named || options.format === 'sarif')
          throw new UsageError(`${quoteArg(draft.path)}: ${outcome.problem} (it changed during the scan)`);
        warn(`skipped ${quoteArg(draft.path)}: ${outcome.problem}`);
        return;
      }
      await output.write('rendered' in outcome ? writer.file(outcome.rendered) : writer.encodedFile(outcome.encoded));
    },
  );
  await output.write(writer.end());
  await output.flush();
  return EXIT_OK;
}

/** Below this much text in all, workers (each loads and warms up its own copy of the engine) cost more than they save. */
export const WORKERS_FROM_BYTES = 1024 * 1024;

/**
 * Worker threads when --jobs is not given: one per core, since this thread only writes their parts
 * (and scans while they load); none for a small scan (under WORKERS_FROM_BYTES in all).
 */
export function defaultJobs(drafts: readonly Pick<DraftFile, 'bytes'>[], cores = availableParallelism()): number {
  let bytes = 0;
  for (const draft of drafts) bytes += draft.bytes;
  return bytes < WORKERS_FROM_BYTES ? 1 : Math.max(1, cores);
}

/** [draft] when it cannot be scanned: an error for a named file, otherwise warned about and left out. */
function unreadableProblem(draft: DraftFile, warn: (message: string) => void): DraftFile[] {
  const problem = draftProblem(draft.absolutePath);
  if (problem === undefined) return [];
  if (draft.named) throw new UsageError(`${quoteArg(draft.path)}: ${problem}`);
  warn(`skipped ${quoteArg(draft.path)}: ${problem}`);
  return [draft];
}
