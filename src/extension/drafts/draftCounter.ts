import type { DraftLanguage } from '../../core/document';
import { assessDraftInSteps, type DraftAssessment, type PolicyInputs } from '../../core/publish';
import { type StatusCounts } from '../../core/review/types';
import type { PublishState } from './draftTreeModel';
import { TaskTimes } from './taskTimes';
import { errorText } from '../../core/util/errorText';
import { hostCpuMs } from '../../service/hostCpu';

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

export interface CounterClock {
  now(): number;
  /** CPU time of this process in ms where the host can tell (Node), for a measure that load on the machine does not inflate. */
  cpu?(): number;
  /** Lets the host run other tasks (a new macrotask). */
  yield(): Promise<void>;
}

const realClock: CounterClock = {
  now: () => performance.now(),
  ...(hostCpuMs ? { cpu: hostCpuMs } : {}),
  yield: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

/** Work between two yields stays well under the 50 ms the extension host allows one task. */
export const SLICE_BUDGET_MS = 8;
/** Drafts read at once: disk reads overlap with counting the previous batch. */
const READ_BATCH = 16;

const EMPTY_COUNTS: StatusCounts = { total: 0, unreviewed: 0, verified: 0, unverified: 0, disputed: 0 };

/**
 * Counts claims of many drafts in the background, without opening them in the editor: reads the
 * draft and its sidecar and runs the core's assessment (assessDraftInSteps) step by step, yielding
 * once a slice reaches SLICE_BUDGET_MS, and caches each result by the files' stamp so an unchanged
 * draft is never counted twice. A new run supersedes the one in progress. Every task is timed by
 * the kind of its last step (the benchmark and tests report them).
 */
export class DraftCounter {
  private readonly results = new Map<string, { stamp: string; count: DraftCount }>();
  private run = 0;
  readonly tasks = new TaskTimes();
  private sliceStart = 0;
  private sliceCpu: number | undefined;

  constructor(
    private readonly reader: DraftReader,
    /** The policy inputs of a draft (its workspace folder's). */
    private readonly inputs: (draftId: string) => PolicyInputs,
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
      this.startSlice();
      for (let j = 0; j < batch.length; j++) {
        const draft = batch[j];
        const k = stale.indexOf(draft);
        if (k >= 0) {
          const count = await this.countOne(draft, contents[k], run);
          if (count === undefined) return false;
          this.results.set(draft.id, { stamp: stamps[j], count });
        }
        progress(i + j + 1, drafts.length, draft.id);
      }
      this.endSlice();
      // The next batch's reads resolve in tasks of their own.
      await this.clock.yield();
      if (run !== this.run) return false;
    }
    return true;
  }

  /** Counts one draft from its content in slices; undefined when superseded meanwhile. */
  private async countOne(draft: DraftToCount, content: DraftContent, run: number): Promise<DraftCount | undefined> {
    if (content.text === undefined) return { counts: EMPTY_COUNTS, state: 'unreadable', problem: content.problem ?? 'cannot be read' };
    if (content.sidecarProblem !== undefined) return { counts: EMPTY_COUNTS, state: 'unreadable', problem: content.sidecarProblem };
    const inputs = this.inputs(draft.id);
    const steps = assessDraftInSteps({
      uri: draft.id,
      draftName: draft.name,
      text: content.text,
      language: draft.language,
      ...inputs,
      ...sidecarOf(content),
    });
    for (;;) {
      const before = this.clock.now();
      const step = steps.next();
      const after = this.clock.now();
      if (step.done) {
        this.tasks.step('evaluate', after - before);
        return countOf(step.value);
      }
      this.tasks.step(step.value, after - before);
      if (after - this.sliceStart >= SLICE_BUDGET_MS) {
        this.endSlice();
        await this.clock.yield();
        if (run !== this.run) return undefined;
        this.startSlice();
      }
    }
  }

  /** Runs one task of the view's own (a tree redraw) and times it with the counting tasks. */
  timed<T>(kind: string, work: () => T): T {
    const start = this.clock.now();
    const cpu = this.clock.cpu?.();
    try {
      return work();
    } finally {
      const ms = this.clock.now() - start;
      this.tasks.step(kind, ms);
      this.tasks.task(ms, cpu === undefined ? undefined : (this.clock.cpu?.() ?? cpu) - cpu);
    }
  }

  private startSlice(): void {
    this.sliceStart = this.clock.now();
    this.sliceCpu = this.clock.cpu?.();
  }

  private endSlice(): void {
    const cpu = this.sliceCpu === undefined ? undefined : (this.clock.cpu?.() ?? this.sliceCpu) - this.sliceCpu;
    this.tasks.task(this.clock.now() - this.sliceStart, cpu);
  }
}

function sidecarOf(content: DraftContent): { sidecarText?: string } {
  return content.sidecarText === undefined ? {} : { sidecarText: content.sidecarText };
}

function countOf(assessment: DraftAssessment): DraftCount {
  const { evaluation } = assessment;
  const count: DraftCount = { counts: evaluation.counts, state: evaluation.state };
  if (evaluation.error !== undefined) count.problem = evaluation.error;
  return count;
}
