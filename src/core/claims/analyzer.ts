import type { DraftLanguage } from '../document';
import { blocksBefore, splitAround, splitBlocks, type Block } from './blocks';
import { LruCache } from './lru';
import { resolveOptions, type ResolvedOptions } from './options';
import { claimsInBlock, shiftClaims } from './paragraph';
import { PlacedClaims } from './placedClaims';
import type { Claim, DetectOptions } from './types';
import { precompiled } from '../text/precompiled';

const IGNORE_MENTION = precompiled(/factcheck-ignore/i);

/** Paragraphs remembered across calls; enough for several long drafts open at once. */
const DEFAULT_CAPACITY = 50_000;

/**
 * The paragraphs of the last analysed text as parallel arrays: start, end and claims relative to
 * the start. An edit shifts the starts of later paragraphs in place; their claim objects are kept.
 */
interface LastRun {
  text: string;
  language: DraftLanguage;
  starts: number[];
  ends: number[];
  groups: (readonly Claim[])[];
  count: number;
  /** Bumped by every in-place edit, so views of an earlier state know they are stale. */
  generation: number;
}

/**
 * Incremental detection for an editor. Results are cached per paragraph, keyed by the
 * paragraph's text and language (bounded LRU), so after an edit only changed paragraphs
 * are analysed again. When the edit stays inside one paragraph of the previous text,
 * even splitting the document is skipped, and only that paragraph's claims are re-created:
 * claims are held relative to their paragraph (see PlacedClaims). Always returns exactly
 * what detectClaims returns.
 */
export class ClaimAnalyzer {
  private options: ResolvedOptions;
  private readonly cache: LruCache<string, readonly Claim[]>;
  private last: LastRun | undefined;
  private lookups = 0;

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

  /** Every claim at document offsets (frozen: results share nothing a caller could corrupt). */
  analyze(text: string, language: DraftLanguage): Claim[] {
    const claims = this.update(text, language).toArray();
    for (const claim of claims) Object.freeze(claim);
    return claims;
  }

  /** The claims of `text` held per paragraph: after a local edit this costs one paragraph's detection, not the document's. */
  update(text: string, language: DraftLanguage): PlacedClaims {
    const last = this.last?.language === language ? this.last : undefined;
    if (last?.text !== text) {
      const change = last && changeBetween(last.text, text);
      this.last =
        (last && change && this.localEdit(last, text, change)) ?? this.allBlocks(text, language, last && change && { run: last, change });
    }
    return snapshot(this.last!);
  }

  /** True when the last text is known, so update() after an edit re-analyses changed paragraphs only. */
  get primed(): boolean {
    return this.last !== undefined;
  }

  /** A full detection split into paragraph steps, to be run in slices; it becomes the base for later edits once finished. */
  beginPass(text: string, language: DraftLanguage): DetectionPass {
    return new DetectionPass(text, language, splitBlocks(text, language), this);
  }

  /**
   * The claims of the paragraphs the ranges touch (as SlicedPass counts them: a paragraph ending at a range's start or
   * starting at its end too), at document offsets, in document order, from a split of the text up to them only
   * (blocksBefore). Each paragraph's claims are cached, so a full pass that follows does not analyse it again.
   */
  claimsAround(text: string, language: DraftLanguage, ranges: readonly { start: number; end: number }[]): Claim[] {
    let last = 0;
    for (const range of ranges) last = Math.max(last, range.end);
    const claims: Claim[] = [];
    for (const block of blocksBefore(text, language, last + 1)) {
      if (!ranges.some((range) => block.end >= range.start && block.start <= range.end)) continue;
      shiftClaims(this.claimsOf(text.slice(block.start, block.end), language), block.start, claims);
    }
    return claims;
  }

  /** Paragraphs currently cached (for tests and diagnostics). */
  get cachedParagraphs(): number {
    return this.cache.size;
  }

  /** Paragraphs whose claims were looked for since this analyzer was made, cached or not (for tests and diagnostics). */
  get paragraphsLookedUp(): number {
    return this.lookups;
  }

  /** @internal for DetectionPass */
  claimsOf(paragraph: string, language: DraftLanguage): readonly Claim[] {
    this.lookups++;
    const key = (language === 'markdown' ? 'm' : 'p') + paragraph;
    let claims = this.cache.get(key);
    if (!claims) {
      const found = claimsInBlock(paragraph, language, this.options);
      for (const claim of found) Object.freeze(claim);
      claims = found;
      this.cache.set(key, claims);
    }
    return claims;
  }

  /** @internal for DetectionPass */
  adopt(run: LastRun): void {
    this.last = run;
  }

  /**
   * Every paragraph of the text. After an edit that changed the paragraphs (a blank line typed or removed, a fence),
   * only the text around the edit is split again (splitAround), and the paragraphs before and after that keep the last
   * run's claims. A 1 MB draft was split whole and its 8,000 paragraphs sliced and looked up
   * by their text: 6-47 ms an edit.
   */
  private allBlocks(text: string, language: DraftLanguage, previous?: { run: LastRun; change: TextChange }): LastRun {
    const run: LastRun = { text, language, starts: [], ends: [], groups: [], count: 0, generation: 0 };
    const add = (start: number, end: number, claims: readonly Claim[]) => {
      run.starts.push(start);
      run.ends.push(end);
      run.groups.push(claims);
      run.count += claims.length;
    };
    if (!previous) {
      for (const b of splitBlocks(text, language)) add(b.start, b.end, this.claimsOf(text.slice(b.start, b.end), language));
      return run;
    }
    const { run: last, change } = previous;
    const around = splitAround(text, language, { starts: last.starts, ends: last.ends, ...change });
    for (let i = 0; i < around.from; i++) add(last.starts[i], last.ends[i], last.groups[i]);
    // The few paragraphs split again are looked up by their text (those before the edit are cached).
    for (const b of around.blocks) add(b.start, b.end, this.claimsOf(text.slice(b.start, b.end), language));
    for (let i = around.to; i < last.starts.length; i++) add(last.starts[i] + change.delta, last.ends[i] + change.delta, last.groups[i]);
    return run;
  }

