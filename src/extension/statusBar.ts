import * as vscode from 'vscode';
import { isSignOffValid, type SignOff } from '../core/publish';
import { revealBidiControls } from '../core/text/bidi';
import { countStatuses, type DraftReview } from '../core/review/types';
import { afterActivation } from './afterActivation';
import { CommandId } from './commandIds';
import type { ReviewService } from './reviewService';
import { ReviewSettler } from './reviewSettler';
import { DisposableBase } from '../service/disposable';
import type { FactCheckConfiguration } from './configuration';

const TYPING_DEBOUNCE_MS = 300;

/** The status bar text for a review: `$(checklist) 12 claims · 3 unverified · 1 disputed`. */
export function statusBarText(review: DraftReview): string {
  if (review.loading) return `$(sync~spin) ${vscode.l10n.t('Reading annotations…')}`;
  if (review.counting) return `$(sync~spin) ${vscode.l10n.t('Counting claims…')}`;
  const counts = countStatuses(review.items);
  const icon = review.storeError ? '$(warning)' : '$(checklist)';
  return `${icon} ${vscode.l10n.t('{0} claims · {1} unverified · {2} disputed', counts.total, counts.unverified, counts.disputed)}`;
}

function tooltipOf(review: DraftReview): string {
  if (review.loading) return vscode.l10n.t('Fact-Check: reading the annotation file of this draft');
  if (review.counting) return vscode.l10n.t('Fact-Check: still finding the claims of this long draft; the highlights on screen come first');
  const counts = countStatuses(review.items);
  const lines = [
    vscode.l10n.t('Fact-Check: {0} claims in this draft', counts.total),
    vscode.l10n.t('Not reviewed yet: {0}', counts.unreviewed),
    vscode.l10n.t('Flagged as unverified: {0}', counts.unverified),
    vscode.l10n.t('Disputed: {0}', counts.disputed),
    vscode.l10n.t('Verified: {0}', counts.verified),
    vscode.l10n.t('Not a claim: {0}', review.dismissed.length),
  ];
  if (review.orphans.length > 0) lines.push(vscode.l10n.t('Orphaned annotations: {0}', review.orphans.length));
  if (review.storeError) lines.push('', vscode.l10n.t('Annotations could not be read: {0}', review.storeError));
  lines.push('', vscode.l10n.t('Click to open the Fact-Check desk'));
  return lines.join('\n');
}

/** `$(verified) signed off`, or `$(history) changed since sign-off` once the text differs from what was signed off. */
function signOffText(signOff: SignOff | undefined, document: vscode.TextDocument): { text: string; tooltip: string } | undefined {
  if (!signOff) return undefined;
  if (isSignOffValid(signOff, document.getText())) {
    return {
      text: `$(verified) ${vscode.l10n.t('signed off')}`,
      tooltip: vscode.l10n.t('Signed off by {0} at {1}', revealBidiControls(signOff.by), signOff.at),
    };
  }
  return {
    text: `$(history) ${vscode.l10n.t('changed since sign-off')}`,
    tooltip: vscode.l10n.t(
      'Signed off by {0} at {1}; the text changed since: sign it off again.',
      revealBidiControls(signOff.by),
      signOff.at,
    ),
  };
}

/** Claim counts for the active draft; hidden when the active editor is not a draft. */
export class ClaimStatusBar extends DisposableBase {
  private readonly item = vscode.window.createStatusBarItem('factCheck.status', vscode.StatusBarAlignment.Left, 50);
  private readonly settler: ReviewSettler;
  private visible = false;

  constructor(
    private readonly review: ReviewService,
    settings: FactCheckConfiguration,
  ) {
    super();
    this.item.name = vscode.l10n.t('Fact-Check Claims');
    this.item.command = CommandId.ShowSidebar;
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DEBOUNCE_MS, changeMs: 0 }, (document) => {
      if (document === vscode.window.activeTextEditor?.document) this.update();
    });
    this._register(
      this.item,
      this.settler,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      settings.onDidChange(() => this.update()),
    );
    this._register(afterActivation(() => this.update()));
  }

  /** The text shown now, or undefined when hidden (for the test API). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.review.isDraft(document)) {
      this.visible = false;
      this.item.hide();
      return;
    }
    const review = this.review.getReview(document);
    this.settler.markSettled(document);
    const signOff = signOffText(this.review.signOffOf(document), document);
    this.item.text = signOff ? `${statusBarText(review)} · ${signOff.text}` : statusBarText(review);
    this.item.tooltip = signOff ? `${tooltipOf(review)}\n\n${signOff.tooltip}` : tooltipOf(review);
    this.item.backgroundColor = review.storeError ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.visible = true;
    this.item.show();
  }
}
