import search from 'approx-string-match';
import type { TextIndex } from './textIndex';
import type { Anchor } from './types';

/**
 * Finding a quote again in changed text: exact occurrences chosen by context, then
 * approximate matches (Myers' bit-parallel edit distance, as Hypothesis does) scored on
 * quote, prefix, suffix and position.
 */

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end); 0 for exact matches. */
  errors: number;
}

/** Fuzzy matches may differ from the quote by at most this share of its length. */
export const MAX_ERROR_RATIO = 0.2;
/** Shorter quotes are only found exactly: a few edits would make them match anywhere. */
export const MIN_FUZZY_LENGTH = 8;
/** Above this many exact occurrences, only the first ones are weighed (a quote this common has no meaningful context anyway). */
const MAX_OCCURRENCES = 1000;
/** Characters searched on each side of the old position before the whole text. */
const NEAR_WINDOW = 2000;

export function exactOccurrences(
  text: string,
  quote: string,
  within: { from: number; to: number } = { from: 0, to: text.length },
): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  let at = text.indexOf(quote, within.from);
  while (at >= 0 && at + quote.length <= within.to && found.length < MAX_OCCURRENCES) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many characters of the stored context agree exactly with the text around a candidate. */
export function contextAgreement(text: string, anchor: Anchor, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  return commonSuffixLength(anchor.prefix, before) + commonPrefixLength(anchor.suffix, after);
}

/** The exact occurrence whose context agrees best; ties go to the one nearest the old position. */
export function bestExactOccurrence(text: string, anchor: Anchor, occurrences: readonly number[], hint: number): number | undefined {
  let best: number | undefined;
  let bestAgreement = -1;
  let bestDistance = Infinity;
  for (const start of occurrences) {
    const agreement = contextAgreement(text, anchor, start, start + anchor.exact.length);
    const distance = Math.abs(start - hint);
    if (agreement > bestAgreement || (agreement === bestAgreement && distance < bestDistance)) {
      best = start;
      bestAgreement = agreement;
      bestDistance = distance;
    }
  }
  return best;
}

/** Similarity in 0..1 of a stored context string and the text where it should be (1 = identical). */
function contextSimilarity(stored: string, actual: string): number {
  if (stored.length === 0) return 1;
  if (actual.length === 0) return 0;
  const matches = search(actual, stored, stored.length);
  const errors = matches.length > 0 ? matches.reduce((least, m) => Math.min(least, m.errors), Infinity) : stored.length;
  return 1 - errors / stored.length;
}

function scoreMatch(text: string, anchor: Anchor, match: QuoteMatch, hint: number): number {
  const quoteScore = 1 - match.errors / anchor.exact.length;
  const prefixScore = contextSimilarity(anchor.prefix, text.slice(Math.max(0, match.start - anchor.prefix.length), match.start));
  const suffixScore = contextSimilarity(anchor.suffix, text.slice(match.end, match.end + anchor.suffix.length));
  const positionScore = 1 - Math.abs(match.start - hint) / Math.max(1, text.length);
  // Weights as Hypothesis uses: the quote counts most, context next, position breaks ties.
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

function approximateIn(text: string, quote: string, from: number, to: number, maxErrors: number): QuoteMatch[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({ start: from + m.start, end: from + m.end, errors: m.errors }));
}

/** The best-scoring of the matches with the fewest errors (scoring costs two more searches each). */
function bestScored(text: string, anchor: Anchor, matches: readonly QuoteMatch[], hint: number): QuoteMatch | undefined {
  let fewest = Infinity;
  for (const match of matches) if (match.end > match.start) fewest = Math.min(fewest, match.errors);
  let best: QuoteMatch | undefined;
  let bestScore = -Infinity;
  for (const match of matches) {
    if (match.end <= match.start || match.errors > fewest) continue;
    const score = scoreMatch(text, anchor, match, hint);
    if (score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The best approximate match of anchor.exact with at most MAX_ERROR_RATIO edits. Near
 * the old position first (the usual case: a typo fixed in place); unless that match is
 * close, the whole text too, through the q-gram index (built lazily, once per pass).
 */
export function approximateMatch(text: string, anchor: Anchor, hint: number, index: () => TextIndex): QuoteMatch | undefined {
  const quote = anchor.exact;
  if (quote.length < MIN_FUZZY_LENGTH) return undefined;
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATIO);
  const nearFrom = Math.max(0, hint - NEAR_WINDOW);
  const nearTo = Math.min(text.length, hint + quote.length + NEAR_WINDOW);
  const near = approximateIn(text, quote, nearFrom, nearTo, maxErrors);
  const nearBest = bestScored(text, anchor, near, hint);
  if (nearBest && nearBest.errors <= maxErrors / 2) return nearBest;
  const regions = nearFrom === 0 && nearTo === text.length ? [] : index().candidateRegions(quote, maxErrors);
  const everywhere =
    regions === 'everywhere'
      ? approximateIn(text, quote, 0, text.length, maxErrors)
      : regions.flatMap(([from, to]) => approximateIn(text, quote, from, to, maxErrors));
  return bestScored(text, anchor, [...near, ...everywhere], hint);
}
