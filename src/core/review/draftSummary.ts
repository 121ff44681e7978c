import { parseSidecar, reanchor } from '../annotations';
import type { Annotation, SidecarFile } from '../annotations/types';
import { splitBlocks } from '../claims/blocks';
import { resolveOptions } from '../claims/options';
import { claimsInBlock, shiftClaims } from '../claims/paragraph';
import type { Claim, DetectOptions } from '../claims/types';
import type { DraftLanguage } from '../document';
import { buildReview } from './buildReview';
import type { DraftReview } from './types';

export interface DraftSummaryInput {
  /** Identity used in the review (a URI string or a path). */
  uri: string;
  /** The draft's file name, checked against the sidecar's `draft` field. */
  name: string;
  text: string;
  language: DraftLanguage;
  /** The sidecar's text, or undefined when the draft has none yet. */
  sidecarText: string | undefined;
  detect: DetectOptions;
  /** Unannotated claims below this score are left out, as in the editor. */
  minScore: number;
}

export interface DraftSummary {
  review: DraftReview;
  /** The sidecar as read (before re-anchoring), for fields beyond the review such as a sign-off; undefined when absent or unreadable. */
  sidecar: SidecarFile | undefined;
}

/**
 * A draft's review built from its text and sidecar text without an editor, in small steps:
 * the generator yields after each paragraph, so a caller can spread a large draft over several
 * short tasks. Produces the same review the editor shows for the draft opened unchanged.
 */
export function* summarizeDraftInSteps(input: DraftSummaryInput): Generator<void, DraftSummary, void> {
  let annotations: Annotation[] = [];
  let storeError: string | undefined;
  let sidecar: DraftSummary['sidecar'];
  if (input.sidecarText !== undefined) {
    const parsed = parseSidecar(input.sidecarText, input.name);
    if (parsed.ok) {
      sidecar = parsed.file;
      annotations = reanchor(parsed.file.annotations, input.text).annotations;
    } else {
      storeError = parsed.error;
    }
    yield;
  }
  // Detection runs without minScore so annotated low-scoring claims stay, as in the editor (buildReview applies it).
  const options = resolveOptions({ ...input.detect, minScore: 0 });
  const claims: Claim[] = [];
  for (const block of splitBlocks(input.text, input.language)) {
    shiftClaims(claimsInBlock(input.text.slice(block.start, block.end), input.language, options), block.start, claims);
    yield;
  }
  const review = buildReview({ uri: input.uri, version: 0, claims, annotations, minScore: input.minScore, storeError });
  return { review, sidecar };
}

/** The same summary in one call (CLI, tests). */
export function summarizeDraft(input: DraftSummaryInput): DraftSummary {
  const steps = summarizeDraftInSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
