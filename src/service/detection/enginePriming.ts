import { precompilePatterns } from '../../core/text/precompiled';
import type { SliceClock } from './slicedPass';

/** Time per priming task: a fifth of the 50 ms that makes a task long, so keystrokes and detections go between. */
export const PRIMING_SLICE_MS = 10;

/**
 * Compiles the claim engine's patterns in short tasks, from activation on (why: core/text/precompiled.ts). In a
 * fresh extension host the first 2 KB of a draft took 150 ms in V8's regexp interpreter; compiling every pattern
 * takes about 70 ms, spread here over tasks of at most PRIMING_SLICE_MS, and then the same 2 KB take 10 ms.
 * Returns a function that stops the priming.
 */
export function primeEngineInSlices(
  clock: SliceClock,
  sliceMs = PRIMING_SLICE_MS,
  compile: (stop: () => boolean) => boolean = precompilePatterns,
): () => void {
  let cancel: (() => void) | undefined;
  const slice = () => {
    const started = clock.now();
    // Always compile one pattern, then stop before the budget is spent.
    let compiled = 0;
    const done = compile(() => compiled++ > 0 && clock.now() - started >= sliceMs);
    cancel = done ? undefined : clock.later(slice);
  };
  cancel = clock.later(slice);
  return () => {
    cancel?.();
    cancel = undefined;
  };
}
