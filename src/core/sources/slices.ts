/**
 * Long work in slices: the caller's pause (a macrotask in the extension host) is awaited
 * whenever a slice has run for budgetMs, so a 5 MB page never holds the thread for long.
 */
export type Pause = () => Promise<void>;

/** Lets the event loop run: other extension work and UI messages go first. */
export const yieldToEventLoop: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Returns a check to call between pieces of work; it pauses only once the budget is spent. */
export function slicer(pause: Pause | undefined, budgetMs = 20): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (pause === undefined || Date.now() - sliceStart < budgetMs) return;
    await pause();
    sliceStart = Date.now();
  };
}

/** Input is processed in pieces of this many characters between checks. */
export const SLICE_CHARS = 64 * 1024;
