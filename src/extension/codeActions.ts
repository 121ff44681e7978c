import * as vscode from 'vscode';
import { claimArgument } from './claimTarget';
import { CommandId } from './commandIds';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { ReviewService } from './reviewService';

/** Quick fixes on a claim: the same actions as the hover, from the light bulb or Ctrl+. */
export class ClaimCodeActionProvider implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  private readonly registration: vscode.Disposable;

  constructor(private readonly review: ReviewService) {
    // Every file: which languages are drafts is a setting, checked per document below.
    this.registration = vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, ClaimCodeActionProvider.metadata);
  }

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!this.review.isDraft(document)) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only))
      return [];
    const item = this.review.itemAt(document, document.offsetAt(range.start));
    if (!item || item.status === 'dismissed') return [];
    const arg = claimArgument(document.uri, item);
    const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.contains(range.start));
    const action = (title: string, command: CommandId): vscode.CodeAction => {
      const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      fix.command = { title, command, arguments: [arg] };
      if (diagnostics.length > 0) fix.diagnostics = diagnostics;
      return fix;
    };
    const actions = [
      action(vscode.l10n.t('Fact-Check: Attach Source…'), CommandId.AttachSource),
      action(vscode.l10n.t('Fact-Check: Mark Verified'), CommandId.MarkVerified),
      action(vscode.l10n.t('Fact-Check: Flag as Unverified'), CommandId.FlagUnverified),
      action(vscode.l10n.t('Fact-Check: Mark Disputed'), CommandId.MarkDisputed),
      action(vscode.l10n.t('Fact-Check: Not a Claim'), CommandId.DismissClaim),
    ];
    if (item.status !== 'unreviewed') actions.push(action(vscode.l10n.t('Fact-Check: Clear Status'), CommandId.ClearStatus));
    return actions;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
