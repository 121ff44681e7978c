/**
 * Applies a publishing policy to one draft: which claims block it, whether it can be signed
 * off, and the state the Drafts view, the status bar, the desk and `check` show. The same
 * function serves the extension and the CLI, so both always agree.
 */
import { countStatuses, type ReviewItem } from '../review/types';
import { isSignOffValid } from './signOff';
import type { ClaimBlocker, ClaimCondition, DraftCondition, DraftState, PolicyEvaluation, PublishPolicy, SignOff } from './types';

export interface PolicyInput {
  /** The draft's review items (buildReview(...).items: dismissed and orphaned claims are not in it). */
  items: readonly ReviewItem[];
  policy: PublishPolicy;
  /** The draft's current text, for the sign-off check. */
  text: string;
  /** The sidecar's signOff, if any. */
  signOff?: SignOff;
  /** Why the sidecar could not be read; the draft is then 'unreadable' and never passes. */
  sidecarError?: string;
}

/** Why one claim blocks under policy, or undefined. */
export function claimCondition(item: ReviewItem, policy: PublishPolicy): ClaimCondition | undefined {
  const applies = (c: ClaimCondition) => policy.failOn.includes(c);
  switch (item.status) {
    case 'disputed':
      return applies('disputed') ? 'disputed' : undefined;
    case 'unverified':
      return applies('unverified') ? 'unverified' : undefined;
    case 'verified':
      return item.annotation?.changedSinceVerification === true && applies('changed') ? 'changed' : undefined;
    case 'unreviewed':
      return item.score >= policy.minScore && applies('unreviewed') ? 'unreviewed' : undefined;
    default:
      return undefined;
  }
}

export function evaluatePolicy(input: PolicyInput): PolicyEvaluation {
  const { policy } = input;
  const counts = countStatuses(input.items);
  if (input.sidecarError !== undefined) {
    return { pass: false, canSignOff: false, state: 'unreadable', blockers: [], draftProblems: [], counts, error: input.sidecarError };
  }
  const blockers: ClaimBlocker[] = [];
  for (const item of input.items) {
    const condition = claimCondition(item, policy);
    if (condition !== undefined) blockers.push({ condition, item });
  }
  const valid = input.signOff !== undefined && isSignOffValid(input.signOff, input.text);
  const draftProblems: DraftCondition[] = [];
  if (input.signOff !== undefined && !valid && policy.failOn.includes('stale-sign-off')) draftProblems.push('stale-sign-off');
  if (input.signOff === undefined && policy.failOn.includes('unsigned')) draftProblems.push('unsigned');

  const canSignOff = blockers.length === 0;
  let state: DraftState;
  if (input.signOff !== undefined && !valid) state = 'changed-since-sign-off';
  else if (blockers.some((b) => b.condition === 'disputed')) state = 'blocked-by-disputed';
  else if (!canSignOff) state = 'needs-work';
  else state = valid ? 'signed-off' : 'ready';

  const evaluation: PolicyEvaluation = {
    pass: canSignOff && draftProblems.length === 0,
    canSignOff,
    state,
    blockers,
    draftProblems,
    counts,
  };
  if (input.signOff !== undefined) evaluation.signOff = { record: input.signOff, valid };
  return evaluation;
}
