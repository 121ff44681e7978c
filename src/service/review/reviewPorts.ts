import type { ContentChange } from '../../core/annotations/contentChanges';
import type { DetectOptions } from '../../core/claims';
import type { DraftDocument } from '../../core/document';
import type { OffsetRange, SliceClock } from '../detection/slicedPass';
import type { LogPort, ResourceUri, UserPort, WorkspacePort } from '../ports';
import type { SidecarLocation } from '../storage/sidecarLocation';

/** An open document as the review service sees it: the core's DraftDocument, with its URI and editor state. */
export interface ReviewDocument<U extends ResourceUri> extends DraftDocument {
  readonly resource: U;
  readonly isUntitled: boolean;
  readonly isDirty: boolean;
}

/** One document change event (vscode.TextDocumentChangeEvent). */
export interface DocumentEdit<U extends ResourceUri> {
  readonly document: ReviewDocument<U>;
  readonly contentChanges: readonly ContentChange[];
  /** 'undo' / 'redo', or undefined for typing and reloads from disk. */
  readonly reason: unknown;
}

/** The settings the review service reads (part of the factCheck.* configuration). */
export interface ReviewSettings {
  readonly languages: readonly string[];
  readonly detect: DetectOptions;
  readonly sidecarLocation: SidecarLocation;
}

/** Who is acting on a draft (the factCheck.editorName setting, git's user.name, the account). */
export interface EditorNames<U extends ResourceUri> {
  forDocument(uri: U): Promise<string>;
  /** The name without waiting. */
  known(uri: U): string;
}

/** Everything the review service needs from its host. */
export interface ReviewPorts<U extends ResourceUri> {
  readonly workspace: WorkspacePort<U>;
  readonly user: UserPort<U>;
  readonly log: LogPort;
  readonly editorNames: EditorNames<U>;
  /** The documents open now (vscode.workspace.textDocuments). */
  openDocuments(): Iterable<ReviewDocument<U>>;
  /** True for a scheme whose file system can be written (vscode.workspace.fs.isWritableFileSystem). */
  isWritableScheme(scheme: string): boolean;
  settings(): ReviewSettings;
  /** A draft's review changed: announce it. */
  changed(uri: U): void;
  /** What the editors show of a document, as offsets: a large draft's first detection does these paragraphs first. */
  visibleRanges?(document: ReviewDocument<U>): OffsetRange[];
  /** The clock for sliced detection (tests pass a fake); the host's timers otherwise. */
  readonly sliceClock?: SliceClock;
}
