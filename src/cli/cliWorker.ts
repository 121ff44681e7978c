// A scan worker (bundled to dist/cliWorker.js): scans and renders the drafts the main thread sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { scanFormat, type FormatContext, type OutputFormat } from './format';
import type { SarifArtifactSource } from './format/sarif';
import { scanLibraryOf, type LibraryDrafts } from './library';
import { scanFile, type ScanOutcome, type ScanRenderer, type ScanTask } from './scanFile';

/** What every worker renders with, sent once when it starts. */
export interface WorkerSetup {
  format: OutputFormat;
  context: FormatContext;
  reported: readonly SarifArtifactSource[];
  library: LibraryDrafts;
}

/** Drafts to scan, consecutive in the run: `id` numbers the first. */
export interface WorkerRequest {
  id: number;
  tasks: ScanTask[];
}

/**
 * The answer to a WorkerRequest, an outcome per task; `error` when scanning draft `id` threw (a bug), as one
 * line. `ready` first, once the worker has loaded: it is sent drafts from then on.
 */
export type WorkerResponse = { ready: true } | { id: number; outcomes: ScanOutcome[] } | { id: number; error: string };

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const renderer: ScanRenderer = {
    format: scanFormat(setup.format, setup.context, setup.reported),
    library: scanLibraryOf(setup.library, setup.context.cwd),
  };
  port.postMessage({ ready: true } satisfies WorkerResponse);
  port.on('message', (request: WorkerRequest) => {
    const outcomes: ScanOutcome[] = [];
    const moved: ArrayBuffer[] = [];
    for (const task of request.tasks) {
      let outcome: ScanOutcome;
      try {
        outcome = scanFile(task, renderer, 'encoded');
      } catch (error) {
        port.postMessage({
          id: request.id + outcomes.length,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerResponse);
        return;
      }
      outcomes.push(outcome);
      // The parts' bytes are moved to the main thread, not copied.
      if ('encoded' in outcome) moved.push(outcome.encoded.body.buffer as ArrayBuffer);
    }
    port.postMessage({ id: request.id, outcomes } satisfies WorkerResponse, moved);
  });
}
