import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './cliWorker';
import { unpackFile } from './format/writer';
import { releaseYoungGenerations } from './youngGeneration';
import type { ScanOutcome, ScanTask } from './scanFile';

/** The worker script: dist/cliWorker.js beside dist/cli.js, or out/src/cli/cliWorker.js in the unit-test build. */
export const WORKER_FILE = join(__dirname, 'cliWorker.js');

/**
 * A worker's young generation, in MB (V8's default is up to about 48): scans allocate mostly
 * short-lived objects, and a smaller nursery collected more often keeps each thread's memory flat.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * Drafts sent to a worker in one message, and answered in one: a message between threads costs about
 * 0.1 ms whatever it holds, more than scanning a short news item. A batch ends early at BATCH_BYTES.
 */
const BATCH_DRAFTS = 16;
const BATCH_BYTES = 128 * 1024;
/** Batches waiting in one worker's queue at most: it never waits for this thread, and few parts wait in memory. */
const QUEUED_PER_WORKER = 2;

/**
 * Drafts bigger than this are scanned here, when their turn comes, even when workers run: a worker
 * would hold the draft's whole part at once, where this thread writes it while it is found.
 */
export const IN_THREAD_BYTES = 512 * 1024;

export interface OrderedScanOptions {
  /** Worker threads; 1 scans in this thread, without a worker. */
  jobs: number;
  /** What each worker renders with. */
  setup: WorkerSetup;
  /** Another worker script (tests). */
  workerFile?: string;
}

const inThread = (task: ScanTask) => task.draft.bytes > IN_THREAD_BYTES;

/**
 * Workers made from now on optimise their hot functions in their own thread, not in V8's background
 * threads: every core already runs a worker, so a background compile only waited for a core while the
 * worker ran the slower code. Measured on the bench corpus with two workers on 2 cores, 8 runs in turn:
 * median 4.2 s against 4.4 s, less CPU time at every rank. V8 reads the flag when it makes an isolate,
 * so this thread's own isolate (a scan with --jobs 1) keeps compiling in the background.
 */
function compileInWorkersOwnThreads(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * Scans the tasks and hands each outcome to `consume` in task order, whatever order workers finish
 * in, waiting for `consume` (the output) before taking more: at most a few batches of finished parts
 * wait in memory. This thread scans (`scanHere`, streamed: consume() writes a draft while its claims
 * are found) only the drafts over IN_THREAD_BYTES, when their turn comes. Rejects with a one-line Error
 * when a worker fails.
 *
 * Measured on 2 cores (6,825 drafts): two workers with this thread writing beat one worker beside this
 * thread scanning too (4.2–4.5 s against 4.6–4.8 s, and less memory), since a third scanning thread only
 * competes for the cores, and this thread's young generation, which V8 lets grow to 48 MB, stays small.
 * For the same reason this thread no longer scans while the workers load: the dozen drafts it managed
 * cost a cold engine's warm-up in a third isolate, on cores the loading workers need (waiting measured
 * 3.99–5.02 s against 4.32–5.10 s, in turn, and 6–8 MB less at the peak).
 */
export async function scanInOrder(
  tasks: readonly ScanTask[],
  options: OrderedScanOptions,
  scanHere: (task: ScanTask) => ScanOutcome,
  consume: (index: number, outcome: ScanOutcome) => Promise<void>,
): Promise<void> {
  const workerCount = Math.min(options.jobs, tasks.filter((task) => !inThread(task)).length);
  if (workerCount <= 1) {
    releaseYoungGenerations();
    for (let i = 0; i < tasks.length; i++) await consume(i, scanHere(tasks[i]));
    return;
  }
  const workerFile = options.workerFile ?? WORKER_FILE;
  if (!existsSync(workerFile)) throw new Error(`cannot start scan workers: ${workerFile} is missing (use --jobs 1, or rebuild)`);
  // Workers that have loaded: a draft waits in no queue behind a worker's start-up, while this thread could scan it.
  const workers: Worker[] = [];
  const queued = new Map<Worker, number>();
  const done = new Map<number, ScanOutcome>();
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const started: Worker[] = [];
  compileInWorkersOwnThreads();
  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(workerFile, {
      workerData: options.setup,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.on('message', (response: WorkerResponse) => {
      if ('ready' in response) {
        workers.push(worker);
        queued.set(worker, 0);
        signal();
        return;
      }
      if ('error' in response)
        failure ??= new Error(`scanning ${tasks[response.id]?.draft.absolutePath ?? 'a draft'} failed: ${response.error}`);
      else
        response.outcomes.forEach((outcome, k) =>
          done.set(response.id + k, 'packed' in outcome ? { encoded: unpackFile(response.bytes, outcome.packed) } : outcome),
        );
      queued.set(worker, queued.get(worker)! - 1);
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
    started.push(worker);
  }
  // Batches are runs of consecutive tasks, so that their outcomes are numbered from the first; drafts done here split runs.
  let next = 0;
  const leastQueued = () => workers.reduce((best, worker) => (queued.get(worker)! < queued.get(best)! ? worker : best));
  const dispatch = () => {
    if (workers.length === 0) return;
    for (;;) {
      while (next < tasks.length && inThread(tasks[next])) next++;
      const worker = leastQueued();
      if (next >= tasks.length || queued.get(worker)! >= QUEUED_PER_WORKER) return;
      const batch: ScanTask[] = [];
      let bytes = 0;
      while (next + batch.length < tasks.length && batch.length < BATCH_DRAFTS && bytes < BATCH_BYTES) {
        const task = tasks[next + batch.length];
        if (inThread(task)) break;
        batch.push(task);
        bytes += task.draft.bytes;
      }
      const request: WorkerRequest = { id: next, tasks: batch };
      worker.postMessage(request);
      queued.set(worker, queued.get(worker)! + 1);
      next += batch.length;
    }
  };
  try {
    for (let writing = 0; writing < tasks.length; writing++) {
      if (failure) throw failure;
      dispatch();
      if (inThread(tasks[writing])) {
        // Written while it is found.
        if (writing >= next) next = writing + 1;
        await consume(writing, scanHere(tasks[writing]));
        continue;
      }
      while (!done.has(writing)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        dispatch();
      }
      const outcome = done.get(writing)!;
      done.delete(writing);
      await consume(writing, outcome);
    }
    if (failure) throw failure;
  } finally {
    closing = true;
    await Promise.all(started.map((worker) => worker.terminate()));
  }
}
