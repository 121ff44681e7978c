import * as vscode from 'vscode';
import type { DraftReview } from '../core/review/types';
import type { DecorationReporter, OffsetRange } from './api';
import { emptyStyleRanges, rangesByStyle, STYLE_NAMES, type StyleName } from './claimStyles';
import { ContextKey } from './commandIds';
import { readConfig, type HighlightStyle } from './config';
import type { ReviewService } from './reviewService';
import { ReviewSettler } from './reviewSettler';

/** Quiet time after the last keystroke before highlights are recomputed. */
const TYPING_DEBOUNCE_MS = 150;
/** Coalesces bursts of review changes (several annotations saved at once). */
const REVIEW_DEBOUNCE_MS = 15;

interface ComputedRanges {
  version: number;
  review: DraftReview;
  showUnreviewed: boolean;
  offsets: Record<StyleName, OffsetRange[]>;
  ranges: Record<StyleName, vscode.Range[]>;
}

const color = (id: string) => new vscode.ThemeColor(`factCheck.${id}`);

function unreviewedLook(style: HighlightStyle): vscode.DecorationRenderOptions {
  switch (style) {
    case 'background':
      return { backgroundColor: color('unreviewedBackground'), borderRadius: '2px' };
    case 'border':
      return { border: '1px solid', borderColor: color('unreviewedUnderline'), borderRadius: '2px' };
    case 'underline':
      // A bottom border, not text-decoration: only border colours accept theme colours.
      return { borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('unreviewedUnderline') };
  }
}

