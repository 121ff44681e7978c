import type { ReviewItem } from '../../core/review/types';

/** Claim order in the desk: as in the draft, or most check-worthy first. */
export type DeskOrder = 'position' | 'score';

/** Used when the host sends no threshold (an older host); the factCheck.triage.minScore default. */
export const FALLBACK_TRIAGE_MIN_SCORE = 0.8;

/** A claim to check first: scoring at least the threshold, and still needing a look (not verified or dismissed). */
export function isCheckFirst(item: ReviewItem, minScore: number): boolean {
  return item.score >= minScore && item.status !== 'verified' && item.status !== 'dismissed';
}

export function countCheckFirst(items: readonly ReviewItem[], minScore: number): number {
  let count = 0;
  for (const item of items) if (isCheckFirst(item, minScore)) count++;
  return count;
}

/** The threshold from a snapshot, trusted only when it is a number in 0..1. */
export function triageThreshold(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : FALLBACK_TRIAGE_MIN_SCORE;
}

/** Items in the chosen order; by score, ties keep document order (a new array either way). */
export function orderItems(items: readonly ReviewItem[], order: DeskOrder): ReviewItem[] {
  if (order === 'position') return [...items];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.score - a.item.score || a.index - b.index)
    .map((entry) => entry.item);
}
