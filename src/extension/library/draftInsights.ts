import * as vscode from 'vscode';
import { ConsistencyScan, type Inconsistency } from '../../core/consistency';
import type { LibraryMatch } from '../../core/library';
import type { ReviewItem } from '../../core/review/types';
import { afterActivation } from '../afterActivation';
import type { ReviewService } from '../reviewService';
import { ReviewSettler } from '../reviewSettler';
import type { WorkspaceLibrary } from './workspaceLibrary';
import { DisposableBase } from '../../service/disposable';

/** Matching waits for this pause in typing: never on the keystroke path. */
const TYPING_PAUSE_MS = 400;
const CHANGE_DELAY_MS = 100;
/** Work is done in slices of at most this long, then yields to the extension host. */
const SLICE_MS = 30;

/** What the library and the consistency check say about one version of a draft. */
export interface DraftInsight {
  uri: string;
  version: number;
  /** Library matches per review item id (items without matches are absent). */
  matches: ReadonlyMap<string, readonly LibraryMatch[]>;
  inconsistencies: readonly Inconsistency[];
}

/**
 * Library matches and figures that disagree for the drafts in visible editors, computed after a
 * typing pause in slices of <= 30 ms, cached per URI + version. Hovers, the desk and diagnostics
 * read the cache; nothing here runs per keystroke.
 */
export class DraftInsights extends DisposableBase {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a draft's insight is complete for its current version. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly cache = new Map<string, DraftInsight>();
  /** The job running per draft; a newer one (a new version) makes older ones stop. */
  private readonly jobs = new Map<string, number>();
  private nextJob = 0;
  /**
   * Each draft's matches by claim text, at the library revision they were found at: after an edit only the claims
   * whose text changed are matched again (a 10,000-claim draft took seconds of the extension host's time per pause).
   */
  private readonly matchesByText = new Map<string, { revision: number; byText: Map<string, LibraryMatch[]> }>();
  private readonly settler: ReviewSettler;

  constructor(
    private readonly review: ReviewService,
    readonly library: WorkspaceLibrary,
  ) {
    super();
    this.settler = new ReviewSettler(review, { typingMs: TYPING_PAUSE_MS, changeMs: CHANGE_DELAY_MS }, (document) =>
      this.schedule(document),
    );
    this._register(
      this.changeEmitter,
      this.settler,
      library.onDidChange(() => this.refreshVisible()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible(false)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.jobs.delete(d.uri.toString());
        this.matchesByText.delete(d.uri.toString());
      }),
      afterActivation(() => this.refreshVisible(false)),
    );
  }

  /** The insight for the document's current version, if computed. */
  get(document: vscode.TextDocument): DraftInsight | undefined {
    const cached = this.cache.get(document.uri.toString());
    return cached && cached.version === document.version ? cached : undefined;
  }

  /** Library matches for one claim: from the cache, else computed for that claim alone (cheap: one lookup). */
  matchesFor(document: vscode.TextDocument, item: ReviewItem): readonly LibraryMatch[] {
    const cached = this.get(document);
    if (cached) return cached.matches.get(item.id) ?? [];
    return this.library.library.match(item.text, { excludeDraft: document.uri.toString() });
  }

  /** Computes the document's insight now (tests, benchmarks) and resolves with it. */
  async settle(document: vscode.TextDocument): Promise<DraftInsight | undefined> {
    await Promise.all([this.library.whenReady(), this.review.whenLoaded(document)]);
    return this.run(document);
  }

  private refreshVisible(force = true): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const document = editor.document;
      if (!this.review.isDraft(document)) continue;
      if (force || !this.get(document)) this.schedule(document);
    }
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.isClosed || !this.review.isDraft(document)) return;
    // Drafts nobody sees are done when they are shown.
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    // After the draft's own annotations (its highlights wait for them): this work is not what the editor is waiting for.
    void Promise.all([this.library.whenReady(), this.review.whenLoaded(document)]).then(() => this.run(document));
  }

  private async run(document: vscode.TextDocument): Promise<DraftInsight | undefined> {
    const key = document.uri.toString();
    const job = ++this.nextJob;
    this.jobs.set(key, job);
    const version = document.version;
    const stale = () => this.jobs.get(key) !== job || document.isClosed || document.version !== version;
    const review = this.review.getReview(document);
    // A long draft still being counted: its paragraphs come first; the end of the count settles the draft again.
    if (review.loading || review.counting) return undefined;
    const items = review.items;
    const matches = new Map<string, LibraryMatch[]>();
    let sliceStart = Date.now();
    const yieldIfLong = async () => {
      if (Date.now() - sliceStart < SLICE_MS) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    };
    const library = this.library.library;
    const revision = library.revision;
    const known = this.matchesByText.get(key);
    const before = known?.revision === revision ? known.byText : undefined;
    const byText = new Map<string, LibraryMatch[]>();
    if (library.size > 0) {
      for (let i = 0; i < items.length; i++) {
        const { text } = items[i];
        const found = byText.get(text) ?? before?.get(text) ?? library.match(text, { excludeDraft: key });
        byText.set(text, found);
        if (found.length > 0) matches.set(items[i].id, found);
        if (i % 16 === 15) {
          await yieldIfLong();
          if (stale()) return undefined;
        }
      }
    }
    const scan = new ConsistencyScan(document.getText());
    while (!scan.step(() => Date.now() - sliceStart >= SLICE_MS)) {
      await yieldIfLong();
      if (stale()) return undefined;
    }
    if (stale()) return undefined;
    // Matched while the library changed: found at two revisions, kept for none.
    if (library.revision === revision) this.matchesByText.set(key, { revision, byText });
    const insight: DraftInsight = { uri: key, version, matches, inconsistencies: scan.result() };
    this.cache.set(key, insight);
    this.changeEmitter.fire(document.uri);
    return insight;
  }

  override dispose(): void {
    this.jobs.clear();
    super.dispose();
  }
}