function lookOf(style: StyleName, unreviewed: HighlightStyle): vscode.DecorationRenderOptions {
  switch (style) {
    case 'unreviewed':
      return unreviewedLook(unreviewed);
    case 'unverified':
      return { backgroundColor: color('unverifiedBackground'), border: '1px solid', borderColor: color('unverifiedBorder'), borderRadius: '2px' };
    case 'disputed':
      // Thicker bottom edge so disputed differs from flagged by shape too, not only by colour.
      return { backgroundColor: color('disputedBackground'), borderStyle: 'solid', borderWidth: '1px 1px 2px 1px', borderColor: color('disputedBorder'), borderRadius: '2px' };
    case 'verified':
      return { borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', borderColor: color('verifiedUnderline') };
    case 'changed':
      return { border: '1px dashed', borderColor: color('changedSinceVerificationBorder'), borderRadius: '2px' };
  }
}

const RULER_COLOR: Record<StyleName, string> = {
  unreviewed: 'overviewRulerUnreviewed',
  unverified: 'overviewRulerUnverified',
  disputed: 'overviewRulerDisputed',
  verified: 'overviewRulerVerified',
  changed: 'overviewRulerUnverified',
};

/**
 * Draws claim highlights in visible draft editors. Recomputes at most once per document
 * version and review; while typing it leaves the old highlights in place (VS Code shifts them
 * with the text) and redraws once the typing pauses, so nothing flickers.
 */
export class ClaimDecorator implements vscode.Disposable, DecorationReporter {
  private types: Record<StyleName, vscode.TextEditorDecorationType> | undefined;
  private config = readConfig();
  private sessionVisible = true;
  private readonly cache = new Map<string, ComputedRanges>();
  /** What is drawn per URI, for rangesFor. */
  private readonly applied = new Map<string, Record<StyleName, OffsetRange[]>>();
  private readonly settler: ReviewSettler;
  private readonly disposables: vscode.Disposable[] = [];
  /** Duration of the last full computation (ms), for benchmarks and the output log. */
  lastComputeMs = 0;

  constructor(private readonly review: ReviewService) {
    this.types = this.createTypes();
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DEBOUNCE_MS, changeMs: REVIEW_DEBOUNCE_MS }, (document) => this.redraw(document));
    this.disposables.push(
      this.settler,
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factCheck')) this.reconfigure();
      }),
    );
    void this.publishVisibility();
    this.redrawVisible();
  }

  /** True when highlights are drawn (setting on and not hidden for this session). */
  get visible(): boolean {
    return this.config.highlightsEnabled && this.sessionVisible;
  }

  /** Hides or shows highlights for this session (factCheck.toggleHighlights). */
  toggle(): boolean {
    this.sessionVisible = !this.sessionVisible;
    void this.publishVisibility();
    this.redrawVisible();
    return this.visible;
  }

  rangesFor(uri: vscode.Uri): Record<string, OffsetRange[]> {
    const drawn = this.applied.get(uri.toString());
    return drawn ? cloneRanges(drawn) : {};
  }

  /** Redraws every visible editor now (from the cache when nothing changed). */
  redrawVisible(): void {
    const shown = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      shown.add(editor.document.uri.toString());
      this.draw(editor);
    }
    for (const key of [...this.applied.keys()]) if (!shown.has(key)) this.applied.delete(key);
  }

  private redraw(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const { document } = editor;
    const key = document.uri.toString();
    const types = this.types;
    if (!types) return;
    if (!this.visible || !this.review.isDraft(document)) {
      for (const style of STYLE_NAMES) editor.setDecorations(types[style], []);
      this.applied.delete(key);
      return;
    }
    const t0 = performance.now();
    const computed = this.compute(document);
    const t1 = performance.now();
    this.settler.markSettled(document);
    for (const style of STYLE_NAMES) editor.setDecorations(types[style], computed.ranges[style]);
    this.applied.set(key, computed.offsets);
    if (document.getText().length > 100000) console.log(`DBGDRAW ${Date.now() % 100000} v${document.version} compute ${(t1 - t0).toFixed(0)} set ${(performance.now() - t1).toFixed(0)}`);
  }

  private compute(document: vscode.TextDocument): ComputedRanges {
    const key = document.uri.toString();
    const review = this.review.getReview(document);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.review === review && cached.showUnreviewed === this.config.showUnreviewed) return cached;
    const started = performance.now();
    const offsets = rangesByStyle(review.items, this.config.showUnreviewed);
    const ranges = {} as Record<StyleName, vscode.Range[]>;
    for (const style of STYLE_NAMES) {
      ranges[style] = offsets[style].map((r) => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)));
    }
    const computed: ComputedRanges = { version: document.version, review, showUnreviewed: this.config.showUnreviewed, offsets, ranges };
    this.cache.set(key, computed);
    this.lastComputeMs = performance.now() - started;
    return computed;
  }

  private forget(key: string): void {
    this.cache.delete(key);
    this.applied.delete(key);
  }

  private reconfigure(): void {
    const previous = this.config;
    this.config = readConfig();
    if (previous.highlightStyle !== this.config.highlightStyle) {
      // Decoration types are immutable: replace them (disposing removes the old highlights).
      this.disposeTypes();
      this.types = this.createTypes();
    }
    void this.publishVisibility();
    this.redrawVisible();
  }

  private createTypes(): Record<StyleName, vscode.TextEditorDecorationType> {
    const types = {} as Record<StyleName, vscode.TextEditorDecorationType>;
    for (const style of STYLE_NAMES) {
      types[style] = vscode.window.createTextEditorDecorationType({
        ...lookOf(style, this.config.highlightStyle),
        overviewRulerColor: color(RULER_COLOR[style]),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    }
    return types;
  }

  private disposeTypes(): void {
    if (this.types) for (const style of STYLE_NAMES) this.types[style].dispose();
    this.types = undefined;
  }

  private publishVisibility(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', ContextKey.HighlightsVisible, this.visible);
  }

  dispose(): void {
    this.disposeTypes();
    for (const d of this.disposables) d.dispose();
    this.cache.clear();
    this.applied.clear();
  }
}

function cloneRanges(ranges: Record<StyleName, OffsetRange[]>): Record<StyleName, OffsetRange[]> {
  const copy = emptyStyleRanges();
  for (const style of STYLE_NAMES) copy[style] = ranges[style].map((r) => ({ ...r }));
  return copy;
}
