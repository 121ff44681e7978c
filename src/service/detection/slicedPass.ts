import type { DetectionPass } from '../../core/claims';

/** Time and task scheduling, injected so tests run on a fake clock. */
export interface SliceClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs `task` in a later task of the event loop, after pending events; returns a function that cancels it. */
  later(task: () => void): () => void;
  /**
   * CPU time this process has used, in ms, where the host can tell (Node's process.cpuUsage; not in a browser):
   * a slice that took long on the wall clock but little CPU waited for a core, it did not overrun.
   */
  cpuNow?(): number;
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
  private order: number[];
  /** How many entries of order are the paragraphs the visible ranges show (the margins around them come next). */
  private shown: number;
  /** The ranges the order was made for. */
  private visible: readonly OffsetRange[];
  private nextInOrder = 0;
  private cancelLater: (() => void) | undefined;
  private costliest = 0;
  private cancelled = false;
  /** Longest slice so far, in ms (what the editor felt). */
  longestSliceMs = 0;
  /** The CPU time of that slice, in ms, when the clock can tell. */
  longestSliceCpuMs: number | undefined;
  slices = 0;

  constructor(
    readonly pass: P,
    visible: readonly OffsetRange[],
    private readonly clock: SliceClock,
    private readonly budgetMs: number,
    /** The budget while the paragraphs the editors show are analysed: they make the first highlights, worth a longer task. */
    private readonly visibleBudgetMs = budgetMs,
  ) {
    this.visible = visible;
    ({ order: this.order, shown: this.shown } = visibleFirst(pass, visible));
  }

  /**
   * The editors now show other ranges (the document's editor appeared after the pass began, or it
   * scrolled): what they show is analysed next. Returns true when that changed the order.
   */
  showing(visible: readonly OffsetRange[]): boolean {
    if (visible.length === 0 || sameRanges(visible, this.visible)) return false;
    this.visible = visible;
    ({ order: this.order, shown: this.shown } = visibleFirst(this.pass, visible));
    this.nextInOrder = 0; // paragraphs already done are skipped as they come
    return true;
  }

  /**
   * True once the paragraphs the visible ranges show are analysed (what the editor shows is complete); the
   * margins around them, done next, are for a short scroll and need not hold up the first highlights.
   */
  get visibleDone(): boolean {
    if (this.done) return true;
    for (let i = 0; i < this.shown; i++) if (!this.pass.isDone(this.order[i])) return false;
    return true;
  }

  get done(): boolean {
    return this.pass.remaining === 0;
  }

  /**
   * Runs one slice now; returns true when the pass is complete. `since`: when the task running it began, if
   * earlier (the first task also split the draft into paragraphs, and that time counts against its budget).
   */
  runSlice(since?: number, cpuSince?: number): boolean {
    if (this.cancelled || this.done) return this.done;
    const started = since ?? this.clock.now();
    const cpuStarted = cpuSince ?? this.clock.cpuNow?.();
    let analysed = 0;
    while (this.nextInOrder < this.order.length) {
      const index = this.order[this.nextInOrder];
      if (this.pass.isDone(index)) {
        this.nextInOrder++;
        continue;
      }
      const before = this.clock.now();
      const budget = this.nextInOrder < this.shown ? this.visibleBudgetMs : this.budgetMs;
      // Always make progress: the first paragraph of a slice runs even if it may be costly.
      if (analysed > 0 && before - started + this.costliest > budget) break;
      this.pass.analyzeBlock(index);
      this.nextInOrder++;
      analysed++;
      this.costliest = Math.max(this.costliest, this.clock.now() - before);
    }
    this.slices++;
    // A rare costly paragraph (or a GC pause inside one) should not keep every later slice tiny.
    this.costliest /= 2;
    const took = this.clock.now() - started;
    if (took >= this.longestSliceMs) {
      this.longestSliceMs = took;
      this.longestSliceCpuMs = cpuStarted === undefined ? undefined : this.clock.cpuNow!() - cpuStarted;
    }
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

export function sameRanges(a: readonly OffsetRange[], b: readonly OffsetRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range.start === b[i].start && range.end === b[i].end);
}

/**
 * Paragraph indexes: those the visible ranges show (in range order; how many in `shown`), then the
 * AROUND_VISIBLE paragraphs on each side of each range (aroundVisible counts both), then every other
 * in document order.
 */
export function visibleFirst(
  pass: SliceablePass,
  visible: readonly OffsetRange[],
): { order: number[]; shown: number; aroundVisible: number } {
  const order: number[] = [];
  const taken = new Uint8Array(pass.blockCount);
  const take = (first: number, last: number) => {
    for (let i = Math.max(0, first); i <= Math.min(pass.blockCount - 1, last); i++) {
      if (taken[i]) continue;
      taken[i] = 1;
      order.push(i);
    }
  };
  const spans = visible.map((range) => {
    const first = pass.blockAt(range.start);
    let last = pass.blockAt(range.end);
    if (last < pass.blockCount && pass.blockStart(last) > range.end) last--;
    return { first, last };
  });
  for (const { first, last } of spans) take(first, last);
  const shown = order.length;
  for (const { first, last } of spans) {
    take(first - AROUND_VISIBLE, first - 1);
    take(last + 1, last + AROUND_VISIBLE);
  }
  const aroundVisible = order.length;
  for (let i = 0; i < pass.blockCount; i++) if (!taken[i]) order.push(i);
  return { order, shown, aroundVisible };
}
