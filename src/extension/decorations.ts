import * as vscode from 'vscode';
import type { DraftReview } from '../core/review/types';
import { afterActivation } from './afterActivation';
import type { DecorationReporter, OffsetRange } from './api';
import { emptyStyleRanges, rangesByStyle, rangesInWindow, STYLE_NAMES, type StyleName } from './claimStyles';
import { ContextKey } from './commandIds';
import type { FactCheckConfig, HighlightStyle } from './config';
import type { ReviewService } from './reviewService';
import { ReviewSettler } from './reviewSettler';
import { DisposableBase } from '../service/disposable';
import type { FactCheckConfiguration } from './configuration';

/** Quiet time after the last keystroke before highlights are recomputed. */
const TYPING_DEBOUNCE_MS = 150;
/** Coalesces bursts of review changes (several annotations saved at once). */
const REVIEW_DEBOUNCE_MS = 15;
/**
 * Above this many claims only those near the visible lines are sent to the editor (re-sent on
 * scroll), and the overview ruler gets one mark per band of lines: sending all 10,000 claims of
 * a 1 MB draft took 150–340 ms per redraw, and a redraw follows every typing pause.
 */
const LARGE_DRAFT_CLAIMS = 1500;
/** Lines above and below the visible ones that are decorated too, so scrolling shows no gap. */
const WINDOW_MARGIN_LINES = 200;
/** Overview ruler marks per style in a large draft (the ruler has a few hundred pixels anyway). */
const RULER_BANDS = 400;

interface ComputedRanges {
  version: number;
  review: DraftReview;
  showUnreviewed: boolean;
  /** The emphasis threshold the ranges were grouped with (undefined: no emphasis). */
  emphasis: number | undefined;
  total: number;
  offsets: Record<StyleName, OffsetRange[]>;
  ranges: Record<StyleName, vscode.Range[]>;
  /** Overview ruler marks for large drafts, made on first use. */
  ruler?: Record<StyleName, vscode.Range[]>;
}

/** The lines (and their offsets) decorated in a large draft's editor. */
interface DrawnWindow {
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
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
      return {
        backgroundColor: color('unverifiedBackground'),
        border: '1px solid',
        borderColor: color('unverifiedBorder'),
        borderRadius: '2px',
      };
    case 'disputed':
      // Thicker bottom edge so disputed differs from flagged by shape too, not only by colour.
      return {
        backgroundColor: color('disputedBackground'),
        borderStyle: 'solid',
        borderWidth: '1px 1px 2px 1px',
        borderColor: color('disputedBorder'),
        borderRadius: '2px',
      };
    case 'verified':
      return { borderStyle: 'none none solid none', borderWidth: '0 0 1px 0', borderColor: color('verifiedUnderline') };
    case 'changed':
      return { border: '1px dashed', borderColor: color('changedSinceVerificationBorder'), borderRadius: '2px' };
    case 'emphasised':
      // A check-first claim: a solid, thicker line and a tint, whatever the unreviewed style.
      return {
        backgroundColor: color('emphasisBackground'),
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color('emphasisUnderline'),
      };
  }
}

const RULER_COLOR: Record<StyleName, string> = {
  unreviewed: 'overviewRulerUnreviewed',
  unverified: 'overviewRulerUnverified',
  disputed: 'overviewRulerDisputed',
  verified: 'overviewRulerVerified',
  changed: 'overviewRulerUnverified',
  emphasised: 'overviewRulerUnreviewed',
};

/**
 * Draws claim highlights in visible draft editors. Recomputes at most once per document
 * version and review; while typing it leaves the old highlights in place (VS Code shifts them
 * with the text) and redraws once the typing pauses, so nothing flickers.
 */
export class ClaimDecorator extends DisposableBase implements DecorationReporter {
  private types: Record<StyleName, vscode.TextEditorDecorationType> | undefined;
  /** Ruler-only types for large drafts, whose text decorations cover only the visible window. */
  private rulerTypes: Record<StyleName, vscode.TextEditorDecorationType> | undefined;
  private readonly windows = new Map<vscode.TextEditor, DrawnWindow>();
  private config: FactCheckConfig;
  private sessionVisible = true;
  private readonly cache = new Map<string, ComputedRanges>();
  /** What is drawn per URI, for rangesFor. */
  private readonly applied = new Map<string, Record<StyleName, OffsetRange[]>>();
  private readonly settler: ReviewSettler;

