import * as vscode from 'vscode';
import type { DecorationReporter, FactCheckApi } from './api';
import { ClaimCodeActionProvider } from './codeActions';
import { ClaimCommands } from './commands';
import { ClaimContextKeys } from './contextKeys';
import { ClaimDecorator } from './decorations';
import { ClaimDiagnostics } from './diagnostics';
import { DraftReviewService } from './draftReviewService';
import { registerDraftsView } from './drafts/registerDraftsView';
import { PolicySource } from './publish/policySource';
import { ExportCommands } from './publish/exportCommands';
import { SignOffCommands } from './publish/signOffCommands';
import { DeskViewProvider } from './sidebar/deskViewProvider';
import { ClaimHoverProvider } from './hover';
import { SidebarRevealChannel } from './sidebarReveal';
import { ClaimStatusBar } from './statusBar';

/** Kept so deactivate() can wait for the last sidecar writes (VS Code awaits it before disposing subscriptions). */
let activeReview: DraftReviewService | undefined;

/**
 * Wires one disposable owner per feature. Each feature lives in its own file and only
 * turns ReviewService results into editor UI.
 */
export function activate(context: vscode.ExtensionContext): FactCheckApi {
  const review = new DraftReviewService(context);
  context.subscriptions.push(review);
  activeReview = review;

  // --- features (one line each) ---
  const sidebarReveal = new SidebarRevealChannel(); // showSidebar → desk: the desk subscribes to onDidRequestReveal
  const decorator = new ClaimDecorator(review);
  const statusBar = new ClaimStatusBar(review);
  const decorations: DecorationReporter = decorator;
  context.subscriptions.push(sidebarReveal, decorator, statusBar);
  context.subscriptions.push(new ClaimHoverProvider(review));
  context.subscriptions.push(new ClaimCommands(review, decorator, sidebarReveal));
  context.subscriptions.push(new ClaimCodeActionProvider(review));
  context.subscriptions.push(new ClaimDiagnostics(review));
  context.subscriptions.push(new ClaimContextKeys(review));
  const desk = DeskViewProvider.register(context, review, sidebarReveal);
  const policies = new PolicySource();
  context.subscriptions.push(policies, new SignOffCommands(review, policies));
  const drafts = registerDraftsView(context, review, policies);
  context.subscriptions.push(new ExportCommands(review, policies, () => drafts.listedDrafts()));
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
    getStatusBarText: () => statusBar.text,
    desk: desk.testApi,
    drafts: drafts.testApi,
  };
}

export async function deactivate(): Promise<void> {
  await activeReview?.flush();
  activeReview = undefined;
}
