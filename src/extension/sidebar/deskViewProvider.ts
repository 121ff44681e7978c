import * as vscode from 'vscode';
import { isSignOffValid } from '../../core/publish/signOff';
import type { DeskDraft, HostMessage, PerfMessage } from '../../shared/protocol';
import { CommandId, DESK_VIEW_ID } from '../commandIds';
import type { DraftInsights } from '../library/draftInsights';
import { deskInsight } from '../library/deskInsight';
import { readConfig } from '../config';
import type { ReviewService } from '../reviewService';
import { ReviewSettler } from '../reviewSettler';
import type { SidebarRevealChannel, SidebarRevealRequest } from '../sidebarReveal';
import { draftFileName } from '../storage/sidecarLocation';
import { deskHtml, deskResourceRoots } from './deskHtml';
import { DeskMessageHandler, type DeskOutcome } from './deskMessageHandler';
import { translatedDeskStrings } from './deskStrings';
import { DisposableBase } from '../../service/disposable';
import type { FactCheckConfiguration } from '../configuration';

/** Coalesces bursts of annotation changes and cursor moves. */
const UPDATE_DELAY_MS = 100;
/** While typing, a new snapshot (a new detection) waits for this pause, as the editor highlights do. */
const TYPING_DELAY_MS = 150;
/** Panels whose editors must not blank the desk when focused (the output and debug consoles). */
const PANEL_SCHEMES = new Set(['output', 'debug', 'vscode-terminal']);

/** For tests and the benchmark only (exposed on the extension API as `desk`); not a stable API. */
export interface DeskTestApi {
  /** Runs a raw message through the same validation and handling as one posted by the webview. */
  receive(message: unknown): Promise<DeskOutcome>;
  /** Messages posted to the webview, oldest first (the last 200). */
  readonly posted: readonly HostMessage[];
  /** The last init message (strings, settings) posted, kept apart: a long session pushes it out of `posted`. */
  readonly lastInit: HostMessage | undefined;
  /** Timings the webview reported, latest per name. */
  readonly perf: ReadonlyMap<string, PerfMessage>;
  /** The URI of the draft the desk shows, if any. */
  readonly draftUri: string | undefined;
  /** Replaces vscode.env.openExternal (undefined restores it), so tests can see what would open. */
  setOpenExternal(open: ((uri: vscode.Uri) => Thenable<boolean>) | undefined): void;
}

/**
 * The Fact-Check desk: a webview view listing the active draft's claims. Host side of the
 * protocol: sends snapshots (debounced), keeps the list selection in step with the editor cursor,
 * and hands messages to DeskMessageHandler.
 */
