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
 * Returned from activate() for other extensions: read claims and reviews, and write pending changes.
 * The stable, public part; the test hooks are in FactCheckTestApi.
 */
export interface FactCheckApi {
  readonly review: ReviewService;
  /** The review for an open document, or undefined when it is not a draft or its sidecar is still being read. */
  getReview(uri: vscode.Uri): DraftReview | undefined;
  /** Writes pending sidecar changes now. */
  flush(): Promise<void>;
}

/**
 * What activate() returns only when the extension runs in test mode (context.extensionMode is
 * ExtensionMode.Test: the integration and web suites): hooks for tests and benchmarks, not an API.
 * The extension API cannot read decorations back, so the decorator reports what it applied.
 */
export interface FactCheckTestApi extends FactCheckApi {
  /** Ranges currently decorated in visible editors of uri, per style name (unreviewed, unverified, disputed, verified, changed). */
  getDecorationRanges(uri: vscode.Uri): Record<string, OffsetRange[]>;
  /** The claim-count status bar text for the active editor, or undefined while it is hidden (not a draft). */
  getStatusBarText(): string | undefined;
  /** The Fact-Check desk's host side. */
  readonly desk: DeskTestApi;
  /** The Drafts overview's host side. */
  readonly drafts: DraftsTestApi;
  /** How long activate() took (performance.now() clock of the extension host) and in which build. */
  readonly activation: ActivationTiming;
  /** The claim library and per-draft insights. */
  readonly library: LibraryTestApi;
}

/** The public API, with the test hooks only in test mode (hooks is not even called otherwise). */
export function withTestHooks(
  api: FactCheckApi,
  testMode: boolean,
  hooks: () => Omit<FactCheckTestApi, keyof FactCheckApi>,
): FactCheckApi | FactCheckTestApi {
  return testMode ? { ...api, ...hooks() } : api;
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
