import type { DetectionPass } from '../../core/claims';

/** Time and task scheduling, injected so tests run on a fake clock. */
export interface SliceClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs `task` in a later task of the event loop, after pending events; returns a function that cancels it. */
  later(task: () => void): () => void;
}

/** What slicing needs of a DetectionPass (tests give it fake paragraphs with fake costs). */
export type SliceablePass = Pick<DetectionPass, 'blockCount' | 'remaining' | 'blockAt' | 'blockStart' | 'isDone' | 'analyzeBlock'>;

export interface OffsetRange {
  start: number;
  end: number;
}

/** Paragraphs analysed before and after each visible range with it, so a short scroll finds its highlights ready. */
const AROUND_VISIBLE = 30;

/**
 * Runs a DetectionPass in slices that each stay within a time budget: the paragraphs in and around the visible
 * ranges first, then the rest in document order, yielding to the event loop between slices. A slice stops before
 * a paragraph when the time used plus the costliest recent paragraph would pass the budget, so only a paragraph
 * far costlier than those before it can make a slice overrun it.
 */
export class SlicedPass<P extends SliceablePass = DetectionPass> {
  private readonly order: number[];
  /** How many entries of order are the paragraphs in and around the visible ranges. */
  private readonly aroundVisible: number;
  private nextInOrder = 0;
  private cancelLater: (() => void) | undefined;
  private costliest = 0;
  private cancelled = false;
  /** Longest slice so far, in ms (what the editor felt). */
  longestSliceMs = 0;
  slices = 0;

  constructor(
    readonly pass: P,
    visible: readonly OffsetRange[],
    private readonly clock: SliceClock,
    private readonly budgetMs: number,
  ) {
    ({ order: this.order, aroundVisible: this.aroundVisible } = visibleFirst(pass, visible));
  }

  /** True once the paragraphs in and around the visible ranges are analysed (what the editor shows is complete). */
  get visibleDone(): boolean {
    if (this.done) return true;
    for (let i = 0; i < this.aroundVisible; i++) if (!this.pass.isDone(this.order[i])) return false;
    return true;
  }

  get done(): boolean {
    return this.pass.remaining === 0;
  }

  /** Runs one slice now; returns true when the pass is complete. */
  runSlice(): boolean {
    if (this.cancelled || this.done) return this.done;
    const started = this.clock.now();
    let analysed = 0;
    while (this.nextInOrder < this.order.length) {
      const index = this.order[this.nextInOrder];
      if (this.pass.isDone(index)) {
        this.nextInOrder++;
        continue;
      }
      const before = this.clock.now();
      // Always make progress: the first paragraph of a slice runs even if it may be costly.
      if (analysed > 0 && before - started + this.costliest > this.budgetMs) break;
      this.pass.analyzeBlock(index);
      this.nextInOrder++;
      analysed++;
      this.costliest = Math.max(this.costliest, this.clock.now() - before);
    }
    this.slices++;
    // A rare costly paragraph (or a GC pause inside one) should not keep every later slice tiny.
    this.costliest /= 2;
    this.longestSliceMs = Math.max(this.longestSliceMs, this.clock.now() - started);
    return this.done;
  }

  /**
   * Runs slices in later tasks until the pass is complete or `stillWanted` says no (the text changed).
   * `onSlice` runs after each slice with whether the pass is complete.
   */
  continueLater(stillWanted: () => boolean, onSlice: (done: boolean) => void): void {
    if (this.cancelled || this.done) return;
    this.cancelLater = this.clock.later(() => {
      this.cancelLater = undefined;
      if (this.cancelled) return;
      if (!stillWanted()) {
        this.cancel();
        return;
      }
      const done = this.runSlice();
      onSlice(done);
      if (!done) this.continueLater(stillWanted, onSlice);
    });
  }

  cancel(): void {
    this.cancelled = true;
    this.cancelLater?.();
    this.cancelLater = undefined;
  }
}

/**
 * Paragraph indexes: those in and around the visible ranges (in range order; how many in aroundVisible),
 * then every other in document order.
 */
export function visibleFirst(pass: SliceablePass, visible: readonly OffsetRange[]): { order: number[]; aroundVisible: number } {
  const order: number[] = [];
  const taken = new Uint8Array(pass.blockCount);
  for (const range of visible) {
    const first = Math.max(0, pass.blockAt(range.start) - AROUND_VISIBLE);
    let last = pass.blockAt(range.end);
    if (last < pass.blockCount && pass.blockStart(last) > range.end) last--;
    last = Math.min(pass.blockCount - 1, last + AROUND_VISIBLE);
    for (let i = first; i <= last; i++) {
      if (taken[i]) continue;
      taken[i] = 1;
      order.push(i);
    }
  }
  const aroundVisible = order.length;
  for (let i = 0; i < pass.blockCount; i++) if (!taken[i]) order.push(i);
  return { order, aroundVisible };
}
