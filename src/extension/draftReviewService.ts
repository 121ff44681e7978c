import * as vscode from 'vscode';
import {
  addSource,
  applyContentChanges,
  createAnnotation,
  editSource,
  reanchor,
  reattachAnnotation,
  removeSource,
  reuseVerification,
  setNote,
  setStatus,
  SIDECAR_VERSION,
  type Annotation,
  type ClaimStatus,
  type ReusedVerification,
  type SidecarFile,
  type Source,
} from '../core/annotations';
import { ClaimAnalyzer, type Claim, type DetectOptions } from '../core/claims';
import type { SignOff } from '../core/publish/types';
import { draftLanguageOf } from '../core/document';
import { buildReview } from '../core/review/buildReview';
import { withCheckResult } from '../core/sources/checkResult';
import { loadingReview, type DraftReview, type ReviewItem } from '../core/review/types';
import { readConfig, type FactCheckConfig } from './config';
import { EditorName } from './editorName';
import type { HostPlatform } from './platform';
import type { ReviewService, SourceInput } from './reviewService';
import type { DraftState } from './storage/draftState';
import { SidecarStore } from './storage/sidecarStore';
import { draftFileName, isSidecarPath } from './storage/sidecarLocation';
import { UNTITLED_HOLD_MS, UntitledCarryOver } from './storage/untitledCarryOver';
import { ClaimDetector } from './detection/claimDetector';
import { hostSliceClock, visibleOffsets } from './detection/visibleOffsets';

interface ClaimCache {
  version: number;
  claims: Claim[];
  /** A large draft's first detection is still running in slices: claims are partial. */
  counting: boolean;
}

interface ReviewCache {
  version: number;
  revision: number;
  storeError: string | undefined;
  review: DraftReview;
}

/**
 * The ReviewService over the claim engine and the sidecar store. Keeps the hot path cheap:
 * a keystroke only shifts annotation offsets; claims are detected lazily in getReview, cached per
 * URI + version.
 */
/** Settings that change which documents are drafts or what the engine reports. */
const DETECTION_SETTINGS = ['factCheck.languages', 'factCheck.kinds', 'factCheck.minScore', 'factCheck.extraCuePhrases', 'factCheck.ignorePhrases'];

export class DraftReviewService implements ReviewService {
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeReview = this.changeEmitter.event;

