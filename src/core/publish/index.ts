/**
 * The publishing workflow's core (pure TypeScript): the policy and its file, policy evaluation
 * with the blocking claims and the draft state, and sign-off records. Used by the extension
 * (Drafts view, Sign Off) and the CLI (`check`), so both apply the same rules.
 */
export * from './types';
export { DEFAULT_POLICY, mergePolicy, parsePolicy, POLICY_FILE_NAME, type ParsePolicyResult } from './policy';
export { normalizeFailOn } from './policyFields';
export { createSignOff, draftTextHash, isSignOffValid, validateSignOff } from './signOff';
export { claimCondition, evaluatePolicy, type PolicyInput } from './evaluate';
export { assessDraft, assessDraftInSteps, type AssessInput, type AssessStep, type DraftAssessment, type PolicyInputs } from './assess';
export { CONDITION_LABELS, describeBlocker, describeDraftProblem, STATE_LABELS } from './labels';
