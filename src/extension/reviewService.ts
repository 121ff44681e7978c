import type * as vscode from 'vscode';
import type { SourceFields } from '../core/annotations';
import type { ReusedVerification } from '../core/annotations/model';
import type { Annotation, ClaimStatus, SidecarFile, Source } from '../core/annotations/types';
import type { SignOff } from '../core/publish/types';
import type { DraftReview, ReviewItem } from '../core/review/types';

/** What an editor types when attaching a source (validated by the service too): the core's SourceFields. */
export type SourceInput = SourceFields;

/**
 * The one place feature code (decorations, hover, commands, sidebar, …) reads claims
 * and changes annotations. Implemented by DraftReviewService over the claim engine and
 * the annotation store; features never touch the store or the engine directly.
 */
export interface ReviewService extends vscode.Disposable {
  /** Fires with the document URI whenever its review changes (rescan, annotation change, external sidecar change). */
  readonly onDidChangeReview: vscode.Event<vscode.Uri>;
  /** True for documents whose language is in factCheck.languages and whose scheme is file or untitled (or another writable fs). */
  isDraft(document: vscode.TextDocument): boolean;
  /** Claims, dismissed claims and orphans for the document's current version; cached by URI + version. */
  getReview(document: vscode.TextDocument): DraftReview;
  /** Resolves once the draft's sidecar has been read (or found absent); until then getReview is a loading review with no items. */
  whenLoaded(document: vscode.TextDocument): Promise<void>;
  /** True once the draft's sidecar has been read (or found absent): getReview then shows statuses. */
  isLoaded(document: vscode.TextDocument): boolean;
  /** The claim containing the offset (end inclusive), innermost first. */
  itemAt(document: vscode.TextDocument, offset: number): ReviewItem | undefined;
  /** Look up an item by id in the current review. */
  findItem(document: vscode.TextDocument, id: string): ReviewItem | undefined;

  setStatus(document: vscode.TextDocument, item: ReviewItem, status: ClaimStatus): Promise<Annotation>;
  /** Throws an Error with a user-readable message when the URL is not http(s) or the title is empty. */
  attachSource(document: vscode.TextDocument, item: ReviewItem, source: SourceInput): Promise<Source>;
  editSource(document: vscode.TextDocument, annotationId: string, sourceId: string, patch: Partial<SourceInput>): Promise<void>;
  removeSource(document: vscode.TextDocument, annotationId: string, sourceId: string): Promise<void>;
  setNote(document: vscode.TextDocument, item: ReviewItem, note: string): Promise<void>;
  /** Copies another draft's status and sources onto the claim (claim library), recording a `reused` history entry. */
  reuseVerification(document: vscode.TextDocument, item: ReviewItem, reused: ReusedVerification): Promise<Annotation>;
  /** Creates a manual annotation for a span the engine missed. */
  markRangeAsClaim(document: vscode.TextDocument, start: number, end: number): Promise<Annotation>;
  /** Re-attaches an orphaned annotation to a new span. */
  reattach(document: vscode.TextDocument, annotationId: string, start: number, end: number): Promise<void>;
  /** The draft's sign-off as held by the store (undefined when not signed off or not loaded yet). */
  signOffOf(document: vscode.TextDocument): SignOff | undefined;
  /** Records (or, with undefined, revokes) the sign-off through the store; make gets the editor's name and the time. */
  setSignOff(document: vscode.TextDocument, make: (by: string, now: string) => SignOff | undefined): Promise<SignOff | undefined>;
  /**
   * Adds annotations from elsewhere (an import) through the store: make gets the current sidecar content, the
   * editor's name and the time, and returns the merged annotations; only those with new ids are added, so none is ever overwritten.
   */
  importAnnotations(
    document: vscode.TextDocument,
    make: (current: SidecarFile, by: string, now: string) => Annotation[],
  ): Promise<Annotation[]>;
  /** Drops cached claims for the document and detects again. */
  rescan(document: vscode.TextDocument): void;
  /** Writes every pending sidecar change now. */
  flush(): Promise<void>;
  /** The draft's annotations once its sidecar has been read. */
  loadedAnnotations(document: vscode.TextDocument): Promise<readonly Annotation[]>;
  /**
   * Records a source check's result on the source (its check fields only; no history entry,
   * updatedAt unchanged: checking is not an editorial change) and writes the sidecar at once.
   * False when the source is gone or its URL changed meanwhile.
   */
  recordSourceCheck(document: vscode.TextDocument, annotationId: string, checked: Source): Promise<boolean>;
}
