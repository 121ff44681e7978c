import * as vscode from 'vscode';
import type { Annotation, ClaimStatus } from '../core/annotations/types';
import { activeDraftEditor, claimFromArgument, draftForUri, isClaimArgument, resolveClaim, type ClaimTarget } from './claimTarget';
import { CommandId, DESK_VIEW_ID } from './commandIds';
import type { ClaimDecorator } from './decorations';
import { kindLabel, statusLabel } from './labels';
import { truncate } from './markdown';
import { goToClaim } from './navigation';
import type { ReviewService } from './reviewService';
import type { SidebarRevealChannel } from './sidebarReveal';
import { checkSourceInput, promptForSource } from './sourcePrompt';
import { DisposableBase } from '../service/disposable';
import { registerReportingCommand } from './reportingCommand';
import { revealBidiControls } from '../core/text/bidi';

type Handler = (arg?: unknown) => unknown;

function offsetsFrom(value: Record<string, unknown>): { start: number; end: number } | undefined {
  const { start, end } = value;
  return typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && start < end
    ? { start, end }
    : undefined;
}

/**
 * The palette, menu, keybinding and hover commands. Claim commands act on the claim named by
 * their argument ({uri, claimStart} or {uri, claimId}), else the claim at the cursor, else one
 * picked from a list. Failures become a message, never a stack trace; results are returned so
 * the desk and tests can use them.
 */
export class ClaimCommands extends DisposableBase {
  constructor(
    private readonly review: ReviewService,
    private readonly decorator: ClaimDecorator,
    private readonly sidebar: SidebarRevealChannel,
  ) {
    super();
    const status =
      (to: ClaimStatus, placeHolder: string): Handler =>
      (arg) =>
        this.setStatus(arg, to, placeHolder);
    this.register(CommandId.ScanDocument, (arg) => this.scan(arg));
    this.register(CommandId.AttachSource, (arg) => this.attachSource(arg));
    this.register(CommandId.FlagUnverified, status('unverified', vscode.l10n.t('Which claim should be flagged as unverified?')));
    this.register(CommandId.MarkVerified, status('verified', vscode.l10n.t('Which claim did you verify?')));
    this.register(CommandId.MarkDisputed, status('disputed', vscode.l10n.t('Which claim is disputed?')));
    this.register(CommandId.ClearStatus, status('unreviewed', vscode.l10n.t('Which claim should go back to unreviewed?')));
    this.register(CommandId.DismissClaim, status('dismissed', vscode.l10n.t('Which text is not a claim?')));
    this.register(CommandId.MarkSelectionAsClaim, (arg) => this.markSelection(arg));
    this.register(CommandId.NextClaim, () => this.navigate('next', false));
    this.register(CommandId.PreviousClaim, () => this.navigate('previous', false));
    this.register(CommandId.NextUnverifiedClaim, () => this.navigate('next', true));
    this.register(CommandId.ToggleHighlights, () => this.decorator.toggle());
    this.register(CommandId.ShowSidebar, (arg) => this.showSidebar(arg));
    this.register(CommandId.ReattachOrphan, (arg) => this.reattachOrphan(arg));
  }

  private register(id: CommandId, handler: Handler): void {
    this._register(registerReportingCommand(id, handler));
  }

