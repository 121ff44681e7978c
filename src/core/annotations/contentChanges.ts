import { makeAnchor } from './anchor';
import { moveTo, orphan } from './model';
import { bestExactOccurrence, exactOccurrences } from './quoteSearch';
import { reanchorOne } from './reanchor';
import type { Annotation } from './types';

/** One entry of vscode.TextDocumentChangeEvent.contentChanges, as offsets into the text before the event. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** Quotes shorter than this are not re-attached from pasted text: they would land on any chance repeat. */
const MIN_PASTE_REATTACH_LENGTH = 8;

/** Where an annotation is while the changes of one event are applied. */
interface Tracked {
  start: number;
  end: number;
  /** A change fell inside the claim: its text must be re-read. */
  touched: boolean;
  /** The claim's whole text was replaced or deleted. */
  lost: boolean;
  /** For lost claims: the change (index into the sorted list) that replaced them. */
  lostIn?: number;
}

/**
 * Moves one range through one change. Offsets before the change stay; after it they
 * shift; an insertion exactly at either boundary stays outside the claim.
 */
function track(t: Tracked, offset: number, length: number, inserted: number, index: number): void {
  const changeEnd = offset + length;
  const delta = inserted - length;
  if (t.lost) {
    // A lost claim is a point: it moves with the text before it.
    if (changeEnd <= t.start) t.start = t.end = t.start + delta;
    else if (offset < t.start) t.start = t.end = offset;
    return;
  }
  if (changeEnd <= t.start) {
    t.start += delta;
    t.end += delta;
  } else if (offset >= t.end) {
    // Entirely after the claim: nothing moves.
  } else if (offset <= t.start && changeEnd >= t.end) {
    t.lost = true;
    t.lostIn = index;
    t.start = t.end = offset;
  } else if (offset >= t.start && changeEnd <= t.end) {
    t.end += delta;
    t.touched = true;
  } else if (offset < t.start) {
    // Replaces the claim's beginning: what is typed there belongs to the context.
    t.start = offset + inserted;
    t.end += delta;
    t.touched = true;
  } else {
    // Replaces the claim's end.
    t.end = offset;
    t.touched = true;
  }
}

/** A pasted or retyped span holding the lost quote again, chosen by context then nearness. */
function findInInserted(
  newText: string,
  a: Annotation,
  point: number,
  inserted: ReadonlyArray<{ start: number; text: string }>,
  ownChange: number | undefined,
): number | undefined {
  const quote = a.anchor.exact;
  if (quote === '') return undefined;
  const candidates: number[] = [];
  inserted.forEach((span, index) => {
    // The change that replaced the claim may put the same words back (a whole-document
    // replace, an undo); other insertions must be long enough not to match by chance.
    if (index !== ownChange && quote.length < MIN_PASTE_REATTACH_LENGTH) return;
    for (const at of exactOccurrences(span.text, quote)) {
      const start = span.start + at;
      if (newText.startsWith(quote, start)) candidates.push(start);
    }
  });
  return bestExactOccurrence(newText, a.anchor, candidates, point);
}

/**
 * Updates annotations for one VS Code change event. Each change's rangeOffset refers to
 * the text before the event and changes do not overlap, but their order is not
 * guaranteed (microsoft/vscode#88570), so they are applied from the highest offset down:
 * each change then leaves the offsets of the ones still to come untouched.
 *
 * Edits inside a claim grow or shrink it and re-read its text (a verified claim is
 * flagged changedSinceVerification); an edit replacing all of it orphans it (kept, with
 * its last text) unless the same words come back in this event (paste, undo, full
 * replace), in which case it follows them. Context is refreshed for every annotation.
 */
export function applyContentChanges(
  annotations: readonly Annotation[],
  changes: readonly ContentChange[],
  newText: string,
  by: string,
  now: string,
): Annotation[] {
  if (changes.length === 0) return [...annotations];
  const sorted = changes
    .map((c, order) => ({ c, order }))
    .sort((x, y) => y.c.rangeOffset - x.c.rangeOffset || x.order - y.order)
    .map((x) => x.c);

  // Where each change's inserted text ends up in newText: shifted by every change applied after it (lower offsets).
  const inserted: Array<{ start: number; text: string }> = new Array(sorted.length);
  let shift = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    inserted[i] = { start: sorted[i].rangeOffset + shift, text: sorted[i].text };
    shift += sorted[i].text.length - sorted[i].rangeLength;
  }

  return annotations.map((a) => {
    const wasOrphaned = a.orphaned === true;
    const t: Tracked = { start: a.anchor.start, end: a.anchor.end, touched: false, lost: wasOrphaned };
    sorted.forEach((c, index) => track(t, c.rangeOffset, c.rangeLength, c.text.length, index));

    const inBounds = t.start >= 0 && t.start <= t.end && t.end <= newText.length;
    if (!inBounds) {
      // The events do not fit the annotations (a missed event): find the quote instead.
      return reanchorOne(a, newText, by, now).annotation;
    }
    if (t.lost) {
      const found = findInInserted(newText, a, t.start, inserted, t.lostIn);
      if (found !== undefined) return moveTo(a, makeAnchor(newText, found, found + a.anchor.exact.length), by, now);
      return orphan(a, t.start, by, now);
    }
    if (!t.touched && newText.slice(t.start, t.end) !== a.anchor.exact) {
      return reanchorOne(a, newText, by, now).annotation;
    }
    return moveTo(a, makeAnchor(newText, t.start, t.end), by, now);
  });
}
