// A scan worker (bundled to dist/cliWorker.js): scans the drafts the main thread sends, one message each.
import { parentPort } from 'node:worker_threads';
import { scanFile, type ScanOutcome, type ScanTask } from './scanFile';

/** A draft to scan, numbered so that answers can be put back in order. */
export interface WorkerRequest {
  id: number;
  task: ScanTask;
}

/** The answer to a WorkerRequest; `error` when scanning threw (a bug), as one line. */
export type WorkerResponse = { id: number; outcome: ScanOutcome } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: request.id, outcome: scanFile(request.task) };
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
