// Which highlight style each claim gets. Pure (no vscode import) so unit tests cover it directly.
import type { ReviewItem } from '../core/review/types';
import type { OffsetRange } from './api';

/** Highlight styles, also the keys of FactCheckApi.getDecorationRanges. */
export const STYLE_NAMES = ['unreviewed', 'unverified', 'disputed', 'verified', 'changed', 'emphasised'] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

/** The style for one claim; undefined for dismissed claims, which show nothing. */
export function styleOf(item: ReviewItem): StyleName | undefined {
  switch (item.status) {
    case 'dismissed':
      return undefined;
    case 'verified':
      // A verified claim whose text was edited needs a re-check: it must not look settled.
      return item.annotation?.changedSinceVerification ? 'changed' : 'verified';
    default:
      return item.status;
  }
}

export function emptyStyleRanges(): Record<StyleName, OffsetRange[]> {
  return { unreviewed: [], unverified: [], disputed: [], verified: [], changed: [], emphasised: [] };
}

/**
 * Groups claims by style in document order; unreviewed claims are left out when showUnreviewed is false.
 * With `emphasisMinScore` (factCheck.highlights.emphasis = score), unreviewed claims scoring at least that
 * are 'emphasised': drawn stronger, so the check-first claims stand out.
 */
export function rangesByStyle(
  items: readonly ReviewItem[],
  showUnreviewed: boolean,
  emphasisMinScore?: number,
): Record<StyleName, OffsetRange[]> {
  const grouped = emptyStyleRanges();
  for (const item of items) {
    let style = styleOf(item);
    if (style === undefined || (style === 'unreviewed' && !showUnreviewed) || item.end <= item.start) continue;
    if (style === 'unreviewed' && emphasisMinScore !== undefined && item.score >= emphasisMinScore) style = 'emphasised';
    grouped[style].push({ start: item.start, end: item.end });
  }
  return grouped;
}

/** True when the claim still needs an editor's attention (anything not settled as verified). */
export function needsAttention(item: ReviewItem): boolean {
  const style = styleOf(item);
  return style !== undefined && style !== 'verified';
}

/** Per style, the ranges that overlap [start, end] (touching counts), in their original order. */
export function rangesInWindow<T extends OffsetRange>(ranges: readonly T[], start: number, end: number): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < ranges.length; i++) if (ranges[i].end >= start && ranges[i].start <= end) indexes.push(i);
  return indexes;
}
