import type { ReviewItem, StatusCounts } from '../review/types';

/**
 * What can stop a draft from being published. Claim conditions: a disputed claim, an
 * unverified (flagged) claim, a verified claim whose text changed since, an unreviewed
 * claim scoring at least the policy's minScore. Draft conditions: the draft changed
 * since it was signed off ('stale-sign-off'), or it has no sign-off at all ('unsigned').
 */
export const FAIL_ON_CONDITIONS = ['disputed', 'unverified', 'changed', 'unreviewed', 'stale-sign-off', 'unsigned'] as const;
export type FailOnCondition = (typeof FAIL_ON_CONDITIONS)[number];

/** The conditions that concern one claim; the others concern the whole draft. */
export type ClaimCondition = Extract<FailOnCondition, 'disputed' | 'unverified' | 'changed' | 'unreviewed'>;
export type DraftCondition = Exclude<FailOnCondition, ClaimCondition>;

/** The publishing policy: which conditions block a draft, and from which check-worthiness an unreviewed claim does. */
export interface PublishPolicy {
  /** In FAIL_ON_CONDITIONS order, without duplicates. */
  failOn: FailOnCondition[];
  /** Unreviewed claims scoring at least this (0..1) block when failOn has 'unreviewed'. */
  minScore: number;
}

/** The record a sign-off leaves in the sidecar (top-level `signOff`). */
export interface SignOff {
  /** The editor's name. */
  by: string;
  /** ISO 8601. */
  at: string;
  /** draftTextHash of the draft text when signed off. */
  textHash: string;
  /** The policy that held when signed off. */
  policy: PublishPolicy;
}

/**
 * Where a draft stands, most urgent first:
 * unreadable (its sidecar cannot be read), changed-since-sign-off, blocked-by-disputed,
 * needs-work (other blockers), ready (policy holds, not signed off), signed-off.
 */
export const DRAFT_STATES = ['unreadable', 'changed-since-sign-off', 'blocked-by-disputed', 'needs-work', 'ready', 'signed-off'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

/** A claim that stops the draft from passing, and why. */
export interface ClaimBlocker {
  condition: ClaimCondition;
  item: ReviewItem;
}

export interface PolicyEvaluation {
  /** True when no failOn condition holds (claim or draft level) and the sidecar could be read. */
  pass: boolean;
  /** True when the claims allow a sign-off now (draft-level conditions do not count: signing off clears them). */
  canSignOff: boolean;
  state: DraftState;
  /** In document order. */
  blockers: ClaimBlocker[];
  /** Draft-level conditions that hold and are in failOn. */
  draftProblems: DraftCondition[];
  counts: StatusCounts;
  /** The sidecar's sign-off, if any, and whether it still matches the text. */
  signOff?: { record: SignOff; valid: boolean };
  /** Why the sidecar could not be read (state 'unreadable'). */
  error?: string;
}
