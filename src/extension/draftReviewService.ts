import * as vscode from 'vscode';
import type { Annotation, ClaimStatus, ReusedVerification, SidecarFile, Source } from '../core/annotations';
import type { SignOff } from '../core/publish/types';
import type { DraftReview, ReviewItem } from '../core/review/types';
import { DisposableBase } from '../service/disposable';
import { DraftReviews } from '../service/review/draftReviews';
import type { ReviewDocument } from '../service/review/reviewPorts';
import type { FactCheckConfiguration } from './configuration';
import { visibleOffsets } from './detection/visibleOffsets';
import { EditorName } from './editorName';
import type { HostPlatform } from './platform';
import type { ReviewService, SourceInput } from './reviewService';
import { vscodeUser, vscodeWorkspace } from './workspacePorts';

/**
 * The ReviewService for the editor: a thin adapter that feeds VS Code's document, rename and
 * configuration events to the service layer's DraftReviews (src/service/review), which holds the
 * logic behind ports, and turns vscode.TextDocuments into its ReviewDocuments.
 */
export class DraftReviewService extends DisposableBase implements ReviewService {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChangeReview = this.changeEmitter.event;
  private readonly reviews: DraftReviews<vscode.Uri>;
  /** One adapter per open document, so the hot path allocates nothing. */
  private readonly documents = new WeakMap<vscode.TextDocument, ReviewDocument<vscode.Uri>>();

  constructor(platform: HostPlatform, config: FactCheckConfiguration, log: vscode.LogOutputChannel) {
    super();
    const editorNames = this._register(new EditorName(platform.userNames, config));
    this.reviews = new DraftReviews<vscode.Uri>({
      workspace: vscodeWorkspace,
      user: vscodeUser,
      log,
      editorNames,
      openDocuments: () => vscode.workspace.textDocuments.map((d) => this.draftOf(d)),
      isWritableScheme: (scheme) => vscode.workspace.fs.isWritableFileSystem(scheme) === true,
      settings: () => config.current,
      changed: (uri) => this.changeEmitter.fire(uri),
      visibleRanges: (draft) => visibleOffsets(draft.uri),
    });
    this._register(this.reviews);
    const ws = vscode.workspace;
    this._register(ws.onDidOpenTextDocument((d) => this.reviews.opened(this.draftOf(d))));
    this._register(
      ws.onDidChangeTextDocument((e) =>
        this.reviews.edited({ document: this.draftOf(e.document), contentChanges: e.contentChanges, reason: e.reason }),
      ),
    );
    this._register(ws.onDidSaveTextDocument((d) => void this.reviews.flushDraft(d.uri)));
    this._register(ws.onDidCloseTextDocument((d) => this.reviews.closed(this.draftOf(d))));
    // Pending writes land at the old path before the sidecar moves with its draft.
    this._register(ws.onWillRenameFiles((e) => e.waitUntil(this.reviews.flush())));
    this._register(ws.onDidRenameFiles((e) => void this.reviews.renamed(e.files)));
    this._register(config.onDidChange((e) => this.reviews.settingsChanged((section) => e.affectsConfiguration(section))));
    for (const document of ws.textDocuments) this.reviews.opened(this.draftOf(document));
  }

  isDraft(document: vscode.TextDocument): boolean {
    return this.reviews.isDraft(this.draftOf(document));
  }

  getReview(document: vscode.TextDocument): DraftReview {
    return this.reviews.getReview(this.draftOf(document));
  }

  whenLoaded(document: vscode.TextDocument): Promise<void> {
    return this.reviews.whenLoaded(this.draftOf(document));
  }

  isLoaded(document: vscode.TextDocument): boolean {
    return this.reviews.isLoaded(this.draftOf(document));
  }

  itemAt(document: vscode.TextDocument, offset: number): ReviewItem | undefined {
    return this.reviews.itemAt(this.draftOf(document), offset);
  }

  findItem(document: vscode.TextDocument, id: string): ReviewItem | undefined {
    return this.reviews.findItem(this.draftOf(document), id);
  }

  setStatus(document: vscode.TextDocument, item: ReviewItem, status: ClaimStatus): Promise<Annotation> {
    return this.reviews.setStatus(this.draftOf(document), item, status);
  }

  attachSource(document: vscode.TextDocument, item: ReviewItem, source: SourceInput): Promise<Source> {
    return this.reviews.attachSource(this.draftOf(document), item, source);
  }

  editSource(document: vscode.TextDocument, annotationId: string, sourceId: string, patch: Partial<SourceInput>): Promise<void> {
    return this.reviews.editSource(this.draftOf(document), annotationId, sourceId, patch);
  }

  removeSource(document: vscode.TextDocument, annotationId: string, sourceId: string): Promise<void> {
    return this.reviews.removeSource(this.draftOf(document), annotationId, sourceId);
  }

  setNote(document: vscode.TextDocument, item: ReviewItem, note: string): Promise<void> {
    return this.reviews.setNote(this.draftOf(document), item, note);
  }

  reuseVerification(document: vscode.TextDocument, item: ReviewItem, reused: ReusedVerification): Promise<Annotation> {
    return this.reviews.reuseVerification(this.draftOf(document), item, reused);
  }

  markRangeAsClaim(document: vscode.TextDocument, start: number, end: number): Promise<Annotation> {
    return this.reviews.markRangeAsClaim(this.draftOf(document), start, end);
  }

  reattach(document: vscode.TextDocument, annotationId: string, start: number, end: number): Promise<void> {
    return this.reviews.reattach(this.draftOf(document), annotationId, start, end);
  }

  signOffOf(document: vscode.TextDocument): SignOff | undefined {
    return this.reviews.signOffOf(this.draftOf(document));
  }

  setSignOff(document: vscode.TextDocument, make: (by: string, now: string) => SignOff | undefined): Promise<SignOff | undefined> {
    return this.reviews.setSignOff(this.draftOf(document), make);
  }

  importAnnotations(
    document: vscode.TextDocument,
    make: (current: SidecarFile, by: string, now: string) => Annotation[],
  ): Promise<Annotation[]> {
    return this.reviews.importAnnotations(this.draftOf(document), make);
  }

  rescan(document: vscode.TextDocument): void {
    this.reviews.rescan(this.draftOf(document));
  }

  flush(): Promise<void> {
    return this.reviews.flush();
  }

  loadedAnnotations(document: vscode.TextDocument): Promise<readonly Annotation[]> {
    return this.reviews.loadedAnnotations(this.draftOf(document));
  }

  recordSourceCheck(document: vscode.TextDocument, annotationId: string, checked: Source): Promise<boolean> {
    return this.reviews.recordSourceCheck(this.draftOf(document), annotationId, checked);
  }

  private draftOf(document: vscode.TextDocument): ReviewDocument<vscode.Uri> {
    let draft = this.documents.get(document);
    if (!draft) {
      draft = reviewDocumentOf(document);
      this.documents.set(document, draft);
    }
    return draft;
  }
}

/** A vscode.TextDocument as the service's ReviewDocument (live: version, text and dirty state are read when asked). */
function reviewDocumentOf(document: vscode.TextDocument): ReviewDocument<vscode.Uri> {
  const uri = document.uri.toString();
  return {
    uri,
    resource: document.uri,
    get version() {
      return document.version;
    },
    get languageId() {
      return document.languageId;
    },
    get isUntitled() {
      return document.isUntitled;
    },
    get isDirty() {
      return document.isDirty;
    },
    getText: () => document.getText(),
  };
}
