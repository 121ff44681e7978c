import type { ClaimStatus } from '../../core/annotations/types';
import type { ClaimKind } from '../../core/claims/types';
import type { ReviewItem } from '../../core/review/types';
import { FALLBACK_TRIAGE_MIN_SCORE, isCheckFirst, orderItems, type DeskOrder } from './triage';

/** 'all' shows every claim except those marked "not a claim"; 'dismissed' shows only those. */
export type StatusFilter = 'all' | ClaimStatus;
export type KindFilter = 'all' | ClaimKind;

export interface DeskFilter {
  status: StatusFilter;
  kind: KindFilter;
  search: string;
  /** Only the claims to check first (score at least factCheck.triage.minScore, not yet verified). */
  checkFirst?: boolean;
  /** Absent means 'position'. */
  order?: DeskOrder;
}

export const DEFAULT_FILTER: DeskFilter = { status: 'all', kind: 'all', search: '', checkFirst: false, order: 'position' };

/** The lower-cased text a search matches against: claim text, kind, reason, note and source titles/URLs/quotes. */
const haystacks = new WeakMap<ReviewItem, string>();
function haystackOf(item: ReviewItem): string {
  let haystack = haystacks.get(item);
  if (haystack === undefined) {
    const parts = [item.text, item.kind, item.reason];
    const annotation = item.annotation;
    if (annotation) {
      parts.push(annotation.note);
      for (const source of annotation.sources) parts.push(source.title, source.url, source.quote ?? '', source.note ?? '');
    }
    haystack = parts.join('\n').toLowerCase();
    haystacks.set(item, haystack);
  }
  return haystack;
}

/** Whitespace-separated terms; every term must occur (in any order). */
export function searchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

export function matchesFilter(item: ReviewItem, filter: DeskFilter, terms: readonly string[] = searchTerms(filter.search)): boolean {
  if (filter.status === 'all' ? item.status === 'dismissed' : item.status !== filter.status) return false;
  if (filter.kind !== 'all' && item.kind !== filter.kind) return false;
  if (terms.length === 0) return true;
  const haystack = haystackOf(item);
  return terms.every((term) => haystack.includes(term));
}

/** The claims the list shows, in document order or by check-worthiness. Dismissed claims come from their own list. */
export function filterItems(
  items: readonly ReviewItem[],
  dismissed: readonly ReviewItem[],
  filter: DeskFilter,
  triageMinScore = FALLBACK_TRIAGE_MIN_SCORE,
): ReviewItem[] {
  const terms = searchTerms(filter.search);
  const pool = filter.status === 'dismissed' ? dismissed : items;
  const shown = pool.filter(
    (item) => matchesFilter(item, filter, terms) && (filter.checkFirst !== true || isCheckFirst(item, triageMinScore)),
  );
  return filter.order === 'score' ? orderItems(shown, 'score') : shown;
}

export function isFiltered(filter: DeskFilter): boolean {
  return filter.status !== 'all' || filter.kind !== 'all' || filter.search.trim() !== '' || filter.checkFirst === true;
}
