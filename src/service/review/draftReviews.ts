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
  type SourceFields,
} from '../../core/annotations';
import { ClaimAnalyzer, type Claim, type DetectOptions } from '../../core/claims';
import { draftLanguageOf } from '../../core/document';
import type { SignOff } from '../../core/publish/types';
import { buildReview } from '../../core/review/buildReview';
import { loadingReview, type DraftReview, type ReviewItem } from '../../core/review/types';
import { withCheckResult } from '../../core/sources/checkResult';
import { errorText } from '../../core/util/errorText';
import { fileNameOf } from '../../core/util/fileName';
import { DisposableBase } from '../disposable';
import type { ResourceUri } from '../ports';
import type { DraftState } from '../storage/draftState';
import { draftFileName, isSidecarPath } from '../storage/sidecarLocation';
import { SidecarStore } from '../storage/sidecarStore';
import { UNTITLED_HOLD_MS, UntitledCarryOver } from '../storage/untitledCarryOver';
import { ClaimDetector, hostSliceClock } from '../detection/claimDetector';
import type { DocumentEdit, ReviewDocument, ReviewPorts } from './reviewPorts';

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

/** Settings that change which documents are drafts or what the engine reports. */
export const DETECTION_SETTINGS = [
  'factCheck.languages',
  'factCheck.kinds',
  'factCheck.minScore',
  'factCheck.extraCuePhrases',
  'factCheck.ignorePhrases',
];

/**
 * The review logic over the claim engine and the sidecar store, behind ports (no editor API):
 * keeps the hot path cheap (a keystroke only shifts annotation offsets; claims are detected lazily
 * in getReview, cached per URI + version), carries untitled drafts' annotations over to the file
 * they are saved as, and moves sidecars with renamed drafts. The extension's DraftReviewService
 * feeds it the editor's events; the unit tests feed it an in-memory workspace.
 */
export class DraftReviews<U extends ResourceUri> extends DisposableBase {
  private readonly claims = new Map<string, ClaimCache>();
  /** Per document: remembers paragraphs, so after an edit only the changed one is analysed again. */
  private readonly analyzers = new Map<string, ClaimAnalyzer>();
  /** Runs the first detection of a large draft in slices, visible paragraphs first. */
  private readonly detector: ClaimDetector;
  private readonly reviews = new Map<string, ReviewCache>();
  private readonly store: SidecarStore<U>;
  private readonly untitled: UntitledCarryOver;
  /** Last text of each untitled draft: VS Code empties the buffer before closing it on save. */
  private readonly untitledTexts = new Map<string, string>();
  /** When each open document was opened: a just-saved untitled draft is the newest file with its text. */
  private readonly openedAt = new Map<string, number>();

  constructor(private readonly ports: ReviewPorts<U>) {
    super();
    this.detector = new ClaimDetector(ports.sliceClock ?? hostSliceClock);
    this._register({ dispose: () => this.detector.cancelAll() });
    this.store = this._register(
      new SidecarStore<U>(
        {
          textOf: (draft) => this.openDocument(draft)?.getText(),
          sidecarLocation: () => this.ports.settings().sidecarLocation,
          changed: (draft) => this.fire(draft),
        },
        ports,
      ),
    );
    this.untitled = this._register(new UntitledCarryOver());
  }

  isDraft(document: ReviewDocument<U>): boolean {
    if (!this.ports.settings().languages.includes(document.languageId) || isSidecarPath(document.resource)) return false;
    // Real files, untitled buffers and writable virtual file systems; not git history, output or other read-only views.
    const { scheme } = document.resource;
    return scheme === 'file' || scheme === 'untitled' || this.ports.isWritableScheme(scheme);
  }

