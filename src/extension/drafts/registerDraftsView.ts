import * as vscode from 'vscode';
import { countStatuses } from '../../core/review/types';
import { CommandId } from '../commandIds';
import { readConfig } from '../config';
import type { ReviewService } from '../reviewService';
import { DraftsView } from './draftsView';
import { provisionalEvaluator } from './publishState';

/** Creates the Drafts overview and its commands; disposed with the extension. */
export function registerDraftsView(context: vscode.ExtensionContext, review: ReviewService): DraftsView {
  const evaluate = provisionalEvaluator(() => readConfig().detect.minScore ?? 0);
  const view = new DraftsView(review, evaluate, (document) => {
    const live = review.getReview(document);
    const counts = countStatuses(live.items);
    if (live.storeError !== undefined) return { counts, state: 'unreadable', problem: live.storeError };
    return { counts, ...evaluate({ review: live, sidecar: undefined }, document.getText()) };
  });
  context.subscriptions.push(view, vscode.commands.registerCommand(CommandId.RefreshDrafts, () => view.testApi.refresh()));
  return view;
}
