import type { DraftLanguage } from '../document';
import { splitBlocks } from './blocks';
import { resolveOptions } from './options';
import { claimsInBlock, claimsOfBlock, moveClaims } from './paragraph';
import type { Claim, DetectOptions } from './types';

export * from './types';
export { ClaimAnalyzer, DetectionPass } from './analyzer';
export { PlacedClaims } from './placedClaims';
export { describeKind, KIND_LABELS } from './describe';

/**
 * Detects claims in a whole document: sorted by start, non-overlapping, offsets in
 * UTF-16 code units with text === source.slice(start, end). Deterministic and offline.
 */
export function detectClaims(text: string, language: DraftLanguage, options: DetectOptions = {}): Claim[] {
  const resolved = resolveOptions(options);
  const claims: Claim[] = [];
  for (const block of splitBlocks(text, language)) {
    moveClaims(claimsInBlock(text.slice(block.start, block.end), language, resolved), block.start, claims);
  }
  return claims;
}

/**
 * detectClaims one claim at a time, the same claims in the same order: for a consumer that writes each
 * and lets it go, so that a draft of a million claims is never held whole (nor promoted by the collector).
 */
export function* streamClaims(text: string, language: DraftLanguage, options: DetectOptions = {}): Generator<Claim> {
  const resolved = resolveOptions(options);
  for (const block of splitBlocks(text, language)) {
    for (const claim of claimsOfBlock(text.slice(block.start, block.end), language, resolved)) {
      claim.start += block.start;
      claim.end += block.start;
      yield claim;
    }
  }
}
