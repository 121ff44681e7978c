import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { PolicySource } from '../publish/policySource';
import type { ReviewService } from '../reviewService';
import { DraftsView } from './draftsView';
import type { FactCheckConfiguration } from '../configuration';

/** Creates the Drafts overview and its refresh command; disposed with the extension. */
export function registerDraftsView(
  context: vscode.ExtensionContext,
  review: ReviewService,
  policies: PolicySource,
  settings: FactCheckConfiguration,
): DraftsView {
  const view = new DraftsView(review, policies, settings);
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(CommandId.RefreshDrafts, () => view.testApi.refresh()),
  );
  return view;
}
