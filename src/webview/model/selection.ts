import type { ReviewItem } from '../../core/review/types';

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export function isNavigationKey(key: string): key is NavigationKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End' || key === 'PageDown' || key === 'PageUp';
}

/** The index selected after a navigation key; -1 when the list is empty. With nothing selected, down/home pick the first row. */
export function moveIndex(current: number, count: number, key: NavigationKey, pageSize: number): number {
  if (count <= 0) return -1;
  const page = Math.max(1, pageSize);
  const last = count - 1;
  if (current < 0 || current > last) return key === 'End' || key === 'ArrowUp' ? last : 0;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, current + page);
    case 'PageUp':
      return Math.max(0, current - page);
  }
}

/**
 * Finds the item that an earlier snapshot's item became. Ids of unannotated claims encode their offsets,
 * so an edit above a claim, or annotating it, changes its id: then the same text and kind nearest the
 * old position is the same claim.
 */
export function reconcileItem(
  previous: Pick<ReviewItem, 'id' | 'text' | 'kind' | 'start'>,
  candidates: readonly ReviewItem[],
): ReviewItem | undefined {
  let best: ReviewItem | undefined;
  for (const item of candidates) {
    if (item.id === previous.id) return item;
    if (item.text === previous.text && item.kind === previous.kind) {
      if (!best || Math.abs(item.start - previous.start) < Math.abs(best.start - previous.start)) best = item;
    }
  }
  return best;
}
