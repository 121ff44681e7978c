import type { Annotation } from '../annotations/types';
import type { Claim } from '../claims/types';
import type { DraftReview, ReviewItem } from './types';

export const MANUAL_REASON = 'marked by an editor';
/** For an annotation whose claim the engine no longer finds (text edited, settings changed): kept, never hidden. */
export const UNDETECTED_REASON = 'annotated earlier; no longer detected in the current text';

export interface ReviewInput {
  uri: string;
  version: number;
  /** Detected claims, including those below minScore: annotated ones stay visible whatever their score. */
  claims: readonly Claim[];
  annotations: readonly Annotation[];
  /** Unannotated claims scoring below this are left out. */
  minScore?: number;
  storeError?: string;
}

/** The id of an item nobody has acted on yet; stable only for one document version. */
export function detectedItemId(claim: Pick<Claim, 'start' | 'end'>): string {
  return `claim:${claim.start}:${claim.end}`;
}

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
}

/** True when the spans share text, or an empty span sits inside the other. */
function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aStart === aEnd) return aStart >= bStart && aStart < bEnd;
  if (bStart === bEnd) return bStart >= aStart && bStart < aEnd;
  return overlap(aStart, aEnd, bStart, bEnd) > 0;
}

/** Claims sorted by start with a running maximum of their ends, so overlap lookups need not scan every claim. */
class ClaimIndex {
  private readonly sorted: Claim[];
  private readonly maxEnd: number[];

  constructor(claims: readonly Claim[]) {
    this.sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxEnd = [];
    let max = -1;
    for (const claim of this.sorted) {
      max = Math.max(max, claim.end);
      this.maxEnd.push(max);
    }
  }

  get claims(): readonly Claim[] {
    return this.sorted;
  }

  /** Indexes of the claims overlapping [start, end). */
  overlapping(start: number, end: number): number[] {
    // First claim starting at or after `end` (for an empty span, after it) cannot overlap.
    const limit = start === end ? end + 1 : end;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < limit) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    // Ends are not sorted, but once the running maximum falls before `start` no earlier claim can reach it.
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] >= start; i--) {
      const claim = this.sorted[i];
      if (overlaps(start, end, claim.start, claim.end)) found.push(i);
    }
    return found;
  }
}

function annotatedItem(annotation: Annotation, best: Claim | undefined): ReviewItem {
  const { anchor } = annotation;
  return {
    id: annotation.id,
    start: anchor.start,
    end: anchor.end,
    text: anchor.exact,
    kind: annotation.kind,
    reason: best ? best.reason : annotation.manual ? MANUAL_REASON : UNDETECTED_REASON,
    score: best ? best.score : annotation.manual ? 1 : 0,
    ...(best?.cues ? { cues: best.cues } : {}),
    status: annotation.status,
    annotation,
    detected: best !== undefined,
  };
}

function byPosition(a: ReviewItem, b: ReviewItem): number {
  return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

/**
 * Merges what the engine detects with what editors recorded. An annotation takes the place of
 * every detected claim it overlaps (it carries the editor's status; the claim lends its reason
 * and score); dismissed annotations move to `dismissed`; orphaned ones to `orphans`.
 */
export function buildReview(input: ReviewInput): DraftReview {
  const index = new ClaimIndex(input.claims);
  const claims = index.claims;
  const taken = new Array<boolean>(claims.length).fill(false);
  const items: ReviewItem[] = [];
  const dismissed: ReviewItem[] = [];
  const orphans: Annotation[] = [];

  for (const annotation of input.annotations) {
    if (annotation.orphaned) {
      orphans.push(annotation);
      continue;
    }
    const { start, end } = annotation.anchor;
    let best: Claim | undefined;
    let bestOverlap = -1;
    for (const i of index.overlapping(start, end)) {
      taken[i] = true;
      const shared = overlap(start, end, claims[i].start, claims[i].end);
      if (shared > bestOverlap) {
        best = claims[i];
        bestOverlap = shared;
      }
    }
    const item = annotatedItem(annotation, best);
    (annotation.status === 'dismissed' ? dismissed : items).push(item);
  }

  const minScore = input.minScore ?? 0;
  claims.forEach((claim, i) => {
    if (taken[i] || claim.score < minScore) return;
    items.push({
      id: detectedItemId(claim),
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.kind,
      reason: claim.reason,
      score: claim.score,
      ...(claim.cues ? { cues: claim.cues } : {}),
      status: 'unreviewed',
      detected: true,
    });
  });

  items.sort(byPosition);
  dismissed.sort(byPosition);
  orphans.sort((a, b) => a.anchor.start - b.anchor.start || a.id.localeCompare(b.id));
  const review: DraftReview = { uri: input.uri, version: input.version, items, dismissed, orphans };
  if (input.storeError !== undefined) review.storeError = input.storeError;
  return review;
}
