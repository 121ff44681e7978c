import * as vscode from 'vscode';
import type { ReviewService } from './reviewService';
import { DisposableBase } from '../service/disposable';
import { openDocumentFor } from './openDocuments';

export interface SettleDelays {
  /** Quiet time after the last edit: claims are only recomputed once typing pauses. */
  typingMs: number;
  /** Coalesces bursts of annotation changes (a status set, a source attached, a sidecar reloaded). */
  changeMs: number;
}

/**
 * Tells a feature when a draft's review is worth reading again: soon after annotation changes,
 * but only after a pause when the text was edited, so no feature asks for a new review (a new
 * detection) on every keystroke. The service fires on every edit, possibly before a feature's own
 * text listener runs, so an edit is recognised by the document version changing, not by event order.
 */
export class ReviewSettler extends DisposableBase {
  private readonly timers = new Map<string, { timer: ReturnType<typeof setTimeout>; typing: boolean }>();
  /** The document version each URI was last settled at. */
  private readonly settledVersions = new Map<string, number>();
  /** URIs last settled while their sidecar was being read: the review that follows the read is not held back. */
  private readonly settledLoading = new Set<string>();

  constructor(
    private readonly review: ReviewService,
    private readonly delays: SettleDelays,
    private readonly settled: (document: vscode.TextDocument) => void,
  ) {
    super();
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document.uri.toString(), true);
      }),
      review.onDidChangeReview((uri) => {
        const key = uri.toString();
        if (this.timers.get(key)?.typing) return;
        const document = findDocument(key);
        if (!document) return;
        const seen = this.settledVersions.get(key);
        // The first statuses of a draft just opened: its highlights wait for nothing else.
        if (this.settledLoading.has(key) && this.review.isLoaded(document)) this.schedule(key, false, 0);
        else this.schedule(key, seen !== undefined && seen !== document.version);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
    );
  }

  /** Records that a feature has just read the document's review (so its next edit is recognised as one). */
  markSettled(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.settledVersions.set(key, document.version);
    if (this.review.isLoaded(document)) this.settledLoading.delete(key);
    else this.settledLoading.add(key);
  }

  private schedule(key: string, typing: boolean, delayMs = typing ? this.delays.typingMs : this.delays.changeMs): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      const document = findDocument(key);
      if (!document) return;
      this.markSettled(document);
      this.settled(document);
    }, delayMs);
    this.timers.set(key, { timer, typing: typing || (pending?.typing ?? false) });
  }

  private forget(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending.timer);
    this.timers.delete(key);
    this.settledVersions.delete(key);
    this.settledLoading.delete(key);
  }

  override dispose(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    super.dispose();
  }
}

function findDocument(key: string): vscode.TextDocument | undefined {
  return openDocumentFor(key);
}
