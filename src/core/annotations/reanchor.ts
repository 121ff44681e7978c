import { makeAnchor, sameAnchor } from './anchor';
import { moveTo, orphan } from './model';
import { approximateMatch, bestExactOccurrence, exactOccurrences } from './quoteSearch';
import { TextIndex } from './textIndex';
import type { Annotation } from './types';

export interface ReanchorResult {
  annotations: Annotation[];
  /** Found by exact quote at a new position (orphans re-attached included). */
  moved: number;
  /** Found by approximate match (the quoted text itself was edited). */
  fuzzy: number;
  /** Newly orphaned: the text is gone. */
  orphaned: number;
}

/** Who re-anchoring is attributed to in history when the caller does not say. */
export const REANCHOR_ACTOR = 'Draft Fact-Check';

/** The text's q-gram index, built on first use only (most passes never need it). */
function lazyIndex(text: string): () => TextIndex {
  let index: TextIndex | undefined;
  return () => (index ??= new TextIndex(text));
}

export type ReanchorOutcome = 'kept' | 'moved' | 'fuzzy' | 'orphaned';

/** Finds one annotation again in text: in place, else the exact quote by context, else approximately, else orphaned. */
export function reanchorOne(
  a: Annotation,
  text: string,
  by: string,
  now: string,
  index: () => TextIndex = lazyIndex(text),
): { annotation: Annotation; outcome: ReanchorOutcome } {
  const { anchor } = a;
  const hint = Math.min(anchor.start, text.length);
  if (a.orphaned !== true && anchor.end <= text.length && text.slice(anchor.start, anchor.end) === anchor.exact) {
    // In place: only the context may have changed.
    const refreshed = makeAnchor(text, anchor.start, anchor.end);
    return { annotation: sameAnchor(refreshed, anchor) ? a : { ...a, anchor: { ...anchor, ...refreshed } }, outcome: 'kept' };
  }
  const exactStart = bestExactOccurrence(text, anchor, exactOccurrences(text, anchor.exact), hint);
  if (exactStart !== undefined) {
    return { annotation: moveTo(a, makeAnchor(text, exactStart, exactStart + anchor.exact.length), by, now), outcome: 'moved' };
  }
  const approximate = approximateMatch(text, anchor, hint, index);
  if (approximate) {
    return { annotation: moveTo(a, makeAnchor(text, approximate.start, approximate.end), by, now), outcome: 'fuzzy' };
  }
  return { annotation: orphan(a, hint, by, now), outcome: a.orphaned === true ? 'kept' : 'orphaned' };
}

/**
 * Re-anchors every annotation against text changed outside the editor (git pull, another
 * program, a sidecar from a colleague). Nothing is ever removed: what cannot be found is
 * orphaned with its last quote, and an orphan whose quote reappears is re-attached.
 * `by`/`now` attribute the history entries this writes (defaults: the tool, the current time).
 */
export function reanchor(
  annotations: readonly Annotation[],
  text: string,
  by: string = REANCHOR_ACTOR,
  now: string = new Date().toISOString(),
): ReanchorResult {
  const result: ReanchorResult = { annotations: [], moved: 0, fuzzy: 0, orphaned: 0 };
  const index = lazyIndex(text);
  for (const a of annotations) {
    const { annotation, outcome } = reanchorOne(a, text, by, now, index);
    result.annotations.push(annotation);
    if (outcome !== 'kept') result[outcome]++;
  }
  return result;
}