  /**
   * The new paragraph list when the text differs from the last one only inside one
   * paragraph and the edit cannot change paragraph structure; undefined otherwise.
   */
  private localEdit(last: LastRun, text: string, { prefix, oldEnd, delta }: TextChange): LastRun | undefined {
    const { language, text: old } = last;
    const index = blockContaining(last.starts, last.ends, prefix, oldEnd);
    if (index < 0) return undefined;
    const start = last.starts[index];
    const end = last.ends[index];
    // The first characters decide list items, indentation and front matter: leave those to the full path.
    // Anything else that could reach beyond the paragraph (a blank line, a fence, an unclosed comment,
    // an ignore directive) makes the paragraph split differently on its own, which is checked below.
    if (prefix < start + 16) return undefined;
    const paragraph = text.slice(start, end + delta);
    if (paragraph.startsWith('---') || paragraph.startsWith('+++')) return undefined;
    // An ignore comment inside a paragraph reaches the next one: adding or removing one takes the full path.
    if (IGNORE_MENTION.test(paragraph) || IGNORE_MENTION.test(old.slice(start, end))) return undefined;
    const resplit = splitBlocks(paragraph, language);
    if (resplit.length !== 1 || resplit[0].start !== 0 || resplit[0].end !== paragraph.length) return undefined;

    // The previous run is private and about to be replaced, so it is updated in place: later paragraphs
    // only move (their claims are relative to their start), the edited one gets its claims again.
    const claims = this.claimsOf(paragraph, language);
    last.generation++;
    last.count += claims.length - last.groups[index].length;
    last.groups[index] = claims;
    last.ends[index] = end + delta;
    if (delta !== 0) {
      const { starts, ends } = last;
      for (let i = index + 1; i < starts.length; i++) {
        starts[i] += delta;
        ends[i] += delta;
      }
    }
    last.text = text;
    return last;
  }
}

/**
 * A full detection as paragraph-sized steps, run in any order (the visible paragraphs first) so
 * that no single task blocks the editor for long. Its result equals detectClaims on the text.
 */
export class DetectionPass {
  private readonly groups: (readonly Claim[] | undefined)[];
  private left: number;

  constructor(
    readonly text: string,
    readonly language: DraftLanguage,
    private readonly blocks: readonly Block[],
    private readonly analyzer: ClaimAnalyzer,
  ) {
    this.groups = new Array<readonly Claim[] | undefined>(blocks.length).fill(undefined);
    this.left = blocks.length;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  /** Paragraphs not analysed yet. */
  get remaining(): number {
    return this.left;
  }

  /** Index of the first paragraph ending at or after `offset` (blockCount when none does). */
  blockAt(offset: number): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  blockStart(index: number): number {
    return this.blocks[index].start;
  }

  isDone(index: number): boolean {
    return this.groups[index] !== undefined;
  }

  /** Detects one paragraph (a no-op when already done). */
  analyzeBlock(index: number): void {
    if (this.groups[index] !== undefined) return;
    const b = this.blocks[index];
    this.groups[index] = this.analyzer.claimsOf(this.text.slice(b.start, b.end), this.language);
    this.left--;
  }

  /** The claims of the paragraphs analysed so far (all of them once remaining is 0). */
  claims(): PlacedClaims {
    const run = this.collect();
    if (this.left === 0) this.analyzer.adopt(run);
    return snapshot(run);
  }

  private collect(): LastRun {
    const run: LastRun = { text: this.text, language: this.language, starts: [], ends: [], groups: [], count: 0, generation: 0 };
    for (let i = 0; i < this.blocks.length; i++) {
      const claims = this.groups[i];
      if (!claims) continue;
      run.starts.push(this.blocks[i].start);
      run.ends.push(this.blocks[i].end);
      run.groups.push(claims);
      run.count += claims.length;
    }
    return run;
  }
}

/**
 * A view of a run without copying it (copying three arrays of every paragraph per keystroke costs more than the
 * edit): valid until the next in-place edit, after which reading it throws instead of giving wrong offsets.
 */
function snapshot(run: LastRun): PlacedClaims {
  const generation = run.generation;
  return new PlacedClaims(run.starts, run.ends, run.groups, run.count, () => run.generation === generation);
}

/** Where two texts differ: the same first `prefix` characters, and the same characters from `oldEnd` in the old one to its end. */
interface TextChange {
  prefix: number;
  oldEnd: number;
  /** New length minus old. */
  delta: number;
}

function changeBetween(old: string, text: string): TextChange {
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, prefix);
  return { prefix, oldEnd: old.length - suffix, delta: text.length - old.length };
}

/** Length of the common prefix, compared in native chunks before narrowing down. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let lo = 0;
  for (let step = 65536; lo + step <= max && a.slice(lo, lo + step) === b.slice(lo, lo + step);) lo += step;
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
  for (let step = 65536; lo + step <= max && a.slice(a.length - lo - step, a.length - lo) === b.slice(b.length - lo - step, b.length - lo);)
    lo += step;
  let hi = Math.min(max, lo + 65536);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the paragraph holding the whole range [from, to), by binary search; -1 when none does. */
function blockContaining(starts: readonly number[], ends: readonly number[], from: number, to: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < from) lo = mid + 1;
    else if (starts[mid] > from) hi = mid - 1;
    else return to <= ends[mid] ? mid : -1;
  }
  return -1;
}
