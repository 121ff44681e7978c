import * as vscode from 'vscode';
import { createSignOff, evaluatePolicy, type ClaimBlocker, type ClaimCondition, type PolicyEvaluation } from '../../core/publish';
import { CommandId } from '../commandIds';
import { truncate } from '../markdown';
import type { ReviewService } from '../reviewService';
import { draftUriFrom, fileName, loadedDraft } from './draftTarget';
import type { PolicySource } from './policySource';
import { DisposableBase } from '../../service/disposable';
import { registerReportingCommand } from '../reportingCommand';

/** What a publishing command did, returned for tests and scripts. */
export interface SignOffResult {
  uri: string;
  signedOff: boolean;
  evaluation?: PolicyEvaluation;
  /** Why nothing was done, when nothing was. */
  refused?: string;
}

function conditionLabel(condition: ClaimCondition): string {
  switch (condition) {
    case 'disputed':
      return vscode.l10n.t('disputed');
    case 'unverified':
      return vscode.l10n.t('flagged as unverified');
    case 'changed':
      return vscode.l10n.t('changed since verification');
    case 'unreviewed':
      return vscode.l10n.t('not reviewed yet');
  }
}

/**
 * Sign Off, Revoke Sign-Off and Check: apply the publishing policy (core/publish) to a draft. Sign-off
 * is recorded through the review service and its store, so merges, atomic writes and the
 * corrupt-file safety apply. When the policy fails, the blocking claims are listed to jump to.
 */
export class SignOffCommands extends DisposableBase {
  constructor(
    private readonly review: ReviewService,
    private readonly policies: PolicySource,
  ) {
    super();
    this.register(CommandId.SignOff, (arg) => this.signOff(arg));
    this.register(CommandId.RevokeSignOff, (arg) => this.revoke(arg));
    this.register(CommandId.CheckDraft, (arg) => this.check(arg));
  }

  private register(id: CommandId, handler: (arg: unknown) => Promise<SignOffResult | undefined>): void {
    this._register(registerReportingCommand(id, handler));
  }

  /** The draft's evaluation under its folder's policy; a refused policy file or an unreadable sidecar stops here. */
  private async evaluate(
    arg: unknown,
  ): Promise<{ document: vscode.TextDocument; evaluation: PolicyEvaluation } | SignOffResult | undefined> {
    const uri = draftUriFrom(arg, this.review);
    if (!uri) return undefined;
    const resolved = await this.policies.policyFor(uri);
    if (resolved.error !== undefined) {
      const refused = vscode.l10n.t('The publishing policy cannot be read: {0}', resolved.error);
      void this.offerToOpen(refused, resolved.file);
      return { uri: uri.toString(), signedOff: false, refused };
    }
    const document = await loadedDraft(uri, this.review);
    const live = this.review.getReview(document);
    const evaluation = evaluatePolicy({
      items: live.items,
      policy: resolved.policy,
      text: document.getText(),
      signOff: this.review.signOffOf(document),
      sidecarError: live.storeError,
    });
    if (evaluation.state === 'unreadable') {
      const refused = vscode.l10n.t('The annotations of {0} cannot be read: {1}', fileName(uri), evaluation.error ?? '');
      void vscode.window.showErrorMessage(vscode.l10n.t('Fact-Check: {0}', refused));
      return { uri: uri.toString(), signedOff: false, refused, evaluation };
    }
    return { document, evaluation };
  }

  private async signOff(arg: unknown): Promise<SignOffResult | undefined> {
    const found = await this.evaluate(arg);
    if (!found || !('document' in found)) return found;
    const { document, evaluation } = found;
    const name = fileName(document.uri);
    if (!evaluation.canSignOff) {
      void this.reportBlockers(
        document,
        evaluation.blockers,
        vscode.l10n.t('{0} cannot be signed off: {1}', name, this.blockerSummary(evaluation.blockers)),
      );
      return { uri: document.uri.toString(), signedOff: false, evaluation };
    }
    const policy = (await this.policies.policyFor(document.uri)).policy;
    const text = document.getText();
    const record = await this.review.setSignOff(document, (by, now) => createSignOff(text, policy, by, now));
    await this.review.flush();
    void vscode.window.showInformationMessage(vscode.l10n.t('Signed off {0} as {1}.', name, record?.by ?? ''));
    return { uri: document.uri.toString(), signedOff: true, evaluation };
  }

