import type { SliceClock } from '../../../src/service/detection/slicedPass';

/** A clock that only moves when told to, with the tasks handed to `later` queued until run. */
export class FakeClock implements SliceClock {
  time = 0;
  /** Added to the time at every now(): a cost for work measured with the clock. */
  tick = 0;
  readonly queue: (() => void)[] = [];
  now(): number {
    this.time += this.tick;
    return this.time;
  }
  later(task: () => void): () => void {
    this.queue.push(task);
    return () => {
      const i = this.queue.indexOf(task);
      if (i >= 0) this.queue.splice(i, 1);
    };
  }
  runNext(): boolean {
    const task = this.queue.shift();
    task?.();
    return task !== undefined;
  }
}
