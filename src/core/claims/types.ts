/** The kinds of checkable claim; definitions in docs/claim-kinds.md. */
export const CLAIM_KINDS = ['statistic', 'comparison', 'attribution', 'evidence', 'absolute', 'causal', 'event', 'legal'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}

/** A detected claim. Offsets are UTF-16 code units into the whole document text. */
export interface Claim {
  start: number;
  end: number;
  /** Always source.slice(start, end). */
  text: string;
  kind: ClaimKind;
  /** The cue that made it a claim, in words a person understands. */
  reason: string;
  /** Check-worthiness in 0..1. */
  score: number;
  /** Every cue behind the score, the one that decided the kind first (for hovers and the desk). */
  cues?: readonly string[];
}

/** Plain options so the extension settings and the CLI flags can both drive detection. */
export interface DetectOptions {
  /** Kinds to report; all when absent. */
  kinds?: readonly ClaimKind[];
  /** Drop claims scoring below this (0..1). */
  minScore?: number;
  /** Extra cue phrases: a sentence containing one is reported (kind 'event' unless a stronger cue applies). */
  extraCues?: readonly string[];
  /** A sentence containing one of these phrases (case-insensitive) is never reported. */
  ignorePhrases?: readonly string[];
}
