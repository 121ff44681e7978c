// PLACEHOLDER until the claim engine lands (owned by the engine work): keeps the build green.
import type { DraftLanguage } from '../document';
import type { Claim, DetectOptions } from './types';
export * from './types';

/** Detects claims in a whole document. Offsets are UTF-16 code units. */
export function detectClaims(_text: string, _language: DraftLanguage, _options: DetectOptions = {}): Claim[] {
  return [];
}
