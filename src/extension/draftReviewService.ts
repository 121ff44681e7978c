// PLACEHOLDER until the review service lands (owned by the annotations/storage work).
import * as vscode from 'vscode';
import type { ReviewService } from './reviewService';

export class DraftReviewService implements Partial<ReviewService> {
  constructor(_context: vscode.ExtensionContext) {}
  isDraft(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' || document.languageId === 'plaintext';
  }
  async flush(): Promise<void> {}
  dispose(): void {}
}
