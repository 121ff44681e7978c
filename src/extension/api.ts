import type * as vscode from 'vscode';
import type { DraftReview } from '../core/review/types';
import type { DraftInsight } from './library/draftInsights';
import type { ReviewService } from './reviewService';
import type { DraftsTestApi } from './drafts/draftsView';
import type { DeskTestApi } from './sidebar/deskViewProvider';

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
  /** The review for an open document, or undefined when it is not a draft or its sidecar is still being read. */
  getReview(uri: vscode.Uri): DraftReview | undefined;
  /** Ranges currently decorated in visible editors of uri, per style name (unreviewed, unverified, disputed, verified, changed). */
  getDecorationRanges(uri: vscode.Uri): Record<string, OffsetRange[]>;
  /** Writes pending sidecar changes now. */
  flush(): Promise<void>;
  /** The claim-count status bar text for the active editor, or undefined while it is hidden (not a draft). */
  getStatusBarText(): string | undefined;
  /** The Fact-Check desk's host side, for tests and benchmarks only (not a stable API). */
  readonly desk: DeskTestApi;
  /** The Drafts overview's host side, for tests and benchmarks only (not a stable API). */
  readonly drafts: DraftsTestApi;
  /** How long activate() took (performance.now() clock of the extension host) and in which build, for tests and logs. */
  readonly activation: ActivationTiming;
  /** The claim library and per-draft insights, for tests and benchmarks (not a stable API). */
  readonly library: LibraryTestApi;
}

export interface LibraryTestApi {
  /** Resolves once every sidecar of the workspace and of factCheck.library.paths has been read. */
  whenReady(): Promise<void>;
  /** Reviewed annotations indexed. */
  readonly size: number;
  /** Messages about sidecars or folders that could not be read (each reported once). */
  problems(): string[];
  /** Computes library matches and figures that disagree for an open draft now. */
  settle(uri: vscode.Uri): Promise<DraftInsight | undefined>;
}

/** Implemented by the decorator; lets the API report what is drawn without a dependency cycle. */
export interface DecorationReporter {
  rangesFor(uri: vscode.Uri): Record<string, OffsetRange[]>;
}

export interface ActivationTiming {
  /** performance.now() when activate() was entered. */
  readonly startedAt: number;
  /** Time spent in activate(); the first detection of open drafts runs just after it (see afterActivation.ts). */
  readonly durationMs: number;
  readonly platform: 'desktop' | 'web';
}
