import type { DraftLanguage } from '../document';
import { splitBlocks } from './blocks';
import { LruCache } from './lru';
import { resolveOptions, type ResolvedOptions } from './options';
import { claimsInBlock, shiftClaims } from './paragraph';
import type { Claim, DetectOptions } from './types';

/** Paragraphs remembered across calls; enough for several long drafts open at once. */
const DEFAULT_CAPACITY = 50_000;

/**
 * Incremental detection for an editor: results are cached per paragraph, keyed by
 * the paragraph's text and language, so after a small edit only the changed
 * paragraph is analysed again. Returns exactly what detectClaims returns.
 */
export class ClaimAnalyzer {
  private options: ResolvedOptions;
  private readonly cache: LruCache<string, Claim[]>;

  constructor(options: DetectOptions = {}, capacity = DEFAULT_CAPACITY) {
    this.options = resolveOptions(options);
    this.cache = new LruCache(capacity);
  }

  /** New options invalidate every cached paragraph (they change which claims exist). */
  setOptions(options: DetectOptions): void {
    const next = resolveOptions(options);
    if (next.key !== this.options.key) this.cache.clear();
    this.options = next;
  }

  analyze(text: string, language: DraftLanguage): Claim[] {
    const claims: Claim[] = [];
    const prefix = language === 'markdown' ? 'm' : 'p';
    for (const block of splitBlocks(text, language)) {
      const key = prefix + text.slice(block.start, block.end);
      let found = this.cache.get(key);
      if (!found) {
        found = claimsInBlock(key.slice(1), language, this.options);
        this.cache.set(key, found);
      }
      shiftClaims(found, block.start, claims);
    }
    return claims;
  }

  /** Paragraphs currently cached (for tests and diagnostics). */
  get cachedParagraphs(): number {
    return this.cache.size;
  }
}
