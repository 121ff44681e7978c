import type { Annotation, ClaimStatus } from '../annotations/types';
import type { Claim } from '../claims/types';

/**
 * One claim as the editor shows it: a detected claim, an annotation, or both merged.
 * Pure data, shared by the extension, the webview protocol and reports.
 */
export interface ReviewItem extends Claim {
  /** The annotation id when annotated; otherwise `claim:<start>:<end>` (stable only for a document version). */
  id: string;
  /** For manual claims the reason is "marked by an editor". */
  status: ClaimStatus;
  /** Present once an editor acted on the claim. */
  annotation?: Annotation;
  /** True when the engine detects it in the current text. */
  detected: boolean;
}

/** Everything known about one draft at one version. */
export interface DraftReview {
  uri: string;
  version: number;
  /** Claims to show, in document order; dismissed ones excluded. */
  items: ReviewItem[];
  /** Claims an editor marked "not a claim" (kept so they stay dismissed). */
  dismissed: ReviewItem[];
  /** Annotations whose text could not be found; kept, re-attachable. */
  orphans: Annotation[];
  /** Set when the sidecar could not be read (corrupt, invalid): edits are then held in memory. */
  storeError?: string;
  /** Set while the draft's sidecar is still being read: statuses are unknown, so nothing is listed yet. */
  loading?: true;
  /** Set while a large draft's first detection is still running: items are those found so far, counts are not final. */
  counting?: true;
}

/** The review shown until the sidecar has been read: no items, so no claim is ever shown as unreviewed by mistake. */
export function loadingReview(uri: string, version: number): DraftReview {
  return { uri, version, items: [], dismissed: [], orphans: [], loading: true };
}

export interface StatusCounts {
  total: number;
  unreviewed: number;
  verified: number;
  unverified: number;
  disputed: number;
}

export function countStatuses(items: readonly ReviewItem[]): StatusCounts {
  const counts: StatusCounts = { total: 0, unreviewed: 0, verified: 0, unverified: 0, disputed: 0 };
  for (const item of items) {
    if (item.status === 'dismissed') continue;
    counts.total++;
    counts[item.status]++;
  }
  return counts;
}
