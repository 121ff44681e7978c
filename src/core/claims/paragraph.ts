import type { DraftLanguage } from '../document';
import { classifySentence } from './classify';
import { maskBlock } from './mask';
import type { ResolvedOptions } from './options';
import { segmentSentences } from './sentences';
import type { Claim } from './types';

/** Claims in one block of prose, with offsets relative to the block. */
export function claimsInBlock(block: string, language: DraftLanguage, options: ResolvedOptions): Claim[] {
  const { masked, unitStarts } = maskBlock(block, language);
  const sentences = segmentSentences(masked, unitStarts);
  const aloneInBlock = sentences.length === 1 && unitStarts.length === 0;
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const claim = classifySentence(masked, block, sentence, { aloneInBlock }, options);
    if (claim) claims.push(claim);
  }
  return claims;
}

/** Moves block-relative claims to document offsets. */
export function shiftClaims(claims: readonly Claim[], by: number, into: Claim[]): void {
  for (const c of claims) into.push({ start: c.start + by, end: c.end + by, text: c.text, kind: c.kind, reason: c.reason, score: c.score });
}
