import type * as vscode from 'vscode';
import type { SourceFields } from '../core/annotations';
import type { Annotation, ClaimStatus, Source } from '../core/annotations/types';
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
  /** Creates a manual annotation for a span the engine missed. */
  markRangeAsClaim(document: vscode.TextDocument, start: number, end: number): Promise<Annotation>;
  /** Re-attaches an orphaned annotation to a new span. */
  reattach(document: vscode.TextDocument, annotationId: string, start: number, end: number): Promise<void>;
  /** Drops cached claims for the document and detects again. */
  rescan(document: vscode.TextDocument): void;
  /** Writes every pending sidecar change now. */
  flush(): Promise<void>;
}
