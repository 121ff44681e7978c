import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse } from './cliWorker';
import { scanFile, type ScanOutcome, type ScanTask } from './scanFile';

/** The worker script: dist/cliWorker.js beside dist/cli.js, or out/src/cli/cliWorker.js in the unit-test build. */
export const WORKER_FILE = join(__dirname, 'cliWorker.js');

/**
 * A worker's young generation, in MB (V8's default is up to about 48): scans allocate mostly
 * short-lived objects, and a smaller nursery collected more often keeps each thread's memory flat.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Results scanned ahead of the one being written, per worker: enough to keep workers busy, few enough to bound memory. */
const AHEAD_PER_WORKER = 2;

export interface OrderedScanOptions {
  /** Worker threads; 1 scans in this thread, without a worker. */
  jobs: number;
  /** Another worker script (tests). */
  workerFile?: string;
}

/**
 * Scans the tasks and hands each outcome to `consume` in task order, whatever order workers
 * finish in, waiting for `consume` (the output) before taking more: at most a small window of
 * finished results waits in memory. Rejects with a one-line Error when a worker fails.
 */
export async function scanInOrder(
  tasks: readonly ScanTask[],
  options: OrderedScanOptions,
  consume: (index: number, outcome: ScanOutcome) => Promise<void>,
): Promise<void> {
  const jobs = Math.min(options.jobs, tasks.length);
  if (jobs <= 1) {
    // consume() writes the outcome before the next scan starts: its claims can be found as they are written.
    for (let i = 0; i < tasks.length; i++) await consume(i, scanFile(tasks[i], true));
    return;
  }
  const workerFile = options.workerFile ?? WORKER_FILE;
  if (!existsSync(workerFile)) throw new Error(`cannot start scan workers: ${workerFile} is missing (use --jobs 1, or rebuild)`);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const done = new Map<number, ScanOutcome>();
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  for (let i = 0; i < jobs; i++) {
    const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (response: WorkerResponse) => {
      if ('error' in response) failure ??= new Error(`scanning ${tasks[response.id]?.absolutePath ?? 'a draft'} failed: ${response.error}`);
      else done.set(response.id, response.outcome);
      idle.push(worker);
      signal();
    });
    worker.on('error', (error) => {
      failure ??= new Error(`a scan worker failed: ${error.message}`);
      signal();
    });
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`a scan worker stopped unexpectedly (exit code ${code})`);
      signal();
    });
    workers.push(worker);
    idle.push(worker);
  }
  let next = 0;
  const dispatch = (writing: number) => {
    while (idle.length > 0 && next < tasks.length && next - writing < jobs * AHEAD_PER_WORKER) {
      const request: WorkerRequest = { id: next, task: tasks[next] };
      idle.pop()!.postMessage(request);
      next++;
    }
  };
  try {
    for (let writing = 0; writing < tasks.length; writing++) {
      dispatch(writing);
      while (!done.has(writing)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        dispatch(writing);
      }
      const outcome = done.get(writing)!;
      done.delete(writing);
      dispatch(writing + 1);
      await consume(writing, outcome);
    }
    if (failure) throw failure;
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