  /** The draft a document-level command works on: the argument's URI (object or vscode.Uri), else the active draft. */
  private async targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
    if (arg instanceof vscode.Uri) return draftForUri(this.review, arg.toString());
    if (isClaimArgument(arg)) return draftForUri(this.review, arg.uri);
    const editor = activeDraftEditor(this.review);
    if (!editor) void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first.'));
    return editor?.document;
  }

  private async scan(arg: unknown): Promise<number | undefined> {
    const document = await this.targetDocument(arg);
    if (!document) return undefined;
    this.review.rescan(document);
    const count = this.review.getReview(document).items.length;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Fact-Check: {0} claims found', count), 3000);
    return count;
  }

  private async setStatus(arg: unknown, status: ClaimStatus, placeHolder: string): Promise<Annotation | undefined> {
    const target = await resolveClaim(this.review, this.claimOnly(arg), placeHolder);
    if (!target) return undefined;
    return this.review.setStatus(target.document, target.item, status);
  }

  private async attachSource(arg: unknown): Promise<unknown> {
    const target = await resolveClaim(this.review, this.claimOnly(arg), vscode.l10n.t('Which claim does the source support?'));
    if (!target) return undefined;
    const given = isClaimArgument(arg) && ('url' in arg || 'title' in arg);
    const source = given ? checkSourceInput(arg as Record<string, unknown>) : await promptForSource(target.item.text);
    if (!source) return undefined;
    const attached = await this.review.attachSource(target.document, target.item, source);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Fact-Check: source "{0}" attached', truncate(attached.title, 40)), 3000);
    return attached;
  }

  private async markSelection(arg: unknown): Promise<Annotation | undefined> {
    if (isClaimArgument(arg)) {
      const range = offsetsFrom(arg as unknown as Record<string, unknown>);
      if (!range) throw new Error(vscode.l10n.t('Give the claim as {uri, start, end} with start before end.'));
      return this.review.markRangeAsClaim(await draftForUri(this.review, arg.uri), range.start, range.end);
    }
    const editor = activeDraftEditor(this.review);
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text of the claim in a draft first.'));
      return undefined;
    }
    const { document, selection } = editor;
    return this.review.markRangeAsClaim(document, document.offsetAt(selection.start), document.offsetAt(selection.end));
  }

  private navigate(direction: 'next' | 'previous', onlyNeedingAttention: boolean): { start: number; end: number } | undefined {
    const editor = activeDraftEditor(this.review);
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first.'));
      return undefined;
    }
    const item = goToClaim(this.review, editor, direction, onlyNeedingAttention);
    return item && { start: item.start, end: item.end };
  }

  private async showSidebar(arg: unknown): Promise<boolean> {
    let target: ClaimTarget | undefined;
    if (isClaimArgument(arg)) {
      target = await claimFromArgument(this.review, arg);
    } else {
      const editor = activeDraftEditor(this.review);
      const item = editor && this.review.itemAt(editor.document, editor.document.offsetAt(editor.selection.active));
      if (editor && item) target = { document: editor.document, item };
    }
    await vscode.commands.executeCommand(`${DESK_VIEW_ID}.focus`);
    if (target) this.sidebar.request({ uri: target.document.uri.toString(), itemId: target.item.id, openDetail: isClaimArgument(arg) });
    return true;
  }

  private async reattachOrphan(arg: unknown): Promise<boolean> {
    let document: vscode.TextDocument;
    let range: { start: number; end: number } | undefined;
    if (isClaimArgument(arg)) {
      document = await draftForUri(this.review, arg.uri);
      range = offsetsFrom(arg as unknown as Record<string, unknown>);
    } else {
      const editor = activeDraftEditor(this.review);
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first.'));
        return false;
      }
      document = editor.document;
      if (!editor.selection.isEmpty)
        range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    }
    if (!range) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the orphaned annotation belongs to first.'));
      return false;
    }
    const { orphans } = this.review.getReview(document);
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This draft has no orphaned annotations.'));
      return false;
    }
    const wanted = isClaimArgument(arg) ? (arg as unknown as Record<string, unknown>).annotationId : undefined;
    const orphan =
      typeof wanted === 'string'
        ? orphans.find((o) => o.id === wanted)
        : (
            await vscode.window.showQuickPick(
              orphans.map((o) => ({
                label: truncate(o.anchor.exact, 90),
                description: `${kindLabel(o.kind)} · ${statusLabel(o.status)}`,
                detail: o.note ? revealBidiControls(o.note) : undefined,
                orphan: o,
              })),
              { placeHolder: vscode.l10n.t('Which orphaned annotation belongs to the selected text?'), matchOnDescription: true },
            )
          )?.orphan;
    if (!orphan) {
      if (typeof wanted === 'string')
        throw new Error(vscode.l10n.t('No orphaned annotation with id {0} in this draft.', truncate(wanted, 60)));
      return false;
    }
    await this.review.reattach(document, orphan.id, range.start, range.end);
    return true;
  }

  /** Claim commands take only a claim argument; a vscode.Uri from a menu means "the claim at the cursor". */
  private claimOnly(arg: unknown): unknown {
    return isClaimArgument(arg) ? arg : undefined;
  }
}
