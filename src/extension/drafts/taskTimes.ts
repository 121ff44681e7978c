/** How long the host's tasks took: the longest and the 95th percentile, and the longest single step of each kind. */
export interface TaskTimesSummary {
  tasks: number;
  longestMs: number;
  p95Ms: number;
  /** The longest single step per kind of work (e.g. `detect-block`, `parse-sidecar`, `redraw`). */
  longestStepMs: Record<string, number>;
  /** The longest CPU time of one task where the host can tell (Node's process.cpuUsage), else undefined. */
  longestCpuMs?: number;
}

/** Collects task and step durations; pure, so the counter's tests run it on a fake clock. */
export class TaskTimes {
  private durations: number[] = [];
  private steps: Record<string, number> = {};
  private longestCpu: number | undefined;

  /** One task: work between two yields to the host. */
  task(ms: number, cpuMs?: number): void {
    this.durations.push(ms);
    if (cpuMs !== undefined && cpuMs > (this.longestCpu ?? -1)) this.longestCpu = cpuMs;
  }

  /** One step inside a task. */
  step(kind: string, ms: number): void {
    if (ms > (this.steps[kind] ?? -1)) this.steps[kind] = ms;
  }

  reset(): void {
    this.durations = [];
    this.steps = {};
    this.longestCpu = undefined;
  }

  summary(): TaskTimesSummary {
    const sorted = [...this.durations].sort((a, b) => a - b);
    const p95 = sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
    const summary: TaskTimesSummary = { tasks: sorted.length, longestMs: sorted.at(-1) ?? 0, p95Ms: p95, longestStepMs: { ...this.steps } };
    if (this.longestCpu !== undefined) summary.longestCpuMs = this.longestCpu;
    return summary;
  }
}
