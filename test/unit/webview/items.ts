import type { Annotation, ClaimStatus, Source } from '../../../src/core/annotations/types';
import { CLAIM_KINDS, type ClaimKind } from '../../../src/core/claims/types';
import type { ReviewItem } from '../../../src/core/review/types';

/** A review item for tests; annotated when status is not 'unreviewed' or sources are given. */
export function reviewItem(
  start: number,
  text: string,
  options: { kind?: ClaimKind; status?: ClaimStatus; sources?: Partial<Source>[]; note?: string; id?: string; reason?: string } = {},
): ReviewItem {
  const status = options.status ?? 'unreviewed';
  const end = start + text.length;
  const annotated = status !== 'unreviewed' || options.sources !== undefined || options.note !== undefined;
  const annotation: Annotation | undefined = annotated
    ? {
        id: options.id ?? `ann-${start}`,
        anchor: { exact: text, prefix: '', suffix: '', start, end },
        kind: options.kind ?? 'statistic',
        status,
        sources: (options.sources ?? []).map((s, i) => ({
          id: `src-${i}`,
          url: 'https://example.org/',
          title: 'Example',
          addedBy: 'Ed',
          addedAt: '2026-01-01T10:00:00Z',
          ...s,
        })),
        note: options.note ?? '',
        history: [],
        createdAt: '2026-01-01T10:00:00Z',
        updatedAt: '2026-01-01T10:00:00Z',
      }
    : undefined;
  return {
    id: annotation?.id ?? options.id ?? `claim:${start}:${end}`,
    start,
    end,
    text,
    kind: options.kind ?? 'statistic',
    reason: options.reason ?? 'a number',
    score: 0.5,
    status,
    ...(annotation ? { annotation } : {}),
    detected: true,
  };
}

const STATUSES: readonly ClaimStatus[] = ['unreviewed', 'unreviewed', 'verified', 'unverified', 'disputed'];

/** n claims spread over kinds and statuses, like a long draft (used by the list benchmark too). */
export function manyItems(n: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (let i = 0; i < n; i++) {
    const status = STATUSES[i % STATUSES.length];
    items.push(
      reviewItem(
        i * 120,
        `Claim ${i}: the council spent ${i * 3} million on ${i % 7 === 0 ? 'bridges' : 'roads'} in ${2000 + (i % 25)}, officials said.`,
        {
          kind: CLAIM_KINDS[i % CLAIM_KINDS.length],
          status,
          ...(i % 4 === 0 ? { sources: [{ title: `Report ${i}` }] } : {}),
        },
      ),
    );
  }
  return items;
}