  private async revoke(arg: unknown): Promise<SignOffResult | undefined> {
    const uri = draftUriFrom(arg, this.review);
    if (!uri) return undefined;
    const document = await loadedDraft(uri, this.review);
    if (this.review.signOffOf(document) === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not signed off.', fileName(uri)));
      return { uri: uri.toString(), signedOff: false, refused: 'not signed off' };
    }
    await this.review.setSignOff(document, () => undefined);
    await this.review.flush();
    void vscode.window.showInformationMessage(vscode.l10n.t('Sign-off of {0} revoked.', fileName(uri)));
    return { uri: uri.toString(), signedOff: false };
  }

  private async check(arg: unknown): Promise<SignOffResult | undefined> {
    const found = await this.evaluate(arg);
    if (!found || !('document' in found)) return found;
    const { document, evaluation } = found;
    const name = fileName(document.uri);
    const signedOff = evaluation.signOff?.valid === true;
    if (evaluation.blockers.length > 0) {
      void this.reportBlockers(
        document,
        evaluation.blockers,
        vscode.l10n.t('{0} does not pass the publishing policy: {1}', name, this.blockerSummary(evaluation.blockers)),
      );
    } else if (evaluation.state === 'changed-since-sign-off') {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed since it was signed off: sign it off again.', name));
    } else if (signedOff) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is signed off and unchanged since.', name));
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} passes the publishing policy and can be signed off.', name));
    }
    return { uri: document.uri.toString(), signedOff, evaluation };
  }

  /** "3 claims block it (1 disputed, 2 not reviewed yet)". */
  private blockerSummary(blockers: readonly ClaimBlocker[]): string {
    const byCondition = new Map<ClaimCondition, number>();
    for (const b of blockers) byCondition.set(b.condition, (byCondition.get(b.condition) ?? 0) + 1);
    const parts = [...byCondition].map(([condition, n]) => `${n} ${conditionLabel(condition)}`).join(', ');
    return blockers.length === 1
      ? vscode.l10n.t('1 claim blocks it ({0})', parts)
      : vscode.l10n.t('{0} claims block it ({1})', blockers.length, parts);
  }

  /** Says what blocks the draft and offers to jump to those claims. */
  private async reportBlockers(document: vscode.TextDocument, blockers: readonly ClaimBlocker[], message: string): Promise<void> {
    const show = vscode.l10n.t('Show Claims');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Fact-Check: {0}', message), show);
    if (choice !== show) return;
    const picked = await vscode.window.showQuickPick(
      blockers.map((b) => ({
        label: truncate(b.item.text, 80),
        description: conditionLabel(b.condition),
        detail: vscode.l10n.t('Line {0}', document.positionAt(b.item.start).line + 1),
        blocker: b,
      })),
      { placeHolder: vscode.l10n.t('Claims that block {0}', fileName(document.uri)) },
    );
    if (picked) await revealClaim(document, picked.blocker.item.start, picked.blocker.item.end);
  }

  private async offerToOpen(message: string, file: vscode.Uri | undefined): Promise<void> {
    const open = vscode.l10n.t('Open File');
    const choice = await vscode.window.showErrorMessage(vscode.l10n.t('Fact-Check: {0}', message), ...(file ? [open] : []));
    if (choice === open && file) await vscode.window.showTextDocument(file);
  }
}

/** Shows the draft with the claim selected. */
export async function revealClaim(document: vscode.TextDocument, start: number, end: number): Promise<void> {
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  await vscode.window.showTextDocument(document, { selection: range, preview: false });
}
