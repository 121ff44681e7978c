import * as assert from 'node:assert/strict';
import { detectClaims, type Claim, type ClaimKind, type DetectOptions } from '../../../src/core/claims';
import type { DraftLanguage } from '../../../src/core/document';

/** Claims in a plain-text snippet (no markdown rules). */
export function plain(text: string, options?: DetectOptions): Claim[] {
  return detectClaims(text, 'plaintext', options);
}

export function markdown(text: string, options?: DetectOptions): Claim[] {
  return detectClaims(text, 'markdown', options);
}

/** The one claim found in a one-sentence text, asserting its kind. */
export function onlyClaim(sentence: string, kind: ClaimKind, language: DraftLanguage = 'plaintext'): Claim {
  const claims = detectClaims(sentence, language);
  assert.equal(claims.length, 1, `expected one claim in ${JSON.stringify(sentence)}, got ${JSON.stringify(claims)}`);
  assert.equal(claims[0].kind, kind, `kind of ${JSON.stringify(sentence)} (reason: ${claims[0].reason})`);
  return claims[0];
}

export function noClaim(text: string, language: DraftLanguage = 'plaintext'): void {
  const claims = detectClaims(text, language);
  assert.deepEqual(
    claims.map((c) => c.text),
    [],
    `expected no claim in ${JSON.stringify(text)} (reasons: ${claims.map((c) => c.reason).join('; ')})`,
  );
}

/** The contract every result must meet: exact text, in order, no overlaps, score in 0..1. */
export function assertWellFormed(source: string, claims: readonly Claim[]): void {
  let previousEnd = -1;
  for (const c of claims) {
    assert.equal(c.text, source.slice(c.start, c.end));
    assert.ok(c.start >= previousEnd, `claims overlap or are out of order at ${c.start}`);
    assert.ok(c.end > c.start);
    assert.ok(c.score >= 0 && c.score <= 1, `score ${c.score}`);
    assert.ok(c.reason.length > 0);
    previousEnd = c.end;
  }
}

export function texts(claims: readonly Claim[]): string[] {
  return claims.map((c) => c.text);
}
