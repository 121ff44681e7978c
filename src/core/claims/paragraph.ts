import type { DraftLanguage } from '../document';
import { classifySentence } from './classify';
import { maskBlock } from './mask';
import type { ResolvedOptions } from './options';
import { segmentSentences } from './sentences';
import { isSpokenTurn } from './speech';
import type { Claim } from './types';

/** Claims in one block of prose, with offsets relative to the block. */
export function claimsInBlock(block: string, language: DraftLanguage, options: ResolvedOptions): Claim[] {
  const claims: Claim[] = [];
  for (const claim of claimsOfBlock(block, language, options)) claims.push(claim);
  return claims;
}

/**
 * claimsInBlock one claim at a time, in order, each new: a consumer that writes and drops them (the
 * command line on a draft that is one huge paragraph) never holds them all.
 */
export function* claimsOfBlock(block: string, language: DraftLanguage, options: ResolvedOptions): Generator<Claim> {
  const { masked, unitStarts } = maskBlock(block, language);
  const sentences = segmentSentences(masked, unitStarts);
  const aloneInBlock = sentences.length === 1 && unitStarts.length === 0;
  const spoken = isSpokenTurn(masked);
  let openQuote = false;
  let scanned = 0;
  for (const sentence of sentences) {
    openQuote = quoteStateAfter(masked, scanned, sentence.start, openQuote);
    const quoted = openQuote || hasQuoteMark(masked, sentence.start, sentence.end);
    scanned = sentence.start;
    const claim = classifySentence(masked, block, sentence, { aloneInBlock, quoted, spoken }, options);
    if (claim) yield claim;
  }
}

/** A double quotation mark (straight or curly) in masked[from, to). */
function hasQuoteMark(masked: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** Whether a double quotation is open at `to`, given its state at `from`. */
function quoteStateAfter(masked: string, from: number, to: number, open: boolean): boolean {
  let state = open;
  for (let i = from; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 34) state = !state;
    else if (c === 0x201c) state = true;
    else if (c === 0x201d) state = false;
  }
  return state;
}

/** Moves block-relative claims that nobody else holds (fresh from claimsInBlock) to document offsets, in place. */
export function moveClaims(claims: Claim[], by: number, into: Claim[]): void {
  for (const c of claims) {
    c.start += by;
    c.end += by;
    into.push(c);
  }
}

/** Moves block-relative claims to document offsets (as copies: the originals may be cached). */
export function shiftClaims(claims: readonly Claim[], by: number, into: Claim[]): void {
  for (const c of claims) {
    const moved: Claim = { start: c.start + by, end: c.end + by, text: c.text, kind: c.kind, reason: c.reason, score: c.score };
    if (c.cues) moved.cues = c.cues;
    into.push(moved);
  }
}
