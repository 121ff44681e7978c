/** English words for draft states and blocking conditions, shared by the CLI and reports (the extension translates its own). */
import type { ClaimBlocker, DraftCondition, DraftState, FailOnCondition } from './types';

export const STATE_LABELS: Readonly<Record<DraftState, string>> = {
  unreadable: 'sidecar cannot be read',
  'changed-since-sign-off': 'changed since sign-off',
  'blocked-by-disputed': 'blocked by a disputed claim',
  'needs-work': 'needs work',
  ready: 'ready to sign off',
  'signed-off': 'signed off',
};

export const CONDITION_LABELS: Readonly<Record<FailOnCondition, string>> = {
  disputed: 'disputed claim',
  unverified: 'unverified claim (flagged for checking)',
  changed: 'verified claim changed since verification',
  unreviewed: 'unreviewed claim',
  'stale-sign-off': 'the draft changed since it was signed off',
  unsigned: 'the draft is not signed off',
};

/** One line saying why a claim blocks, e.g. 'unreviewed claim (check-worthiness 0.85 ≥ 0.7)'. */
export function describeBlocker(blocker: ClaimBlocker, minScore: number): string {
  const label = CONDITION_LABELS[blocker.condition];
  return blocker.condition === 'unreviewed' ? `${label} (check-worthiness ${blocker.item.score.toFixed(2)} ≥ ${minScore})` : label;
}

export function describeDraftProblem(problem: DraftCondition): string {
  return CONDITION_LABELS[problem];
}
