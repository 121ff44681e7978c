import type { DraftSummary } from '../../core/review/draftSummary';
import type { DraftEvaluator } from './draftCounter';

/**
 * Adapter to the publishing policy. Provisional until the core policy lands: disputed blocks,
 * anything flagged, changed or unreviewed above the threshold needs work, otherwise ready.
 */
export function provisionalEvaluator(minScore: () => number): DraftEvaluator {
  return (summary: DraftSummary) => {
    const items = summary.review.items;
    if (items.some((i) => i.status === 'disputed')) return { state: 'blocked' };
    const open = items.some(
      (i) => i.status === 'unverified' || i.annotation?.changedSinceVerification === true || (i.status === 'unreviewed' && i.score >= minScore()),
    );
    return { state: open ? 'needsWork' : 'ready' };
  };
}
