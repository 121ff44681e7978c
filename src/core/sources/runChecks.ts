import type { Source } from '../annotations/types';
import { applyFetchOutcome } from './evaluate';
import { FETCH_LIMITS, type FetchOutcome, type PageFetcher } from './fetchPort';
import type { Pause } from './slices';

/** One source to check, with whatever the caller needs to save the result. */
export interface SourceCheckJob<T> {
  source: Source;
  owner: T;
}

export interface RunChecksOptions<T> {
  fetcher: PageFetcher;
  /** Called once per job as soon as its URL's fetch is done; awaited, so the caller can save before going on. */
  onResult(job: SourceCheckJob<T>, checked: Source, outcome: FetchOutcome): Promise<void> | void;
  /** ISO time for checkedAt. */
  now?: () => string;
  concurrency?: number;
  signal?: AbortSignal;
  /** Where long pages are parsed and searched in slices (the extension host passes yieldToEventLoop). */
  pause?: Pause;
}

/**
 * Checks sources with at most `concurrency` fetches at a time; a URL attached to several
 * claims is fetched once. Stops starting new fetches once the signal aborts (fetches under
 * way are aborted by the fetcher). Resolves to the number of URLs fetched.
 */
export async function runSourceChecks<T>(jobs: readonly SourceCheckJob<T>[], options: RunChecksOptions<T>): Promise<number> {
  const byUrl = new Map<string, SourceCheckJob<T>[]>();
  for (const job of jobs) byUrl.set(job.source.url, [...(byUrl.get(job.source.url) ?? []), job]);
  const urls = [...byUrl.keys()];
  const now = options.now ?? (() => new Date().toISOString());
  let next = 0;
  let fetched = 0;
  const worker = async () => {
    while (next < urls.length && !options.signal?.aborted) {
      const url = urls[next++];
      const outcome = await options.fetcher.fetch(url, options.signal);
      if (options.signal?.aborted) return; // a cancelled fetch is no result: keep the previous one
      fetched++;
      const at = now();
      for (const job of byUrl.get(url) ?? [])
        await options.onResult(job, await applyFetchOutcome(job.source, outcome, at, options.pause), outcome);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? FETCH_LIMITS.concurrency, urls.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return fetched;
}