  getReview(document: ReviewDocument<U>): DraftReview {
    const key = document.uri;
    const state = this.store.stateFor(document.resource);
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
      minScore: this.ports.settings().detect.minScore,
      storeError: state.storeError,
    });
    if (this.claims.get(key)?.counting) review.counting = true;
    this.reviews.set(key, { version: document.version, revision: state.revision, storeError: state.storeError, review });
    return review;
  }

  whenLoaded(document: ReviewDocument<U>): Promise<void> {
    return this.store.stateFor(document.resource).ready;
  }

  /** True once the draft's sidecar has been read (a draft not seen yet is not). */
  isLoaded(document: ReviewDocument<U>): boolean {
    return this.store.peek(document.resource)?.loaded ?? false;
  }

  itemAt(document: ReviewDocument<U>, offset: number): ReviewItem | undefined {
    let best: ReviewItem | undefined;
    for (const item of this.getReview(document).items) {
      if (item.start > offset) break;
      if (offset > item.end) continue;
      if (!best || item.end - item.start < best.end - best.start) best = item;
    }
    return best;
  }

  findItem(document: ReviewDocument<U>, id: string): ReviewItem | undefined {
    const review = this.getReview(document);
    return review.items.find((i) => i.id === id) ?? review.dismissed.find((i) => i.id === id);
  }

  async setStatus(document: ReviewDocument<U>, item: ReviewItem, status: ClaimStatus): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      return this.replace(state, setStatus(current, status, by, now));
    });
  }

  async attachSource(document: ReviewDocument<U>, item: ReviewItem, source: SourceFields): Promise<Source> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      const updated = this.replace(state, addSource(current, source, by, now));
      return updated.sources[updated.sources.length - 1];
    });
  }

  async editSource(document: ReviewDocument<U>, annotationId: string, sourceId: string, patch: Partial<SourceFields>): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, editSource(this.annotationById(state, annotationId), sourceId, patch, by, now));
    });
  }

  async removeSource(document: ReviewDocument<U>, annotationId: string, sourceId: string): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, removeSource(this.annotationById(state, annotationId), sourceId, by, now));
    });
  }

  async setNote(document: ReviewDocument<U>, item: ReviewItem, note: string): Promise<void> {
    await this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      this.replace(state, setNote(current, note, by, now));
    });
  }

  async reuseVerification(document: ReviewDocument<U>, item: ReviewItem, reused: ReusedVerification): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const current = this.annotationFor(document, state, item, by, now);
      return this.replace(state, reuseVerification(current, reused, by, now));
    });
  }

  async markRangeAsClaim(document: ReviewDocument<U>, start: number, end: number): Promise<Annotation> {
    return this.change(document, (state, by, now) => {
      const text = document.getText();
      if (!(start >= 0 && end <= text.length && start < end) || text.slice(start, end).trim() === '') {
        throw new Error(this.ports.user.messages.selectClaimFirst());
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

  async reattach(document: ReviewDocument<U>, annotationId: string, start: number, end: number): Promise<void> {
    await this.change(document, (state, by, now) => {
      this.replace(state, reattachAnnotation(this.annotationById(state, annotationId), document.getText(), start, end, by, now));
    });
  }

  signOffOf(document: ReviewDocument<U>): SignOff | undefined {
    return this.store.stateFor(document.resource).signOff;
  }

  async setSignOff(document: ReviewDocument<U>, make: (by: string, now: string) => SignOff | undefined): Promise<SignOff | undefined> {
    return this.change(document, (state, by, now) => {
      state.signOff = make(by, now);
      return state.signOff;
    });
  }

  async importAnnotations(
    document: ReviewDocument<U>,
    make: (current: SidecarFile, by: string, now: string) => Annotation[],
  ): Promise<Annotation[]> {
    return this.change(document, (state, by, now) => {
      const current: SidecarFile = { version: SIDECAR_VERSION, draft: draftFileName(document.resource), annotations: state.annotations };
      if (state.signOff) current.signOff = state.signOff;
      const ids = new Set(state.annotations.map((a) => a.id));
      const added = make(current, by, now).filter((a) => !ids.has(a.id));
      state.annotations = [...state.annotations, ...added];
      return added;
    });
  }

  rescan(document: ReviewDocument<U>): void {
    const key = document.uri;
    this.detector.cancel(key);
    this.claims.delete(key);
    this.analyzers.delete(key);
    this.reviews.delete(key);
    this.fire(document.resource);
  }

  async flush(): Promise<void> {
    await this.store.flushAll();
  }

  /** Writes one draft's pending changes now (the document was saved). */
  flushDraft(uri: U): Promise<void> {
    return this.store.flushDraft(uri);
  }

  async loadedAnnotations(document: ReviewDocument<U>): Promise<readonly Annotation[]> {
    const state = this.store.stateFor(document.resource);
    await state.ready;
    return state.annotations;
  }

  async recordSourceCheck(document: ReviewDocument<U>, annotationId: string, checked: Source): Promise<boolean> {
    const state = this.store.stateFor(document.resource);
    await state.ready;
    const annotation = state.annotations.find((a) => a.id === annotationId);
    const current = annotation?.sources.find((s) => s.id === checked.id);
    const updated = current && withCheckResult(current, checked);
    if (!annotation || !updated) return false;
    this.replace(state, { ...annotation, sources: annotation.sources.map((s) => (s.id === checked.id ? updated : s)) });
    this.store.touch(state);
    this.fire(document.resource);
    await this.store.flushDraft(document.resource);
    return true;
  }

  // --- claims ---

  private claimsOf(document: ReviewDocument<U>): Claim[] {
    const key = document.uri;
    const cached = this.claims.get(key);
    if (cached && cached.version === document.version && !cached.counting) return cached.claims;
    const { claims, counting } = this.detect(document);
    this.claims.set(key, { version: document.version, claims, counting });
    return claims;
  }

  /** The one place claims are detected (per-document analyzer, engine failures contained). */
  private detect(document: ReviewDocument<U>): { claims: Claim[]; counting: boolean } {
    const key = document.uri;
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      analyzer = new ClaimAnalyzer(this.detectOptions());
      this.analyzers.set(key, analyzer);
    }
    // More of the draft's claims are ready (the visible ones, or all): features read the review again.
    const newClaims = () => {
      this.claims.delete(key);
      this.fire(document.resource);
    };
    // For the log: how long the draft waited for its first detection (its sidecar is read first).
    const askedAt = Date.now();
    try {
      return this.detector.detect(key, {
        analyzer,
        version: document.version,
        text: document.getText(),
        language: draftLanguageOf(document.languageId),
        visible: this.ports.visibleRanges?.(document) ?? [],
        currentVersion: () => document.version,
        finished: (pass) => {
          const opened = this.openedAt.get(key);
          this.ports.log.info(
            `Detected ${pass.claims} claims in ${draftFileName(document.resource)} in ${pass.slices} slices over ${Math.round(pass.elapsedMs)} ms; ` +
              `first task ${pass.firstTaskMs.toFixed(1)} ms, longest slice ${pass.longestSliceMs.toFixed(1)} ms` +
              (pass.longestSliceCpuMs !== undefined ? ` (CPU ${pass.longestSliceCpuMs.toFixed(1)} ms)` : '') +
              `; ` +
              `the visible claims after ${Math.round(pass.visibleMs)} ms` +
              (opened !== undefined ? `, the pass begun ${Math.max(0, askedAt - opened)} ms after the draft opened` : ''),
          );
          newClaims();
        },
        visibleReady: newClaims,
      });
    } catch (error) {
      // A bug in the engine must not take hovers, highlights and the desk down with it: no claims, and a log line.
      this.ports.log.error(`Claim detection failed for ${key}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { claims: [], counting: false };
    }
  }

  /** minScore is applied in buildReview instead, so an annotated claim below it stays visible. */
  private detectOptions(): DetectOptions {
    return { ...this.ports.settings().detect, minScore: 0 };
  }

  // --- annotation changes ---

  /** Runs an editor action on a loaded state with who/when, then announces and schedules the write. */
  private async change<T>(document: ReviewDocument<U>, action: (state: DraftState<U>, by: string, now: string) => T): Promise<T> {
    const state = this.store.stateFor(document.resource);
    await state.ready;
    const by = await this.ports.editorNames.forDocument(document.resource);
    const before = state.annotations;
    let result: T;
    try {
      result = action(state, by, new Date().toISOString());
    } catch (error) {
      state.annotations = before; // e.g. a rejected source must not leave the annotation created for it
      throw error;
    }
    this.store.touch(state);
    this.fire(document.resource);
    return result;
  }

  private replace(state: DraftState<U>, updated: Annotation): Annotation {
    state.annotations = state.annotations.map((a) => (a.id === updated.id ? updated : a));
    return updated;
  }

  private annotationById(state: DraftState<U>, id: string): Annotation {
    const found = state.annotations.find((a) => a.id === id);
    if (!found) throw new Error(this.ports.user.messages.noLongerAnnotated());
    return found;
  }

  /** The item's annotation, created first when the item is a detected claim nobody has acted on. */
  private annotationFor(document: ReviewDocument<U>, state: DraftState<U>, item: ReviewItem, by: string, now: string): Annotation {
    if (item.annotation) return this.annotationById(state, item.annotation.id);
    // The item may come from an older version of the text: find the claim again in the current one.
    const current = this.findItem(document, item.id) ?? this.getReview(document).items.find((i) => i.text === item.text);
    if (!current) throw new Error(this.ports.user.messages.claimChanged());
    if (current.annotation) return this.annotationById(state, current.annotation.id);
    const created = createAnnotation({ text: document.getText(), start: current.start, end: current.end, kind: current.kind, by, now });
    state.annotations = [...state.annotations, created];
    return created;
  }

  // --- document events ---

  opened(document: ReviewDocument<U>): void {
    if (!this.isDraft(document)) return;
    this.store.stateFor(document.resource);
    this.openedAt.set(document.uri, Date.now());
    if (document.isUntitled) this.untitledTexts.set(document.uri, document.getText());
    else this.adoptUntitled(document);
  }

  /** Holds an untitled draft's annotations for the file it is being saved as, and hands them over if that is open. */
  private holdUntitled(text: string, annotations: Annotation[]): void {
    this.untitled.hold(text, annotations);
    // Other open drafts may have the same text (copies); the file just saved is the newest of them.
    let saved: ReviewDocument<U> | undefined;
    for (const d of this.ports.openDocuments()) {
      if (d.isUntitled || !this.isDraft(d) || d.getText() !== text) continue;
      if (!saved || this.openedTime(d) > this.openedTime(saved)) saved = d;
    }
    if (saved) this.adoptUntitled(saved);
  }

  private openedTime(document: ReviewDocument<U>): number {
    return this.openedAt.get(document.uri) ?? 0;
  }

  /** Gives a draft just saved from an untitled buffer the annotations made before it had a file. */
  private adoptUntitled(document: ReviewDocument<U>): void {
    if (!this.untitled.holding || Date.now() - this.openedTime(document) > UNTITLED_HOLD_MS) return;
    const carried = this.untitled.claim(document);
    if (!carried) return;
    const state = this.store.stateFor(document.resource);
    void state.ready.then(() => {
      const ids = new Set(state.annotations.map((a) => a.id));
      state.annotations = [...state.annotations, ...carried.filter((a) => !ids.has(a.id))];
      this.store.touch(state);
      this.fire(document.resource);
    });
  }

  edited(e: DocumentEdit<U>): void {
    const { document, contentChanges } = e;
    if (contentChanges.length === 0 || !this.isDraft(document)) return;
    const state = this.store.peek(document.resource);
    if (!state) return;
    const previousLength = state.textLength;
    // The new length from the changes themselves: the whole text is only fetched when something needs it.
    state.textLength = contentChanges.reduce((length, c) => length + c.text.length - c.rangeLength, previousLength);
    if (document.isUntitled) {
      const text = document.getText();
      const before = this.untitledTexts.get(document.uri);
      if (text === '' && before !== undefined && state.annotations.length > 0) this.holdUntitled(before, state.annotations);
      this.untitledTexts.set(document.uri, text);
    } else if (!document.isDirty) {
      // A file draft filled without becoming dirty may be an untitled draft just saved.
      this.adoptUntitled(document);
    }
    if (state.annotations.length > 0) {
      const text = document.getText();
      state.textLength = text.length;
      const replacesAll =
        contentChanges.length === 1 && contentChanges[0].rangeOffset === 0 && contentChanges[0].rangeLength === previousLength;
      // A reload from disk (the draft changed outside the editor) leaves the document clean: find the claims again.
      const external = replacesAll || (!document.isDirty && e.reason === undefined);
      const by = this.ports.editorNames.known(document.resource);
      const now = new Date().toISOString();
      state.annotations = replacesAll ? state.annotations : applyContentChanges(state.annotations, contentChanges, text, by, now);
      if (external) state.annotations = reanchor(state.annotations, text).annotations;
      this.store.touch(state);
    }
    this.fire(document.resource);
  }

  closed(document: ReviewDocument<U>): void {
    const key = document.uri;
    this.claims.delete(key);
    this.reviews.delete(key);
    this.analyzers.delete(key);
    this.untitledTexts.delete(key);
    this.openedAt.delete(key);
    const state = this.store.peek(document.resource);
    if (state && document.isUntitled && state.annotations.length > 0) this.holdUntitled(document.getText(), state.annotations);
    void this.store.release(document.resource);
  }

  async renamed(files: readonly { readonly oldUri: U; readonly newUri: U }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      try {
        await this.store.moveWithDraft(oldUri, newUri);
      } catch (error) {
        this.ports.user.showError(this.ports.user.messages.notMoved(fileNameOf(newUri), errorText(error)));
      }
      this.fire(newUri);
    }
  }

  /**
   * Settings changed (already readable through ports.settings()): `affects` tells which. A new
   * sidecar location re-reads the drafts; only detection settings drop the (costly) claim caches.
   */
  settingsChanged(affects: (section: string) => boolean): void {
    if (!affects('factCheck')) return;
    if (affects('factCheck.sidecarLocation')) void this.store.relocate();
    if (!DETECTION_SETTINGS.some((key) => affects(key))) return;
    this.detector.cancelAll(); // a pass half done with the old options would mix both
    for (const analyzer of this.analyzers.values()) analyzer.setOptions(this.detectOptions());
    this.claims.clear();
    this.reviews.clear();
    for (const document of this.ports.openDocuments()) if (this.isDraft(document)) this.fire(document.resource);
  }

  private openDocument(uri: U): ReviewDocument<U> | undefined {
    const key = uri.toString();
    for (const document of this.ports.openDocuments()) if (document.uri === key) return document;
    return undefined;
  }

  private fire(uri: U): void {
    this.reviews.delete(uri.toString());
    this.ports.changed(uri);
  }
}
