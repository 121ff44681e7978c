import * as vscode from 'vscode';
import { validateSourceUrl } from '../../core/annotations/sourceUrl';
import type { Annotation } from '../../core/annotations/types';
import type { ReviewItem } from '../../core/review/types';
import {
  isRequestMessage,
  validateWebviewMessage,
  type HostMessage,
  type PerfMessage,
  type RequestMessage,
  type WebviewMessage,
} from '../../shared/protocol';
import { draftForUri } from '../claimTarget';
import type { ReviewService } from '../reviewService';
import { errorText } from '../../core/util/errorText';

/** What the handler did with one posted message; returned so tests can assert on it. */
export type DeskOutcome =
  | { status: 'rejected'; reason: string }
  | { status: 'handled'; type: WebviewMessage['type']; ok: boolean; message?: string; opened?: string };

/** The host services the handler needs; the provider supplies them (tests may swap openExternal). */
export interface DeskHandlerHost {
  readonly review: ReviewService;
  post(message: HostMessage): void;
  /** The webview (re)loaded: send strings and a full snapshot. */
  onReady(): void;
  onPerf(message: PerfMessage): void;
  openExternal(uri: vscode.Uri): Thenable<boolean>;
  log: vscode.LogOutputChannel;
  /** The uri (as a string) of the draft the desk is showing, if any: the only one its messages may name. */
  shownDraft(): string | undefined;
  /** Runs factCheck.reuseVerification for a claim and a library annotation (claim library). */
  reuse?(arg: { uri: string; claimId: string; libraryDraft: string; annotationId: string }): Promise<unknown>;
}

/**
 * Acts on messages from the desk webview. Everything is validated first (validateWebviewMessage);
 * a malformed or unknown message is logged and dropped. Claims, sources and annotations are looked
 * up again on the host: the webview only names them by id.
 */
export class DeskMessageHandler {
  constructor(private readonly host: DeskHandlerHost) {}

  async handle(raw: unknown): Promise<DeskOutcome> {
    const validation = validateWebviewMessage(raw);
    if (!validation.ok) {
      this.host.log.warn(`Desk: rejected a message from the webview (${validation.reason}).`);
      return { status: 'rejected', reason: validation.reason };
    }
    const message = validation.message;
    // A compromised webview must not reach other files (file:///etc/passwd): only the draft it was shown.
    if ('uri' in message && message.uri !== this.host.shownDraft()) {
      const reason = 'the message names a document the desk is not showing';
      this.host.log.warn(`Desk: rejected a ${message.type} message (${reason}).`);
      // The desk may have switched drafts while a request was on its way: answer it, so nothing waits forever.
      if (isRequestMessage(message))
        this.host.post({
          type: 'result',
          requestId: message.requestId,
          ok: false,
          message: vscode.l10n.t('That draft is no longer shown in the desk. Pick the claim again.'),
        });
      return { status: 'rejected', reason };
    }
    try {
      const opened = await this.dispatch(message);
      if (isRequestMessage(message)) this.host.post({ type: 'result', requestId: message.requestId, ok: true });
      return { status: 'handled', type: message.type, ok: true, ...(opened ? { opened } : {}) };
    } catch (error) {
      const text = errorText(error);
      this.host.log.info(`Desk: ${message.type} failed: ${text}`);
      if (isRequestMessage(message)) this.host.post({ type: 'result', requestId: message.requestId, ok: false, message: text });
      else void vscode.window.showWarningMessage(vscode.l10n.t('Fact-Check: {0}', text));
      return { status: 'handled', type: message.type, ok: false, message: text };
    }
  }

