/**
 * One draft from its text and its sidecar's text to a policy verdict: parse the sidecar,
 * re-anchor its annotations to the current text (in memory), detect claims, build the
 * review and evaluate the policy. What `check`, reports, sign-off's background checks and the
 * Drafts view's counting share; pure, so it runs in the CLI, a worker or a test.
 */
import { parseSidecar, reanchor, type SidecarFile } from '../annotations';
import { splitBlocks } from '../claims/blocks';
import { resolveOptions } from '../claims/options';
import { claimsInBlock, shiftClaims } from '../claims/paragraph';
import type { Claim, DetectOptions } from '../claims/types';
import type { DraftLanguage } from '../document';
import { buildReview } from '../review/buildReview';
import type { DraftReview } from '../review/types';
import { evaluatePolicy } from './evaluate';
import type { PolicyEvaluation, PublishPolicy } from './types';

/** What decides a draft's verdict besides its files: the same in the Drafts view, sign-off, reports and `check`. */
export interface PolicyInputs {
  policy: PublishPolicy;
  /**
   * Detection options. Their minScore is the editor's (factCheck.minScore): unannotated claims below it
   * are left out of the review, as in the editor; the policy's minScore decides what blocks.
   */
  detect?: DetectOptions;
}

export interface AssessInput extends PolicyInputs {
  /** Identity for the review (a path or URI). */
  uri: string;
  text: string;
  language: DraftLanguage;
  /** The draft's file name, which the sidecar's `draft` field must match. */
  draftName: string;
  /** The sidecar's text; undefined when the draft has none (nothing reviewed yet). */
  sidecarText?: string;
  /** For history entries re-anchoring writes in memory; defaults to the current time. */
  now?: string;
}

export interface DraftAssessment {
  review: DraftReview;
  evaluation: PolicyEvaluation;
  /** The sidecar as read and re-anchored to the text; undefined when there is none or it cannot be read. */
  sidecar?: SidecarFile;
}

/** The step that just ran, so a caller spreading the work over tasks can time each kind. */
export type AssessStep = 'parse-sidecar' | 'reanchor' | 'detect-block' | 'review';

/**
 * The assessment in small steps: the generator yields after parsing the sidecar, after re-anchoring,
 * after each paragraph's detection and after building the review, so a caller can spread a large
 * draft over several short tasks (the Drafts view does). Same result as assessDraft.
 */
export function* assessDraftInSteps(input: AssessInput): Generator<AssessStep, DraftAssessment, void> {
  let sidecar: SidecarFile | undefined;
  let sidecarError: string | undefined;
  if (input.sidecarText !== undefined) {
    const parsed = parseSidecar(input.sidecarText, input.draftName);
    yield 'parse-sidecar';
    if (parsed.ok) {
      const annotations = reanchor(parsed.file.annotations, input.text, undefined, input.now).annotations;
      sidecar = { ...parsed.file, annotations };
      yield 'reanchor';
    } else sidecarError = parsed.error;
  }
  // Detection runs without minScore so annotated low-scoring claims stay, as in the editor (buildReview applies it).
  const options = resolveOptions({ ...input.detect, minScore: 0 });
  const claims: Claim[] = [];
  for (const block of splitBlocks(input.text, input.language)) {
    shiftClaims(claimsInBlock(input.text.slice(block.start, block.end), input.language, options), block.start, claims);
    yield 'detect-block';
  }
  const review = buildReview({
    uri: input.uri,
    version: 0,
    claims,
    annotations: sidecar?.annotations ?? [],
    minScore: input.detect?.minScore ?? 0,
    ...(sidecarError !== undefined ? { storeError: sidecarError } : {}),
  });
  yield 'review';
  const evaluation = evaluatePolicy({
    items: review.items,
    policy: input.policy,
    text: input.text,
    ...(sidecar?.signOff ? { signOff: sidecar.signOff } : {}),
    ...(sidecarError !== undefined ? { sidecarError } : {}),
  });
  const result: DraftAssessment = { review, evaluation };
  if (sidecar) result.sidecar = sidecar;
  return result;
}

/** The assessment in one call (CLI, reports, tests). */
export function assessDraft(input: AssessInput): DraftAssessment {
  const steps = assessDraftInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
