import type { Claim, ClaimAnalyzer } from '../../core/claims';
import type { DraftLanguage } from '../../core/document';
import { hostCpuMs } from '../hostCpu';
import { sameRanges, SlicedPass, type OffsetRange, type SliceClock } from './slicedPass';

/** The host's clock; setTimeout exists in both extension hosts (Node and web worker), setImmediate only in Node. */
export const hostSliceClock: SliceClock = {
  now: () => performance.now(),
  later: (task) => {
    const handle = setTimeout(task, 0);
    return () => clearTimeout(handle);
  },
  ...(hostCpuMs ? { cpuNow: hostCpuMs } : {}),
};

/**
 * Below this many characters a full detection runs at once: about 2 ms once warm, 80 ms in a fresh
 * extension host (a 50 KB draft opened first took 256 ms there, cold regexps and GC included).
 */
export const SLICE_FROM_CHARS = 16 * 1024;
/**
 * Time per slice on the extension host's thread, well under the 50 ms that makes a task "long": a slice can run
 * one paragraph past it, and a garbage collection (up to 15 ms measured) can fall inside. A 1 MB draft in plain
 * Node, patterns primed: longest slice 26–29 ms with 25, 23–26 ms with 15. In the UI test, on 2 busy cores, the
 * wall time of the longest slice is mostly waiting for a core (42.5 ms with 12.7 ms of CPU), hence the CPU time.
 */
export const DETECTION_SLICE_MS = 15;
/**
 * The budget while the paragraphs the editors show are analysed, the split included in the first task: with the
 * plain budget, the first task of a 50 KB draft stopped before the visible claims, which then waited for a
 * later slice behind other tasks. A 1 MB draft's split (10–20 ms, more on a cold engine) can still spend it.
 */
export const VISIBLE_SLICE_MS = 35;

export interface DetectionRequest {
  analyzer: ClaimAnalyzer;
  version: number;
  text: string;
  language: DraftLanguage;
  /** What the editors show of the document now, as offsets: detected first. */
  visible: readonly OffsetRange[];
  /** The document's version now: a pass for an older one stops. */
  currentVersion: () => number;
  /** Called when a sliced pass has finished (the full result is then ready), to announce it. */
  finished: (stats: PassStats) => void;
  /** Called once when the visible paragraphs are done, if the first task did not finish them: worth drawing. */
  visibleReady?: () => void;
}

export interface DetectionResult {
  claims: Claim[];
  /** True while a sliced pass is still running: `claims` are those of the paragraphs done so far, not the final count. */
  counting: boolean;
}

export interface PassStats {
  claims: number;
  slices: number;
  /** Splitting, the visible paragraphs and placing their claims: the task that opened the document. */
  firstTaskMs: number;
  /** The longest slice, the first included. */
  longestSliceMs: number;
  /** The process's CPU time during that slice, where the host can tell: far below the wall time when it waited for a core. */
  longestSliceCpuMs?: number;
  /** From the start of the pass until the paragraphs the editors showed were analysed (the first highlights). */
  visibleMs: number;
  elapsedMs: number;
}

interface Running {
  version: number;
  /** Undefined until the full pass begins (the first task did the first screen alone). */
  sliced?: SlicedPass;
  /** What the editors showed when last asked: the full pass puts it first. */
  visible: readonly OffsetRange[];
  partial: Claim[];
  startedAt: number;
  /** The first task: its time, and the process's CPU time in it where the clock can tell. */
  firstTask: { ms: number; cpuMs?: number };
  /** Whether the visible paragraphs were announced done (visibleReady) for the ranges asked last. */
  visibleAnnounced: boolean;
  /** When they were done, from startedAt. */
  visibleMs?: number;
  /** Cancels the task that begins the full pass, while it waits. */
  cancelBegin?: () => void;
}

/**
 * The visible ranges end in the first part of the draft (where a draft opens): the first task then detects their
 * paragraphs from a split of the text up to them, and the full split waits for the next task.
 */
const FIRST_SCREEN_SHARE = 0.25;

/**
 * Full detection for documents that are too large to analyse in one task: the visible paragraphs at once,
 * the rest in slices of at most DETECTION_SLICE_MS between other work, cancelled when the text changes.
 * Small documents and edits of a document analysed before (one paragraph again) stay synchronous.
 */
