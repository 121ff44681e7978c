import type { DetectOptions } from '../../core/claims/types';
import type { DraftLanguage } from '../../core/document';
import { summarizeDraftInSteps, type DraftSummary } from '../../core/review/draftSummary';
import { countStatuses, type StatusCounts } from '../../core/review/types';
import type { PublishState } from './draftTreeModel';
import { errorText } from '../../core/util/errorText';

/** A draft to count, by id (a URI string in the extension). */
export interface DraftToCount {
  id: string;
  /** File name, checked against the sidecar's `draft` field. */
  name: string;
  language: DraftLanguage;
}

/** What the counter reads of a draft; undefined text comes with the problem that prevented reading it. */
export interface DraftContent {
  text?: string;
  problem?: string;
  /** undefined when the draft has no sidecar; a sidecar that exists but cannot be read gives sidecarProblem. */
  sidecarText?: string;
  sidecarProblem?: string;
}

/** Files behind a port, so the counter runs on in-memory fakes in unit tests. */
export interface DraftReader {
  /** Changes whenever the draft or its sidecar changes on disk (e.g. their mtimes and sizes). */
  stamp(draft: DraftToCount): Promise<string>;
  read(draft: DraftToCount): Promise<DraftContent>;
}

export interface DraftCount {
  counts: StatusCounts;
  state: PublishState;
  /** Why it is unreadable, or what blocks it, in one line. */
  problem?: string;
}

/** Turns a draft's summary into its publishing state (the policy). */
export type DraftEvaluator = (summary: DraftSummary, text: string, draftId: string) => { state: PublishState; problem?: string };

export interface CounterClock {
  now(): number;
  /** Lets the host run other tasks (a new macrotask). */
  yield(): Promise<void>;
}

const realClock: CounterClock = {
  now: () => performance.now(),
  yield: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

/** Work between two yields stays well under the 50 ms the extension host allows one task. */
export const SLICE_BUDGET_MS = 8;
/** Drafts read at once: disk reads overlap with counting the previous batch. */
const READ_BATCH = 16;

const EMPTY_COUNTS: StatusCounts = { total: 0, unreviewed: 0, verified: 0, unverified: 0, disputed: 0 };

/**
 * Counts claims of many drafts in the background, without opening them in the editor: reads the
 * draft and its sidecar, detects claims paragraph by paragraph in slices of about SLICE_BUDGET_MS,
 * and caches each result by the files' stamp so an unchanged draft is never counted twice.
 * A new run supersedes the one in progress.
 */
export class DraftCounter {
  private readonly results = new Map<string, { stamp: string; count: DraftCount }>();
  private run = 0;
  /** The longest stretch of counting work between two yields, in ms (the benchmark reports it). */
  longestSliceMs = 0;

  constructor(
    private readonly reader: DraftReader,
    private readonly options: () => { detect: DetectOptions; minScore: number },
    private readonly evaluate: DraftEvaluator,
    private readonly clock: CounterClock = realClock,
  ) {}

  get(id: string): DraftCount | undefined {
    return this.results.get(id)?.count;
  }

  /** Forgets one draft (changed on disk) or all (settings changed). */
  invalidate(id?: string): void {
    if (id === undefined) this.results.clear();
    else this.results.delete(id);
  }

  /** Stops the run in progress at its next yield (results so far are kept). */
  cancel(): void {
    this.run++;
  }

  /** Keeps results only for these drafts. */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.results.keys()) if (!ids.has(id)) this.results.delete(id);
  }

  /**
   * Counts every draft not counted yet (or changed since); calls progress after each one.
   * Resolves false when a newer run superseded this one.
   */
  async countAll(drafts: readonly DraftToCount[], progress: (done: number, total: number, id: string) => void): Promise<boolean> {
    const run = ++this.run;
    for (let i = 0; i < drafts.length; i += READ_BATCH) {
      const batch = drafts.slice(i, i + READ_BATCH);
      const stamps = await Promise.all(batch.map((d) => this.reader.stamp(d).catch(() => `error:${this.clock.now()}`)));
      if (run !== this.run) return false;
      const stale = batch.filter((d, j) => this.results.get(d.id)?.stamp !== stamps[j]);
      const contents = await Promise.all(stale.map((d) => this.reader.read(d).catch((error: unknown) => ({ problem: errorText(error) }))));
      if (run !== this.run) return false;
      let sliceStart = this.clock.now();
      for (let j = 0; j < batch.length; j++) {
        const draft = batch[j];
        const k = stale.indexOf(draft);
        if (k >= 0) {
          const count = await this.countOne(draft, contents[k], () => sliceStart, (t) => (sliceStart = t), run);
          if (count === undefined) return false;
          this.results.set(draft.id, { stamp: stamps[j], count });
        }
        progress(i + j + 1, drafts.length, draft.id);
      }
      this.note(this.clock.now() - sliceStart);
    }
    return true;
  }

  /** Counts one draft from its content in slices; undefined when superseded meanwhile. */
  private async countOne(
    draft: DraftToCount,
    content: DraftContent,
    sliceStart: () => number,
    setSliceStart: (t: number) => void,
    run: number,
  ): Promise<DraftCount | undefined> {
    if (content.text === undefined) return { counts: EMPTY_COUNTS, state: 'unreadable', problem: content.problem ?? 'cannot be read' };
    if (content.sidecarProblem !== undefined) return { counts: EMPTY_COUNTS, state: 'unreadable', problem: content.sidecarProblem };
    const { detect, minScore } = this.options();
    const steps = summarizeDraftInSteps({ uri: draft.id, name: draft.name, text: content.text, language: draft.language, sidecarText: content.sidecarText, detect, minScore });
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const summary = step.value;
        const counts = countStatuses(summary.review.items);
        if (summary.review.storeError !== undefined) return { counts, state: 'unreadable', problem: summary.review.storeError };
        return { counts, ...this.evaluate(summary, content.text, draft.id) };
      }
      const elapsed = this.clock.now() - sliceStart();
      if (elapsed >= SLICE_BUDGET_MS) {
        this.note(elapsed);
        await this.clock.yield();
        if (run !== this.run) return undefined;
        setSliceStart(this.clock.now());
      }
    }
  }

  private note(sliceMs: number): void {
    if (sliceMs > this.longestSliceMs) this.longestSliceMs = sliceMs;
  }
}
