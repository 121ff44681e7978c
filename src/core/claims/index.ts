import type { DraftLanguage } from '../document';
import { splitBlocks } from './blocks';
import { resolveOptions } from './options';
import { claimsInBlock, moveClaims } from './paragraph';
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
