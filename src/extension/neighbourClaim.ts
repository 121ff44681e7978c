// Which claim "next" and "previous" go to. Pure (no vscode import) so unit tests cover it directly.
import type { ReviewItem } from '../core/review/types';

export type Direction = 'next' | 'previous';

/**
 * The claim after (or before) the one at offset, or after/before offset when it is on none;
 * wraps around the draft. `wrapped` says the search went past the end (or start).
 */
export function neighbourClaim(
  items: readonly ReviewItem[],
  current: ReviewItem | undefined,
  offset: number,
  direction: Direction,
  accept: (item: ReviewItem) => boolean = () => true,
): { item: ReviewItem; wrapped: boolean } | undefined {
  const candidates = items.filter(accept);
  if (candidates.length === 0) return undefined;
  const ref = current ? current.start : offset;
  if (direction === 'next') {
    const after = candidates.find((i) => (current ? i.start > ref : i.start >= ref));
    return after ? { item: after, wrapped: false } : { item: candidates[0], wrapped: true };
  }
  const before = [...candidates].reverse().find((i) => i.start < ref);
  return before ? { item: before, wrapped: false } : { item: candidates[candidates.length - 1], wrapped: true };
}