export class DeskViewProvider extends DisposableBase implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private draft: vscode.TextDocument | undefined;
  private lastSelectedId: string | undefined;
  /** The document version of the last snapshot sent (so a cursor sync never names a claim the webview lacks). */
  private sentVersion: number | undefined;
  private readonly settler: ReviewSettler;
  /** Messages are kept for the test API only outside production (snapshots of big drafts are large). */
  private readonly recordPosted: boolean;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly postedLog: HostMessage[] = [];
  private lastInit: HostMessage | undefined;
  private readonly perfLog = new Map<string, PerfMessage>();
  private openExternal: (uri: vscode.Uri) => Thenable<boolean> = (uri) => vscode.env.openExternal(uri);
  private readonly handler: DeskMessageHandler;
  private viewDisposables: vscode.Disposable[] = [];

  static register(
    context: vscode.ExtensionContext,
    review: ReviewService,
    reveal: SidebarRevealChannel,
    log: vscode.LogOutputChannel,
    settings: FactCheckConfiguration,
    insights?: DraftInsights,
  ): DeskViewProvider {
    const provider = new DeskViewProvider(
      context.extensionUri,
      review,
      reveal,
      log,
      settings,
      context.extensionMode !== vscode.ExtensionMode.Production,
      insights,
    );
    context.subscriptions.push(
      provider,
      vscode.window.registerWebviewViewProvider(DESK_VIEW_ID, provider, { webviewOptions: { retainContextWhenHidden: false } }),
    );
    return provider;
  }

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly review: ReviewService,
    private readonly reveal: SidebarRevealChannel,
    private readonly log: vscode.LogOutputChannel,
    settings: FactCheckConfiguration,
    recordPosted = false,
    private readonly insights?: DraftInsights,
  ) {
    super();
    this.recordPosted = recordPosted;
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DELAY_MS, changeMs: UPDATE_DELAY_MS }, (document) =>
      this.settled(document),
    );
    this.handler = new DeskMessageHandler({
      review,
      post: (message) => this.post(message),
      onReady: () => this.onReady(),
      onPerf: (message) => this.onPerf(message),
      openExternal: (uri) => this.openExternal(uri),
      log: this.log,
      shownDraft: () => this.draft?.uri.toString(),
      reuse: (arg) => Promise.resolve(vscode.commands.executeCommand(CommandId.ReuseVerification, arg)),
    });
    this.draft = this.draftFor(vscode.window.activeTextEditor, undefined);
    this._register(
      this.settler,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.setDraft(this.draftFor(editor, this.draft))),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.draft) this.setDraft(undefined);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.draft) this.scheduleSelectionSync(event.textEditor);
      }),
      reveal.onDidRequestReveal((request) => this.revealClaim(request)),
      // The triage threshold is part of the snapshot: a new one re-sends it.
      settings.onDidChange((event) => {
        if (event.affectsConfiguration('factCheck.triage')) this.flushUpdate();
      }),
    );
    // Library matches and figures that disagree arrive after the snapshot they belong to: send it again.
    if (insights)
      this._register(insights.onDidChange((uri) => this.draft?.uri.toString() === uri.toString() && this.ready && this.flushUpdate()));
  }

  /** API for tests (see DeskTestApi). */
  get testApi(): DeskTestApi {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const provider = this;
    return {
      receive: (message) => provider.handler.handle(message),
      get posted() {
        return provider.postedLog;
      },
      get lastInit() {
        return provider.lastInit;
      },
      get perf() {
        return provider.perfLog;
      },
      get draftUri() {
        return provider.draft?.uri.toString();
      },
      setOpenExternal(open) {
        provider.openExternal = open ?? ((uri) => vscode.env.openExternal(uri));
      },
    };
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.ready = false;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: deskResourceRoots(this.extensionUri) };
    view.webview.html = deskHtml(view.webview, this.extensionUri);
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((message: unknown) => void this.handler.handle(message)),
      view.onDidDispose(() => {
        this.disposeView();
        this.view = undefined;
        this.ready = false;
      }),
      view.onDidChangeVisibility(() => {
        // Hidden views lose their webview (no retained context); the new one says `ready` again.
        if (!view.visible) this.ready = false;
      }),
    );
  }

  /**
   * Selects a claim in the desk (and opens its detail when asked). The hook behind
   * `factCheck.showSidebar` from a hover; a request made before the view is ready waits for `ready`.
   */
  revealClaim(request: SidebarRevealRequest): void {
    if (!this.ready || !this.draft || this.draft.uri.toString() !== request.uri) return;
    this.reveal.takePending();
    this.flushIfStale(this.draft);
    this.post({ type: 'select', itemId: request.itemId, openDetail: request.openDetail });
  }

  override dispose(): void {
    clearTimeout(this.selectionTimer);
    this.disposeView();
    super.dispose();
  }

  /**
   * The webview (re)loaded: strings, then a snapshot. No cursor sync here: a reloaded view restores its
   * own selection and open claim, which the claim under the cursor must not replace; the next cursor move syncs.
   */
  private onReady(): void {
    this.ready = true;
    this.lastSelectedId = undefined;
    this.post({ type: 'init', strings: translatedDeskStrings() });
    this.flushUpdate();
    const pending = this.reveal.takePending();
    if (pending) this.revealClaim(pending);
  }

  private onPerf(message: PerfMessage): void {
    this.perfLog.set(message.name, message);
    this.log.debug(`Desk: ${message.name} took ${message.ms.toFixed(1)} ms for ${message.count} claims.`);
  }

  /**
   * The draft to show for a newly active editor: a draft editor; the previous draft when focus went to
   * a panel or to no editor (while that draft is still visible); nothing when another file is focused.
   */
  private draftFor(editor: vscode.TextEditor | undefined, previous: vscode.TextDocument | undefined): vscode.TextDocument | undefined {
    if (editor && this.review.isDraft(editor.document)) return editor.document;
    if (editor && !PANEL_SCHEMES.has(editor.document.uri.scheme)) return undefined;
    if (previous && !previous.isClosed && (editor || vscode.window.visibleTextEditors.some((e) => e.document === previous)))
      return previous;
    return undefined;
  }

  private setDraft(document: vscode.TextDocument | undefined): void {
    if (document === this.draft) return;
    this.draft = document;
    this.lastSelectedId = undefined;
    this.flushUpdate();
  }

  /** The draft's review settled (typing paused, or annotations changed): new snapshot, then the cursor's claim. */
  private settled(document: vscode.TextDocument): void {
    if (document !== this.draft || !this.ready) return;
    this.flushUpdate();
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === document) this.syncSelection(editor);
  }

  /** Sends the snapshot now. */
  private flushUpdate(): void {
    if (!this.ready) return;
    const draft = this.snapshot();
    this.sentVersion = draft?.version;
    this.post({ type: 'state', draft });
  }

  /** Sends a snapshot first when the last one is older than the document (ids must be ones the webview knows). */
  private flushIfStale(document: vscode.TextDocument): void {
    if (this.sentVersion !== document.version) this.flushUpdate();
  }

  private snapshot(): DeskDraft | null {
    const document = this.draft;
    if (!document || document.isClosed || !this.review.isDraft(document)) return null;
    const review = this.review.getReview(document);
    const draft: DeskDraft = {
      uri: document.uri.toString(),
      name: document.isUntitled ? document.uri.path : draftFileName(document.uri),
      version: review.version,
      items: review.items,
      dismissed: review.dismissed,
      orphans: review.orphans,
      triageMinScore: readConfig(document.uri).triageMinScore,
    };
    if (review.storeError !== undefined) draft.storeError = review.storeError;
    if (review.loading) draft.loading = true;
    if (review.counting) draft.counting = true;
    const insight = this.insights?.get(document);
    if (this.insights && insight) Object.assign(draft, deskInsight(this.insights.library, document, insight));
    const signOff = this.review.signOffOf(document);
    if (signOff) draft.signOff = { by: signOff.by, at: signOff.at, valid: isSignOffValid(signOff, document.getText()) };
    return draft;
  }

  private scheduleSelectionSync(editor: vscode.TextEditor): void {
    if (!this.ready) return;
    // A cursor moved by typing waits for the pause (settled() syncs then): no detection per keystroke.
    if (this.sentVersion !== editor.document.version) return;
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => this.syncSelection(editor), UPDATE_DELAY_MS);
  }

  /** Tells the webview which claim the cursor is on, when that changed. */
  private syncSelection(editor: vscode.TextEditor): void {
    if (editor.document !== this.draft || editor.document.isClosed) return;
    const item = this.review.itemAt(editor.document, editor.document.offsetAt(editor.selection.active));
    if (!item || item.id === this.lastSelectedId) return;
    this.lastSelectedId = item.id;
    this.flushIfStale(editor.document);
    this.post({ type: 'select', itemId: item.id, openDetail: false });
  }

  private post(message: HostMessage): void {
    if (this.recordPosted) {
      if (message.type === 'init') this.lastInit = message;
      this.postedLog.push(message);
      if (this.postedLog.length > 200) this.postedLog.splice(0, this.postedLog.length - 200);
    }
    if (this.view) void this.view.webview.postMessage(message);
  }

  private disposeView(): void {
    for (const disposable of this.viewDisposables) disposable.dispose();
    this.viewDisposables = [];
  }
}
