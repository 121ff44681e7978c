import type { Disposable } from './ports';

/**
 * The one owner of a feature's listeners, timers and child objects: each is `_register`ed once and
 * disposed with the owner, in the order registered. Disposing twice is harmless, and whatever is
 * registered after disposal is disposed at once (a late async callback cannot leak a listener).
 */
export abstract class DisposableBase implements Disposable {
  private readonly _toDispose: Disposable[] = [];
  private _disposed = false;

  protected get isDisposed(): boolean {
    return this._disposed;
  }

  /** Takes ownership of one or more disposables; returns the first, for `readonly x = this._register(new X())`. */
  protected _register<T extends Disposable>(disposable: T, ...more: Disposable[]): T {
    for (const each of [disposable, ...more]) {
      if (this._disposed) each.dispose();
      else this._toDispose.push(each);
    }
    return disposable;
  }

  dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    for (const disposable of this._toDispose.splice(0)) disposable.dispose();
  }
}
