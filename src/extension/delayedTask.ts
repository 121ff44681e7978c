import type * as vscode from 'vscode';

/**
 * One delayed call of a function: `debounce` restarts the delay on every call (a burst of file events
 * becomes one run), `throttle` keeps the delay already running (a redraw at most every `ms`).
 * `flush` runs a pending call now; dispose drops it.
 */
export class DelayedTask implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly run: () => void,
  ) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  debounce(): void {
    this.cancel();
    this.start();
  }

  throttle(): void {
    if (!this.timer) this.start();
  }

  /** Drops a pending call (the caller is about to do the work itself). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.cancel();
  }

  private start(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.ms);
  }
}
