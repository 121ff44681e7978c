import type { DraftLanguage } from '../document';
import { splitBlocks, type Block } from './blocks';
import { LruCache } from './lru';
import { resolveOptions, type ResolvedOptions } from './options';
import { claimsInBlock, shiftClaims } from './paragraph';
import type { Claim, DetectOptions } from './types';

const IGNORE_MENTION = /factcheck-ignore/i;

/** Paragraphs remembered across calls; enough for several long drafts open at once. */
const DEFAULT_CAPACITY = 50_000;

/** A paragraph of the last analysed text with its claims at document offsets (frozen: shared between results). */
interface AnalysedBlock extends Block {
  claims: readonly Claim[];
}

interface LastRun {
  text: string;
  language: DraftLanguage;
  blocks: AnalysedBlock[];
}

/**
 * Incremental detection for an editor. Results are cached per paragraph, keyed by the
 * paragraph's text and language (bounded LRU), so after an edit only changed paragraphs
 * are analysed again. When the edit stays inside one paragraph of the previous text,
 * even splitting the document is skipped. Always returns exactly what detectClaims returns.
 */
export class ClaimAnalyzer {
  private options: ResolvedOptions;
  private readonly cache: LruCache<string, Claim[]>;
  private last: LastRun | undefined;

  constructor(options: DetectOptions = {}, capacity = DEFAULT_CAPACITY) {
    this.options = resolveOptions(options);
    this.cache = new LruCache(capacity);
  }

  /** New options invalidate every cached paragraph (they change which claims exist). */
  setOptions(options: DetectOptions): void {
    const next = resolveOptions(options);
    if (next.key !== this.options.key) {
      this.cache.clear();
      this.last = undefined;
    }
    this.options = next;
  }

  analyze(text: string, language: DraftLanguage): Claim[] {
    const blocks = this.localEdit(text, language) ?? this.allBlocks(text, language);
    this.last = { text, language, blocks };
    const claims: Claim[] = [];
    for (const block of blocks) for (const claim of block.claims) claims.push(claim);
    return claims;
  }

  /** Paragraphs currently cached (for tests and diagnostics). */
  get cachedParagraphs(): number {
    return this.cache.size;
  }

  private allBlocks(text: string, language: DraftLanguage): AnalysedBlock[] {
    return splitBlocks(text, language).map((b) => ({ start: b.start, end: b.end, claims: placed(this.claimsOf(text.slice(b.start, b.end), language), b.start) }));
  }

  private claimsOf(paragraph: string, language: DraftLanguage): Claim[] {
    const key = (language === 'markdown' ? 'm' : 'p') + paragraph;
    let claims = this.cache.get(key);
    if (!claims) {
      claims = claimsInBlock(paragraph, language, this.options);
      this.cache.set(key, claims);
    }
    return claims;
  }

  /**
   * The new paragraph list when the text differs from the last one only inside one
   * paragraph and the edit cannot change paragraph structure; undefined otherwise.
   */
  private localEdit(text: string, language: DraftLanguage): AnalysedBlock[] | undefined {
    const last = this.last;
    if (!last || last.language !== language) return undefined;
    const old = last.text;
    if (old === text) return last.blocks;
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    const oldEnd = old.length - suffix;
    const index = blockContaining(last.blocks, prefix, oldEnd);
    if (index < 0) return undefined;
    const block = last.blocks[index];
    // The first characters decide list items, indentation and front matter: leave those to the full path.
    // Anything else that could reach beyond the paragraph (a blank line, a fence, an unclosed comment,
    // an ignore directive) makes the paragraph split differently on its own, which is checked below.
    if (prefix < block.start + 16) return undefined;
    const delta = text.length - old.length;
    const paragraph = text.slice(block.start, block.end + delta);
    if (paragraph.startsWith('---') || paragraph.startsWith('+++')) return undefined;
    // An ignore comment inside a paragraph reaches the next one: adding or removing one takes the full path.
    if (IGNORE_MENTION.test(paragraph) || IGNORE_MENTION.test(old.slice(block.start, block.end))) return undefined;
    const resplit = splitBlocks(paragraph, language);
    if (resplit.length !== 1 || resplit[0].start !== 0 || resplit[0].end !== paragraph.length) return undefined;

    // The previous paragraph list is private and about to be replaced, so it is updated in place.
    const blocks = last.blocks;
    blocks[index] = { start: block.start, end: block.end + delta, claims: placed(this.claimsOf(paragraph, language), block.start) };
    if (delta !== 0) {
      for (let i = index + 1; i < blocks.length; i++) {
        const b = blocks[i];
        b.start += delta;
        b.end += delta;
        b.claims = placed(b.claims, delta);
      }
    }
    return blocks;
  }
}

/** Claims moved by `by` characters, frozen so results can share them safely. */
function placed(claims: readonly Claim[], by: number): readonly Claim[] {
  if (claims.length === 0) return claims;
  const moved: Claim[] = [];
  shiftClaims(claims, by, moved);
  for (const claim of moved) Object.freeze(claim);
  return moved;
}

/** Length of the common prefix, compared in native chunks before narrowing down. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let lo = 0;
  for (let step = 65536; lo + step <= max && a.slice(lo, lo + step) === b.slice(lo, lo + step); ) lo += step;
  let hi = Math.min(max, lo + 65536);
  // Invariant: the first lo characters match; the first hi+1 do not (or hi === max).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix that does not overlap the common prefix. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let lo = 0;
  for (let step = 65536; lo + step <= max && a.slice(a.length - lo - step, a.length - lo) === b.slice(b.length - lo - step, b.length - lo); ) lo += step;
  let hi = Math.min(max, lo + 65536);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the block holding the whole range [from, to), by binary search; -1 when none does. */
function blockContaining(blocks: readonly Block[], from: number, to: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (b.end < from) lo = mid + 1;
    else if (b.start > from) hi = mid - 1;
    else return to <= b.end ? mid : -1;
  }
  return -1;
}
