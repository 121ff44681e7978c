import * as vscode from 'vscode';
import type { DecorationReporter, FactCheckApi } from './api';
import { DraftReviewService } from './draftReviewService';

/**
 * Wires one disposable owner per feature. Each feature lives in its own file and only
 * turns ReviewService results into editor UI.
 */
export function activate(context: vscode.ExtensionContext): FactCheckApi {
  const review = new DraftReviewService(context);
  context.subscriptions.push(review);

  let decorations: DecorationReporter | undefined;
  // --- features (one line each) ---
  // --- end features ---

  return {
    review,
    getReview(uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return document && review.isDraft(document) ? review.getReview(document) : undefined;
    },
    getDecorationRanges(uri) {
      return decorations ? decorations.rangesFor(uri) : {};
    },
    flush: () => review.flush(),
  };
}

export function deactivate(): void {
  // Pending sidecar writes are flushed by DraftReviewService.dispose (registered in context.subscriptions).
}
