// A scan worker (bundled to dist/cliWorker.js): scans and renders the drafts the main thread sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { scanFormat, type FormatContext, type OutputFormat } from './format';
import type { SarifArtifactSource } from './format/sarif';
import { scanLibraryOf, type LibraryDrafts } from './library';
import { EncodedBatch, type PackedFile } from './format/writer';
import { scanFile, type ScanRenderer, type ScanTask } from './scanFile';

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

/** A task's outcome as a worker sends it: its part's place in the batch's bytes, or why the draft cannot be read. */
export type WorkerOutcome = { packed: PackedFile } | { problem: string };

/**
 * The answer to a WorkerRequest: an outcome per task, the parts' UTF-8 bytes in one transferred buffer;
 * `error` when scanning draft `id` threw (a bug), as one line. `ready` first, once the worker has
 * loaded: it is sent drafts from then on.
 */
export type WorkerResponse =
  { ready: true } | { id: number; outcomes: WorkerOutcome[]; bytes: ArrayBuffer } | { id: number; error: string };

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const renderer: ScanRenderer = {
    format: scanFormat(setup.format, setup.context, setup.reported),
    library: scanLibraryOf(setup.library, setup.context.cwd),
  };
  port.postMessage({ ready: true } satisfies WorkerResponse);
  const batch = new EncodedBatch(renderer.format);
  port.on('message', (request: WorkerRequest) => {
    const outcomes: WorkerOutcome[] = [];
    for (const task of request.tasks) {
      let outcome: WorkerOutcome;
      try {
        const scanned = scanFile(task, renderer, 'whole');
        outcome = 'problem' in scanned ? scanned : { packed: batch.add(scanned.rendered) };
      } catch (error) {
        batch.take();
        port.postMessage({
          id: request.id + outcomes.length,
          error: error instanceof Error ? error.message : String(error),
        } satisfies WorkerResponse);
        return;
      }
      outcomes.push(outcome);
    }
    const bytes = batch.take();
    // The bytes move to the main thread, not copied.
    port.postMessage({ id: request.id, outcomes, bytes } satisfies WorkerResponse, [bytes]);
  });
}
