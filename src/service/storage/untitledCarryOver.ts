import type { Annotation } from '../../core/annotations/types';
import type { Disposable } from '../ports';

/** How long annotations of a closed untitled draft wait for the file it was saved as to open. */
export const UNTITLED_HOLD_MS = 10_000;

interface Held {
  text: string;
  annotations: Annotation[];
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Saving an untitled draft opens a new document for the file (empty, then filled by one change),
 * then empties and closes the untitled one; VS Code reports no link between the two. The
 * annotations of an untitled draft that is emptied or closed are held briefly and handed to a
 * file draft with exactly the text the untitled one had.
 */
export class UntitledCarryOver implements Disposable {
  private held: Held[] = [];

  hold(text: string, annotations: readonly Annotation[]): void {
    if (annotations.length === 0 || text === '') return;
    const entry: Held = { text, annotations: [...annotations], timer: setTimeout(() => this.drop(entry), UNTITLED_HOLD_MS) };
    this.held.push(entry);
  }

  get holding(): boolean {
    return this.held.length > 0;
  }

  /** The held annotations whose text equals the document's, removed from the hold. */
  claim(document: { readonly isUntitled: boolean; getText(): string }): Annotation[] | undefined {
    if (this.held.length === 0 || document.isUntitled) return undefined;
    const text = document.getText();
    const entry = this.held.find((h) => h.text === text);
    if (!entry) return undefined;
    this.drop(entry);
    return entry.annotations;
  }

  private drop(entry: Held): void {
    clearTimeout(entry.timer);
    this.held = this.held.filter((h) => h !== entry);
  }

  dispose(): void {
    for (const entry of this.held) clearTimeout(entry.timer);
    this.held = [];
  }
}