  /** Returns the URL opened, for openSource. */
  private async dispatch(message: WebviewMessage): Promise<string | undefined> {
    switch (message.type) {
      case 'ready':
        this.host.onReady();
        return undefined;
      case 'perf':
        this.host.onPerf(message);
        return undefined;
      case 'reveal': {
        const document = await draftForUri(this.host.review, message.uri);
        await revealInEditor(document, this.item(document, message.itemId));
        return undefined;
      }
      case 'openSource':
        return this.openSource(message.uri, message.annotationId, message.sourceId);
      case 'revealRange': {
        const document = await draftForUri(this.host.review, message.uri);
        const length = document.getText().length;
        if (message.end > length || message.start > message.end) throw new Error(vscode.l10n.t('The draft has changed since; look again.'));
        await revealInEditor(document, { start: message.start, end: message.end });
        return undefined;
      }
      default:
        await this.request(message);
        return undefined;
    }
  }

  private async request(message: RequestMessage): Promise<void> {
    const review = this.host.review;
    const document = await draftForUri(review, message.uri);
    switch (message.type) {
      case 'setStatus':
        await review.setStatus(document, this.item(document, message.itemId), message.status);
        return;
      case 'attachSource':
        await review.attachSource(document, this.item(document, message.itemId), {
          url: message.url,
          title: message.title,
          quote: message.quote,
          note: message.note,
        });
        return;
      case 'editSource':
        await review.editSource(document, message.annotationId, message.sourceId, {
          url: message.url,
          title: message.title,
          quote: message.quote,
          note: message.note,
        });
        return;
      case 'removeSource':
        await review.removeSource(document, message.annotationId, message.sourceId);
        return;
      case 'setNote':
        await review.setNote(document, this.item(document, message.itemId), message.note);
        return;
      case 'reuse': {
        if (!this.host.reuse) throw new Error(vscode.l10n.t('The claim library is not available.'));
        this.item(document, message.itemId);
        const updated = await this.host.reuse({
          uri: message.uri,
          claimId: message.itemId,
          libraryDraft: message.libraryDraft,
          annotationId: message.annotationId,
        });
        if (!updated) throw new Error(vscode.l10n.t('Nothing was reused.'));
        return;
      }
      case 'reattach': {
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        if (!editor || editor.selection.isEmpty)
          throw new Error(vscode.l10n.t('Select the text to re-attach to in the draft, then try again.'));
        await review.reattach(
          document,
          message.annotationId,
          document.offsetAt(editor.selection.start),
          document.offsetAt(editor.selection.end),
        );
        return;
      }
    }
  }

  private item(document: vscode.TextDocument, itemId: string): ReviewItem {
    const item = this.host.review.findItem(document, itemId);
    if (!item) throw new Error(vscode.l10n.t('That claim is no longer in the draft (it may have been edited). Pick it again.'));
    return item;
  }

  /** Opens a source's URL after looking it up here and checking it is http(s); never a URL from the message. */
  private async openSource(uri: string, annotationId: string, sourceId: string): Promise<string> {
    const document = await draftForUri(this.host.review, uri);
    const source = findAnnotation(this.host.review.getReview(document), annotationId)?.sources.find((s) => s.id === sourceId);
    if (!source) throw new Error(vscode.l10n.t('That source is no longer attached to this claim.'));
    const problem = validateSourceUrl(source.url);
    if (problem !== undefined) {
      this.host.log.warn(`Desk: refused to open a source URL that is not http(s): ${JSON.stringify(source.url.slice(0, 200))}`);
      throw new Error(problem);
    }
    await this.host.openExternal(vscode.Uri.parse(source.url.trim(), true));
    return source.url.trim();
  }
}

function findAnnotation(
  review: { items: readonly ReviewItem[]; dismissed: readonly ReviewItem[]; orphans: readonly Annotation[] },
  annotationId: string,
): Annotation | undefined {
  for (const item of review.items) if (item.annotation?.id === annotationId) return item.annotation;
  for (const item of review.dismissed) if (item.annotation?.id === annotationId) return item.annotation;
  return review.orphans.find((orphan) => orphan.id === annotationId);
}

/** Shows the draft (in its visible editor when there is one), selects the claim and scrolls to it. */
export async function revealInEditor(document: vscode.TextDocument, item: Pick<ReviewItem, 'start' | 'end'>): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: true, preview: false });
  const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
