import * as vscode from 'vscode';
import { withTestHooks, type DecorationReporter, type FactCheckApi, type FactCheckTestApi } from './api';
import { ClaimCodeActionProvider } from './codeActions';
import { ClaimCommands } from './commands';
import { ClaimContextKeys } from './contextKeys';
import { ClaimDecorator } from './decorations';
import { ClaimDiagnostics } from './diagnostics';
import { DraftReviewService } from './draftReviewService';
import { FactCheckConfiguration } from './configuration';
import type { HostPlatform } from './platform';
import { registerDraftsView } from './drafts/registerDraftsView';
import { PolicySource } from './publish/policySource';
import { ExportCommands } from './publish/exportCommands';
import { SignOffCommands } from './publish/signOffCommands';
import { DeskViewProvider } from './sidebar/deskViewProvider';
import { ClaimHoverProvider } from './hover';
import { openDocumentFor } from './openDocuments';
import { SourceCheckCommands } from './sources/sourceCheckCommands';
import { ConsistencyDiagnostics } from './library/consistencyDiagnostics';
import { DraftInsights } from './library/draftInsights';
import { ReuseVerificationCommand } from './library/reuseCommand';
import { WorkspaceLibrary } from './library/workspaceLibrary';
import { SidebarRevealChannel } from './sidebarReveal';
import { ClaimStatusBar } from './statusBar';
import { useLocalFiles } from './workspacePorts';
import { hostSliceClock } from '../service/detection/claimDetector';
import { primeEngineInSlices } from '../service/detection/enginePriming';

/** Kept so deactivate() can wait for the last sidecar writes (VS Code awaits it before disposing subscriptions). */
let activeReview: DraftReviewService | undefined;

/**
 * Wires one disposable owner per feature. Each feature lives in its own file and only
 * turns ReviewService results into editor UI. Shared by both builds: the desktop entry
 * (desktop/main.ts) and the browser entry (web/main.ts) differ only in the platform they pass.
 */
export function activateFactCheck(context: vscode.ExtensionContext, platform: HostPlatform): FactCheckApi | FactCheckTestApi {
  const startedAt = performance.now();
  useLocalFiles(platform.localFiles);
  // The one log of the extension: storage, detection and desk messages all go here, never to the console.
  const log = vscode.window.createOutputChannel('Fact-Check', { log: true });
  const config = new FactCheckConfiguration(); // the factCheck.* settings, one change event for every feature
  // Before any draft's first detection: the engine's patterns compiled in short tasks (a fresh host interpreted them).
  context.subscriptions.push(new vscode.Disposable(primeEngineInSlices(hostSliceClock)));
  const review = new DraftReviewService(platform, config, log);
  context.subscriptions.push(log, config, review);
  activeReview = review;

  // --- features (one line each) ---
  const sidebarReveal = new SidebarRevealChannel(); // showSidebar → desk: the desk subscribes to onDidRequestReveal
  const decorator = new ClaimDecorator(review, config);
  const statusBar = new ClaimStatusBar(review, config);
  const decorations: DecorationReporter = decorator;
  context.subscriptions.push(sidebarReveal, decorator, statusBar);
  const library = new WorkspaceLibrary(log, config); // claim library: reviewed annotations of every sidecar, watched
  const insights = new DraftInsights(review, library); // library matches and figures that disagree, after typing pauses
  context.subscriptions.push(
    library,
    insights,
    new ReuseVerificationCommand(review, insights),
    new ConsistencyDiagnostics(insights, config),
  );
  context.subscriptions.push(new ClaimHoverProvider(review, insights));
  context.subscriptions.push(new ClaimCommands(review, decorator, sidebarReveal));
  context.subscriptions.push(new ClaimCodeActionProvider(review));
  context.subscriptions.push(new ClaimDiagnostics(review, config));
  context.subscriptions.push(new ClaimContextKeys(review, config));
  context.subscriptions.push(new SourceCheckCommands(review, platform.sourceChecks));
  const desk = DeskViewProvider.register(context, review, sidebarReveal, log, config, insights);
  const policies = new PolicySource(config);
  context.subscriptions.push(policies, new SignOffCommands(review, policies));
  const drafts = registerDraftsView(context, review, policies, config);
  context.subscriptions.push(new ExportCommands(review, policies, () => drafts.listedDrafts()));
  // --- end features ---

  const activation = { startedAt, durationMs: performance.now() - startedAt, platform: platform.kind };

  const api: FactCheckApi = {
    review,
    getReview(uri) {
      const document = openDocumentFor(uri);
      const found = document && review.isDraft(document) ? review.getReview(document) : undefined;
      return found?.loading ? undefined : found;
    },
    flush: () => review.flush(),
  };
  return withTestHooks(api, context.extensionMode === vscode.ExtensionMode.Test, () => ({
    getDecorationRanges(uri) {
      return decorations ? decorations.rangesFor(uri) : {};
    },
    getStatusBarText: () => statusBar.text,
    desk: desk.testApi,
    activation,
    library: {
      whenReady: () => library.whenReady(),
      get size() {
        return library.library.size;
      },
      problems: () => [...library.problems.values()],
      settle: (uri) => {
        const document = openDocumentFor(uri);
        return document ? insights.settle(document) : Promise.resolve(undefined);
      },
    },
    drafts: drafts.testApi,
  }));
}

export async function deactivate(): Promise<void> {
  await activeReview?.flush();
  activeReview = undefined;
}