  private config: FactCheckConfig = readConfig();
  private readonly claims = new Map<string, ClaimCache>();
  /** Per document: remembers paragraphs, so after an edit only the changed one is analysed again. */
  private readonly analyzers = new Map<string, ClaimAnalyzer>();
  /** Runs the first detection of a large draft in slices, visible paragraphs first. */
  private readonly detector = new ClaimDetector(hostSliceClock);
  private readonly reviews = new Map<string, ReviewCache>();
  private readonly editorName: EditorName;
  private readonly store: SidecarStore;
  private readonly untitled = new UntitledCarryOver();
  /** Last text of each untitled draft: VS Code empties the buffer before closing it on save. */
  private readonly untitledTexts = new Map<string, string>();
  /** When each open document was opened: a just-saved untitled draft is the newest file with its text. */
  private readonly openedAt = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    _context: vscode.ExtensionContext,
    platform: HostPlatform,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.editorName = new EditorName(platform.userNames);
    this.store = new SidecarStore(
      {
        textOf: (draft) => this.openDocument(draft)?.getText(),
        sidecarLocation: () => this.config.sidecarLocation,
        changed: (draft) => this.fire(draft),
      },
      log,
    );
    const ws = vscode.workspace;
    this.disposables.push(
      this.changeEmitter,
      this.editorName,
      this.store,
      ws.onDidOpenTextDocument((d) => this.opened(d)),
      ws.onDidChangeTextDocument((e) => this.edited(e)),
      ws.onDidSaveTextDocument((d) => void this.store.flushDraft(d.uri)),
      ws.onDidCloseTextDocument((d) => this.closed(d)),
      // Pending writes land at the old path before the sidecar moves with its draft.
      ws.onWillRenameFiles((e) => e.waitUntil(this.store.flushAll())),
      ws.onDidRenameFiles((e) => void this.renamed(e.files)),
      ws.onDidChangeConfiguration((e) => this.configChanged(e)),
    );
    for (const document of ws.textDocuments) this.opened(document);
  }

  isDraft(document: vscode.TextDocument): boolean {
    if (!this.config.languages.includes(document.languageId) || isSidecarPath(document.uri)) return false;
    // Real files, untitled buffers and writable virtual file systems; not git history, output or other read-only views.
    const { scheme } = document.uri;
    return scheme === 'file' || scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(scheme) === true;
  }

  getReview(document: vscode.TextDocument): DraftReview {
    const key = document.uri.toString();
    const state = this.store.stateFor(document.uri);
    // Until the sidecar has been read every claim would look unreviewed: show nothing instead.
    if (!state.loaded) return loadingReview(key, document.version);
    const cached = this.reviews.get(key);
    if (cached && cached.version === document.version && cached.revision === state.revision && cached.storeError === state.storeError) {
      return cached.review;
    }
    const review = buildReview({
      uri: key,
      version: document.version,
      claims: this.claimsOf(document),
      annotations: state.annotations,
      minScore: this.config.detect.minScore,
      storeError: state.storeError,
    });
    if (this.claims.get(key)?.counting) review.counting = true;
    this.reviews.set(key, { version: document.version, revision: state.revision, storeError: state.storeError, review });
    return review;
  }

  whenLoaded(document: vscode.TextDocument): Promise<void> {
    return this.store.stateFor(document.uri).ready;
  }

  itemAt(document: vscode.TextDocument, offset: number): ReviewItem | undefined {
    let best: ReviewItem | undefined;
    for (const item of this.getReview(document).items) {
      if (item.start > offset) break;
      if (offset > item.end) continue;
      if (!best || item.end - item.start < best.end - best.start) best = item;
    }
    return best;
  }

  findItem(document: vscode.TextDocument, id: string): ReviewItem | undefined {
    const review = this.getReview(document);
    return review.items.find((i) => i.id === id) ?? review.dismissed.find((i) => i.id === id);
  }

  async setStatus(document: vscode.TextDocument, item: ReviewItem, status: ClaimStatus): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      return this.replace(state, setStatus(current, status, by, now));
    });
  }

  async attachSource(document: vscode.TextDocument, item: ReviewItem, source: SourceInput): Promise<Source> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      const updated = this.replace(state, addSource(current, source, by, now));
      return updated.sources[updated.sources.length - 1];
    });
  }

  async editSource(document: vscode.TextDocument, annotationId: string, sourceId: string, patch: Partial<SourceInput>): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, editSource(this.annotationById(state, annotationId), sourceId, patch, by, now));
    });
  }

  async removeSource(document: vscode.TextDocument, annotationId: string, sourceId: string): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, removeSource(this.annotationById(state, annotationId), sourceId, by, now));
    });
  }

  async setNote(document: vscode.TextDocument, item: ReviewItem, note: string): Promise<void> {
    await this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      this.replace(state, setNote(current, note, by, now));
    });
  }

  async reuseVerification(document: vscode.TextDocument, item: ReviewItem, reused: ReusedVerification): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      return this.replace(state, reuseVerification(current, reused, by, now));
    });
  }

  async markRangeAsClaim(document: vscode.TextDocument, start: number, end: number): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const text = document.getText();
      if (!(start >= 0 && end <= text.length && start < end) || text.slice(start, end).trim() === '') {
        throw new Error(vscode.l10n.t('Select the text of the claim first.'));
      }
      const same = state.annotations.find((a) => !a.orphaned && a.anchor.start === start && a.anchor.end === end);
      if (same) return same;
      // A selection over a detected claim keeps that claim's kind; otherwise it is an event until the editor says more.
      const detected = this.claimsOf(document).find((c) => c.start < end && start < c.end);
      const created = createAnnotation({ text, start, end, kind: detected?.kind ?? 'event', by, now, manual: detected === undefined });
      state.annotations = [...state.annotations, created];
      return created;
    });
  }

  async reattach(document: vscode.TextDocument, annotationId: string, start: number, end: number): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, reattachAnnotation(this.annotationById(state, annotationId), document.getText(), start, end, by, now));
    });
  }

  signOffOf(document: vscode.TextDocument): SignOff | undefined {
    return this.store.stateFor(document.uri).signOff;
  }

  async setSignOff(document: vscode.TextDocument, make: (by: string, now: string) => SignOff | undefined): Promise<SignOff | undefined> {
    return this.change(document, (state, by, now) => {
      state.signOff = make(by, now);
      return state.signOff;
    });
  }

  async importAnnotations(document: vscode.TextDocument, make: (current: SidecarFile, by: string, now: string) => Annotation[]): Promise<Annotation[]> {
    return this.change(document, (state, by, now) => {
      const current: SidecarFile = { version: SIDECAR_VERSION, draft: draftFileName(document.uri), annotations: state.annotations };
      if (state.signOff) current.signOff = state.signOff;
      const ids = new Set(state.annotations.map((a) => a.id));
      const added = make(current, by, now).filter((a) => !ids.has(a.id));
      state.annotations = [...state.annotations, ...added];
      return added;
    });
  }

  rescan(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.detector.cancel(key);
    this.claims.delete(key);
    this.analyzers.delete(key);
    this.reviews.delete(key);
    this.fire(document.uri);
  }

  async flush(): Promise<void> {
    await this.store.flushAll();
  }

  async loadedAnnotations(document: vscode.TextDocument): Promise<readonly Annotation[]> {
    const state = this.store.stateFor(document.uri);
    await state.ready;
    return state.annotations;
  }

  async recordSourceCheck(document: vscode.TextDocument, annotationId: string, checked: Source): Promise<boolean> {
    const state = this.store.stateFor(document.uri);
    await state.ready;
    const annotation = state.annotations.find((a) => a.id === annotationId);
    const current = annotation?.sources.find((s) => s.id === checked.id);
    const updated = current && withCheckResult(current, checked);
    if (!annotation || !updated) return false;
    this.replace(state, { ...annotation, sources: annotation.sources.map((s) => (s.id === checked.id ? updated : s)) });
    this.store.touch(state);
    this.fire(document.uri);
    await this.store.flushDraft(document.uri);
    return true;
  }

  dispose(): void {
    this.untitled.dispose();
    this.detector.cancelAll();
    for (const d of this.disposables) d.dispose();
  }

  // --- claims ---

  private claimsOf(document: vscode.TextDocument): Claim[] {
    const key = document.uri.toString();
    const cached = this.claims.get(key);
    if (cached && cached.version === document.version && !cached.counting) return cached.claims;
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      analyzer = new ClaimAnalyzer(this.detectOptions());
      this.analyzers.set(key, analyzer);
    }
    let claims: Claim[];
    let counting = false;
    try {
      ({ claims, counting } = this.detector.detect(key, {
        analyzer,
        version: document.version,
        text: document.getText(),
        language: draftLanguageOf(document.languageId),
        visible: visibleOffsets(document),
        currentVersion: () => document.version,
        finished: (pass) => {
          this.log.info(
            `Detected ${pass.claims} claims in ${draftFileName(document.uri)} in ${pass.slices} slices over ${Math.round(pass.elapsedMs)} ms; ` +
              `first task ${pass.firstTaskMs.toFixed(1)} ms, longest slice ${pass.longestSliceMs.toFixed(1)} ms`,
          );
          this.claims.delete(key);
          this.fire(document.uri);
        },
      }));
    } catch (error) {
      // A bug in the engine must not take hovers, highlights and the desk down with it: no claims, and a log line.
      this.log.error(`Claim detection failed for ${key}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      claims = [];
    }
    this.claims.set(key, { version: document.version, claims, counting });
    return claims;
  }

  /** minScore is applied in buildReview instead, so an annotated claim below it stays visible. */
  private detectOptions(): DetectOptions {
    return { ...this.config.detect, minScore: 0 };
  }

  // --- annotation changes ---

  /** Runs an editor action on a loaded state with who/when, then announces and schedules the write. */
  private async change<T>(document: vscode.TextDocument, action: (state: DraftState, by: string, now: string) => T): Promise<T> {
    const state = this.store.stateFor(document.uri);
    await state.ready;
    const by = await this.editorName.forDocument(document.uri);
    const before = state.annotations;
    let result: T;
    try {
      result = action(state, by, new Date().toISOString());
    } catch (error) {
      state.annotations = before; // e.g. a rejected source must not leave the annotation created for it
      throw error;
    }
    this.store.touch(state);
    this.fire(document.uri);
    return result;
  }

  private replace(state: DraftState, updated: Annotation): Annotation {
    state.annotations = state.annotations.map((a) => (a.id === updated.id ? updated : a));
    return updated;
  }

  private annotationById(state: DraftState, id: string): Annotation {
    const found = state.annotations.find((a) => a.id === id);
    if (!found) throw new Error(vscode.l10n.t('This claim is no longer annotated (it may have been removed in another window).'));
    return found;
  }

  /** The item's annotation, created first when the item is a detected claim nobody has acted on. */
  private annotationFor(document: vscode.TextDocument, state: DraftState, item: ReviewItem, by: string, now: string): Annotation {
    if (item.annotation) return this.annotationById(state, item.annotation.id);
    // The item may come from an older version of the text: find the claim again in the current one.
    const current = this.findItem(document, item.id) ?? this.getReview(document).items.find((i) => i.text === item.text);
    if (!current) throw new Error(vscode.l10n.t('This claim has changed since it was shown. Try again.'));
    if (current.annotation) return this.annotationById(state, current.annotation.id);
    const created = createAnnotation({ text: document.getText(), start: current.start, end: current.end, kind: current.kind, by, now });
    state.annotations = [...state.annotations, created];
    return created;
  }

  // --- document events ---

  private opened(document: vscode.TextDocument): void {
    if (!this.isDraft(document)) return;
    this.store.stateFor(document.uri);
    this.openedAt.set(document.uri.toString(), Date.now());
    if (document.isUntitled) this.untitledTexts.set(document.uri.toString(), document.getText());
    else this.adoptUntitled(document);
  }

  /** Holds an untitled draft's annotations for the file it is being saved as, and hands them over if that is open. */
  private holdUntitled(text: string, annotations: Annotation[]): void {
    this.untitled.hold(text, annotations);
    // Other open drafts may have the same text (copies); the file just saved is the newest of them.
    let saved: vscode.TextDocument | undefined;
    for (const d of vscode.workspace.textDocuments) {
      if (d.isUntitled || !this.isDraft(d) || d.getText() !== text) continue;
      if (!saved || this.openedTime(d) > this.openedTime(saved)) saved = d;
    }
    if (saved) this.adoptUntitled(saved);
  }

  private openedTime(document: vscode.TextDocument): number {
    return this.openedAt.get(document.uri.toString()) ?? 0;
  }

  /** Gives a draft just saved from an untitled buffer the annotations made before it had a file. */
  private adoptUntitled(document: vscode.TextDocument): void {
    if (!this.untitled.holding || Date.now() - this.openedTime(document) > UNTITLED_HOLD_MS) return;
    const carried = this.untitled.claim(document);
    if (!carried) return;
    const state = this.store.stateFor(document.uri);
    void state.ready.then(() => {
      const ids = new Set(state.annotations.map((a) => a.id));
      state.annotations = [...state.annotations, ...carried.filter((a) => !ids.has(a.id))];
      this.store.touch(state);
      this.fire(document.uri);
    });
  }

  private edited(e: vscode.TextDocumentChangeEvent): void {
    const { document, contentChanges } = e;
    if (contentChanges.length === 0 || !this.isDraft(document)) return;
    const state = this.store.peek(document.uri);
    if (!state) return;
    const previousLength = state.textLength;
    // The new length from the changes themselves: the whole text is only fetched when something needs it.
    state.textLength = contentChanges.reduce((length, c) => length + c.text.length - c.rangeLength, previousLength);
    if (document.isUntitled) {
      const text = document.getText();
      const before = this.untitledTexts.get(document.uri.toString());
      if (text === '' && before !== undefined && state.annotations.length > 0) this.holdUntitled(before, state.annotations);
      this.untitledTexts.set(document.uri.toString(), text);
    } else if (!document.isDirty) {
      // A file draft filled without becoming dirty may be an untitled draft just saved.
      this.adoptUntitled(document);
    }
    if (state.annotations.length > 0) {
      const text = document.getText();
      state.textLength = text.length;
      const replacesAll = contentChanges.length === 1 && contentChanges[0].rangeOffset === 0 && contentChanges[0].rangeLength === previousLength;
      // A reload from disk (the draft changed outside the editor) leaves the document clean: find the claims again.
      const external = replacesAll || (!document.isDirty && e.reason === undefined);
      const by = this.editorName.known(document.uri);
      const now = new Date().toISOString();
      state.annotations = replacesAll
        ? state.annotations
        : applyContentChanges(state.annotations, contentChanges, text, by, now);
      if (external) state.annotations = reanchor(state.annotations, text).annotations;
      this.store.touch(state);
    }
    this.fire(document.uri);
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.detector.cancel(key);
    this.claims.delete(key);
    this.reviews.delete(key);
    this.analyzers.delete(key);
    this.untitledTexts.delete(key);
    this.openedAt.delete(key);
    const state = this.store.peek(document.uri);
    if (state && document.isUntitled && state.annotations.length > 0) this.holdUntitled(document.getText(), state.annotations);
    void this.store.release(document.uri);
  }

  private async renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        await this.store.moveWithDraft(oldUri, newUri);
      } catch (error) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Fact-Check: the annotations of {0} could not be moved: {1}', newUri.path.slice(newUri.path.lastIndexOf('/') + 1), error instanceof Error ? error.message : String(error)),
        );
      }
      this.fire(newUri);
    }
  }

  private configChanged(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('factCheck')) return;
    const locationChanged = e.affectsConfiguration('factCheck.sidecarLocation');
    this.config = readConfig();
    if (locationChanged) void this.store.relocate();
    // Highlight, diagnostics and name settings do not change what is detected: keep the (costly) claim caches.
    const detectionChanged = DETECTION_SETTINGS.some((key) => e.affectsConfiguration(key));
    if (!detectionChanged) return;
    this.detector.cancelAll(); // a pass half done with the old options would mix both
    for (const analyzer of this.analyzers.values()) analyzer.setOptions(this.detectOptions());
    this.claims.clear();
    this.reviews.clear();
    for (const document of vscode.workspace.textDocuments) if (this.isDraft(document)) this.fire(document.uri);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private fire(uri: vscode.Uri): void {
    this.reviews.delete(uri.toString());
    this.changeEmitter.fire(uri);
  }
}
