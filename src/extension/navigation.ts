import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import { needsAttention } from './claimStyles';
import { neighbourClaim, type Direction } from './neighbourClaim';
import type { ReviewService } from './reviewService';

/** Moves the selection to the neighbouring claim, revealing it; returns the claim or undefined when there is none. */
export function goToClaim(
  review: ReviewService,
  editor: vscode.TextEditor,
  direction: Direction,
  onlyNeedingAttention: boolean,
): ReviewItem | undefined {
  const { document } = editor;
  const offset = document.offsetAt(editor.selection.start);
  const { items } = review.getReview(document);
  const found = neighbourClaim(
    items,
    review.itemAt(document, offset),
    offset,
    direction,
    onlyNeedingAttention ? needsAttention : undefined,
  );
  if (!found) {
    const message = onlyNeedingAttention
      ? vscode.l10n.t('Every claim in this draft is verified.')
      : vscode.l10n.t('No claims found in this draft.');
    void vscode.window.showInformationMessage(message);
    return undefined;
  }
  const range = new vscode.Range(document.positionAt(found.item.start), document.positionAt(found.item.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (found.wrapped) {
    const message =
      direction === 'next'
        ? vscode.l10n.t('Fact-Check: wrapped to the first claim')
        : vscode.l10n.t('Fact-Check: wrapped to the last claim');
    vscode.window.setStatusBarMessage(message, 2500);
  }
  return found.item;
}