export class ClaimDetector {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly clock: SliceClock,
    private readonly budgetMs = DETECTION_SLICE_MS,
    private readonly sliceFromChars = SLICE_FROM_CHARS,
    private readonly visibleBudgetMs = Math.max(budgetMs, VISIBLE_SLICE_MS),
  ) {}

  detect(key: string, request: DetectionRequest): DetectionResult {
    const run = this.running.get(key);
    if (run && run.version === request.version && !run.sliced?.done) {
      // Asked again while counting, maybe for what an editor that appeared meanwhile shows: that comes next,
      // and is announced when done. (A pass begun before the editor showed the draft had nothing visible to put first.)
      if (request.visible.length > 0 && !sameRanges(request.visible, run.visible)) {
        run.visible = request.visible;
        if (!run.sliced || (run.sliced.showing(request.visible) && !run.sliced.visibleDone)) {
          run.visibleAnnounced = false;
          run.visibleMs = undefined;
        }
      }
      return { claims: run.partial, counting: true };
    }
    this.cancel(key);
    const { analyzer, text, language, visible } = request;
    if (analyzer.primed || text.length < this.sliceFromChars) return { claims: analyzer.update(text, language).toArray(), counting: false };

    const startedAt = this.clock.now();
    const cpuStartedAt = this.clock.cpuNow?.();
    const lastShown = visible.reduce((last, range) => Math.max(last, range.end), 0);
    if (visible.length > 0 && lastShown <= text.length * FIRST_SCREEN_SHARE) {
      // A 1 MB draft's full split took 10–20 ms, more on a cold engine: alone it spent the first task's budget.
      const started: Running = {
        version: request.version,
        visible,
        partial: analyzer.claimsAround(text, language, visible),
        startedAt,
        firstTask: this.taskTime(startedAt, cpuStartedAt),
        visibleAnnounced: true,
      };
      started.visibleMs = started.firstTask.ms;
      this.running.set(key, started);
      started.cancelBegin = this.clock.later(() => {
        started.cancelBegin = undefined;
        if (request.currentVersion() !== request.version) return this.cancel(key);
        const begunAt = this.clock.now();
        const cpuBegunAt = this.clock.cpuNow?.();
        this.runPass(key, request, started, this.beginPass(request, started.visible), begunAt, cpuBegunAt);
      });
      return { claims: started.partial, counting: true };
    }

    const sliced = this.beginPass(request, visible);
    if (sliced.runSlice(startedAt, cpuStartedAt)) return { claims: sliced.pass.claims().toArray(), counting: false };
    const started: Running = {
      version: request.version,
      sliced,
      visible,
      partial: sliced.pass.claims().toArray(),
      startedAt,
      // The first task also split the text into paragraphs and placed the visible claims.
      firstTask: this.taskTime(startedAt, cpuStartedAt),
      visibleAnnounced: sliced.visibleDone,
    };
    if (started.visibleAnnounced) started.visibleMs = started.firstTask.ms;
    this.running.set(key, started);
    this.runPass(key, request, started, sliced);
    return { claims: started.partial, counting: true };
  }

  private beginPass(request: DetectionRequest, visible: readonly OffsetRange[]): SlicedPass {
    const pass = request.analyzer.beginPass(request.text, request.language);
    return new SlicedPass(pass, visible, this.clock, this.budgetMs, this.visibleBudgetMs);
  }

  private taskTime(startedAt: number, cpuStartedAt: number | undefined): Running['firstTask'] {
    const ms = this.clock.now() - startedAt;
    return cpuStartedAt === undefined ? { ms } : { ms, cpuMs: this.clock.cpuNow!() - cpuStartedAt };
  }

  /**
   * Runs the full pass to its end in slices: its first slice now when `begunAt` is given (the task that split the
   * text, which counts against its budget), else from the next task. Announces the visible claims once they are
   * done, if they were not announced already, and the end.
   */
  private runPass(
    key: string,
    request: DetectionRequest,
    started: Running,
    sliced: SlicedPass,
    begunAt?: number,
    cpuBegunAt?: number,
  ): void {
    started.sliced = sliced;
    const onSlice = (done: boolean): void => {
      if (!done) {
        if (started.visibleAnnounced || !sliced.visibleDone) return;
        started.visibleAnnounced = true;
        started.visibleMs = this.clock.now() - started.startedAt;
        started.partial = sliced.pass.claims().toArray();
        request.visibleReady?.();
        return;
      }
      this.running.delete(key);
      const firstLonger = started.firstTask.ms > sliced.longestSliceMs;
      const longestCpuMs = firstLonger ? started.firstTask.cpuMs : sliced.longestSliceCpuMs;
      request.finished({
        claims: sliced.pass.claims().length,
        // Begun in a later task: the first task, which detected the first screen outside the pass, counts too.
        slices: sliced.slices + (begunAt !== undefined ? 1 : 0),
        firstTaskMs: started.firstTask.ms,
        longestSliceMs: Math.max(started.firstTask.ms, sliced.longestSliceMs),
        ...(longestCpuMs !== undefined ? { longestSliceCpuMs: longestCpuMs } : {}),
        visibleMs: started.visibleMs ?? this.clock.now() - started.startedAt,
        elapsedMs: this.clock.now() - started.startedAt,
      });
    };
    if (begunAt !== undefined) {
      const done = sliced.runSlice(begunAt, cpuBegunAt);
      onSlice(done);
      if (done) return;
    }
    sliced.continueLater(() => request.currentVersion() === request.version, onSlice);
  }

  /** Stops the pass of a document (closed, rescanned, settings changed). */
  cancel(key: string): void {
    const run = this.running.get(key);
    run?.cancelBegin?.();
    run?.sliced?.cancel();
    this.running.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.running.keys()]) this.cancel(key);
  }
}
