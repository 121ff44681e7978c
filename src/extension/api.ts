import type * as vscode from 'vscode';
import type { DraftReview } from '../core/review/types';
import type { ReviewService } from './reviewService';

/** An applied decoration range, as offsets into the document. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * Returned from activate() so integration tests (and other extensions) can read real state:
 * the extension API cannot read decorations back, so the decorator reports what it applied.
 */
export interface FactCheckApi {
  readonly review: ReviewService;
  /** The review for an open document, or undefined when it is not a draft. */
  getReview(uri: vscode.Uri): DraftReview | undefined;
  /** Ranges currently decorated in visible editors of uri, per style name (unreviewed, unverified, disputed, verified, changed). */
  getDecorationRanges(uri: vscode.Uri): Record<string, OffsetRange[]>;
  /** Writes pending sidecar changes now. */
  flush(): Promise<void>;
}

/** Implemented by the decorator; lets the API report what is drawn without a dependency cycle. */
export interface DecorationReporter {
  rangesFor(uri: vscode.Uri): Record<string, OffsetRange[]>;
}