  constructor(
    private readonly review: ReviewService,
    private readonly settings: FactCheckConfiguration,
  ) {
    super();
    this.config = settings.current;
    this.types = this.createTypes();
    this.rulerTypes = this.createRulerTypes();
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DEBOUNCE_MS, changeMs: REVIEW_DEBOUNCE_MS }, (document) =>
      this.redraw(document),
    );
    this._register(
      this.settler,
      vscode.window.onDidChangeVisibleTextEditors(() => this.redrawVisible()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      settings.onDidChange(() => this.reconfigure()),
    );
    void this.publishVisibility();
    this._register(afterActivation(() => this.redrawVisible()));
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
    for (const editor of [...this.windows.keys()]) if (!vscode.window.visibleTextEditors.includes(editor)) this.windows.delete(editor);
  }

  /** A large draft scrolled near the edge of its decorated window: decorate the new surroundings. */
  private scrolled(editor: vscode.TextEditor): void {
    const drawn = this.windows.get(editor);
    if (!drawn) return;
    const { first, last } = visibleLines(editor);
    const guard = WINDOW_MARGIN_LINES / 2;
    const nearTop = first < drawn.firstLine + guard && drawn.firstLine > 0;
    const nearBottom = last > drawn.lastLine - guard && drawn.lastLine < editor.document.lineCount - 1;
    if (nearTop || nearBottom) this.draw(editor);
  }

  private redraw(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    const { document } = editor;
    const key = document.uri.toString();
    const { types, rulerTypes } = this;
    if (!types || !rulerTypes) return;
    if (!this.visible || !this.review.isDraft(document)) {
      for (const style of STYLE_NAMES) {
        editor.setDecorations(types[style], []);
        editor.setDecorations(rulerTypes[style], []);
      }
      this.applied.delete(key);
      this.windows.delete(editor);
      return;
    }
    const computed = this.compute(document);
    this.settler.markSettled(document);
    if (computed.total <= LARGE_DRAFT_CLAIMS) {
      for (const style of STYLE_NAMES) {
        editor.setDecorations(types[style], computed.ranges[style]);
        if (this.windows.has(editor)) editor.setDecorations(rulerTypes[style], []);
      }
      this.windows.delete(editor);
      this.applied.set(key, computed.offsets);
      return;
    }
    const drawn = windowAround(editor);
    const shown = emptyStyleRanges();
    const ruler = (computed.ruler ??= rulerMarks(document, computed.ranges));
    for (const style of STYLE_NAMES) {
      const indexes = rangesInWindow(computed.offsets[style], drawn.start, drawn.end);
      editor.setDecorations(
        types[style],
        indexes.map((i) => computed.ranges[style][i]),
      );
      editor.setDecorations(rulerTypes[style], ruler[style]);
      shown[style] = indexes.map((i) => computed.offsets[style][i]);
    }
    this.windows.set(editor, drawn);
    this.applied.set(key, shown);
  }

  private compute(document: vscode.TextDocument): ComputedRanges {
    const key = document.uri.toString();
    const review = this.review.getReview(document);
    const cached = this.cache.get(key);
    const emphasis = this.config.highlightEmphasis === 'score' ? this.config.triageMinScore : undefined;
    if (
      cached &&
      cached.version === document.version &&
      cached.review === review &&
      cached.showUnreviewed === this.config.showUnreviewed &&
      cached.emphasis === emphasis
    )
      return cached;
    const offsets = rangesByStyle(review.items, this.config.showUnreviewed, emphasis);
    const ranges = {} as Record<StyleName, vscode.Range[]>;
    for (const style of STYLE_NAMES) {
      ranges[style] = offsets[style].map((r) => new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)));
    }
    const total = STYLE_NAMES.reduce((n, style) => n + offsets[style].length, 0);
    const computed: ComputedRanges = {
      version: document.version,
      review,
      showUnreviewed: this.config.showUnreviewed,
      emphasis,
      total,
      offsets,
      ranges,
    };
    this.cache.set(key, computed);
    return computed;
  }

  private forget(key: string): void {
    this.cache.delete(key);
    this.applied.delete(key);
  }

  private reconfigure(): void {
    const previous = this.config;
    this.config = this.settings.current;
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

  private createRulerTypes(): Record<StyleName, vscode.TextEditorDecorationType> {
    const types = {} as Record<StyleName, vscode.TextEditorDecorationType>;
    for (const style of STYLE_NAMES) {
      types[style] = vscode.window.createTextEditorDecorationType({
        overviewRulerColor: color(RULER_COLOR[style]),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
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

  override dispose(): void {
    this.disposeTypes();
    if (this.rulerTypes) for (const style of STYLE_NAMES) this.rulerTypes[style].dispose();
    this.rulerTypes = undefined;
    this.windows.clear();
    this.cache.clear();
    this.applied.clear();
    super.dispose();
  }
}

function cloneRanges(ranges: Record<StyleName, OffsetRange[]>): Record<StyleName, OffsetRange[]> {
  const copy = emptyStyleRanges();
  for (const style of STYLE_NAMES) copy[style] = ranges[style].map((r) => ({ ...r }));
  return copy;
}

function visibleLines(editor: vscode.TextEditor): { first: number; last: number } {
  const visible = editor.visibleRanges;
  if (visible.length === 0) return { first: editor.selection.active.line, last: editor.selection.active.line };
  return { first: visible[0].start.line, last: visible[visible.length - 1].end.line };
}

/** The visible lines plus a margin, as lines and offsets. */
function windowAround(editor: vscode.TextEditor): DrawnWindow {
  const { document } = editor;
  const { first, last } = visibleLines(editor);
  const firstLine = Math.max(0, first - WINDOW_MARGIN_LINES);
  const lastLine = Math.min(document.lineCount - 1, last + WINDOW_MARGIN_LINES);
  return {
    firstLine,
    lastLine,
    start: document.offsetAt(new vscode.Position(firstLine, 0)),
    end: document.offsetAt(document.lineAt(lastLine).range.end),
  };
}

/** One full-line mark per band of lines holding claims of a style, for the overview ruler of a large draft. */
function rulerMarks(document: vscode.TextDocument, ranges: Record<StyleName, vscode.Range[]>): Record<StyleName, vscode.Range[]> {
  const band = Math.max(1, Math.ceil(document.lineCount / RULER_BANDS));
  const marks = {} as Record<StyleName, vscode.Range[]>;
  for (const style of STYLE_NAMES) {
    marks[style] = [];
    let lastBand = -1;
    for (const range of ranges[style]) {
      const current = Math.floor(range.start.line / band);
      if (current === lastBand) continue;
      lastBand = current;
      marks[style].push(document.lineAt(range.start.line).range);
    }
  }
  return marks;
}
