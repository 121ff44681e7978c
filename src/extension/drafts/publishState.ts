import { evaluatePolicy, type PolicyEvaluation, type PublishPolicy } from '../../core/publish';
import type { DraftSummary } from '../../core/review/draftSummary';
import type { DraftEvaluator } from './draftCounter';

/** The policy applied to a draft counted in the background (its summary) or open in the editor. */
export function evaluateSummary(summary: DraftSummary, text: string, policy: PublishPolicy): PolicyEvaluation {
  return evaluatePolicy({ items: summary.review.items, policy, text, signOff: summary.sidecar?.signOff, sidecarError: summary.review.storeError });
}

/** The counter's evaluator for a policy per draft (its workspace folder's). */
export function policyEvaluator(policyFor: (draftId: string) => PublishPolicy): DraftEvaluator {
  return (summary, text, draftId) => {
    const evaluation = evaluateSummary(summary, text, policyFor(draftId));
    return evaluation.error === undefined ? { state: evaluation.state } : { state: evaluation.state, problem: evaluation.error };
  };
}
