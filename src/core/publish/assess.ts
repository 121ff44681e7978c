/**
 * One draft from its text and its sidecar's text to a policy verdict: parse the sidecar,
 * re-anchor its annotations to the current text (in memory), detect claims, build the
 * review and evaluate the policy. What `check`, reports and the Drafts view's background
 * counting share; pure, so it runs in the CLI, a worker or a test.
 */
import { parseSidecar, reanchor, type SidecarFile } from '../annotations';
import { detectClaims, type DetectOptions } from '../claims';
import type { DraftLanguage } from '../document';
import { buildReview } from '../review/buildReview';
import type { DraftReview } from '../review/types';
import { evaluatePolicy } from './evaluate';
import type { PolicyEvaluation, PublishPolicy } from './types';

export interface AssessInput {
  /** Identity for the review (a path or URI). */
  uri: string;
  text: string;
  language: DraftLanguage;
  /** The draft's file name, which the sidecar's `draft` field must match. */
  draftName: string;
  /** The sidecar's text; undefined when the draft has none (nothing reviewed yet). */
  sidecarText?: string;
  policy: PublishPolicy;
  /** Detection options (the policy's minScore decides what blocks, not these). */
  detect?: DetectOptions;
  /** For history entries re-anchoring writes in memory; defaults to the current time. */
  now?: string;
}

export interface DraftAssessment {
  review: DraftReview;
  evaluation: PolicyEvaluation;
  /** The sidecar as read and re-anchored to the text; undefined when there is none or it cannot be read. */
  sidecar?: SidecarFile;
}

export function assessDraft(input: AssessInput): DraftAssessment {
  let sidecar: SidecarFile | undefined;
  let sidecarError: string | undefined;
  if (input.sidecarText !== undefined) {
    const parsed = parseSidecar(input.sidecarText, input.draftName);
    if (parsed.ok) {
      const annotations = reanchor(parsed.file.annotations, input.text, undefined, input.now).annotations;
      sidecar = { ...parsed.file, annotations };
    } else sidecarError = parsed.error;
  }
  const claims = detectClaims(input.text, input.language, input.detect);
  const review = buildReview({ uri: input.uri, version: 0, claims, annotations: sidecar?.annotations ?? [], ...(sidecarError !== undefined ? { storeError: sidecarError } : {}) });
  const evaluation = evaluatePolicy({ items: review.items, policy: input.policy, text: input.text, ...(sidecar?.signOff ? { signOff: sidecar.signOff } : {}), ...(sidecarError !== undefined ? { sidecarError } : {}) });
  const result: DraftAssessment = { review, evaluation };
  if (sidecar) result.sidecar = sidecar;
  return result;
}
