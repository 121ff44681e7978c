import search from 'approx-string-match';
import { MAX_ERROR_RATIO, MIN_FUZZY_LENGTH } from '../annotations/quoteSearch';

/**
 * Folds what differs between a quote typed into a source form and the same words on a page:
 * case, curly quotes and apostrophes, dashes, non-breaking and repeated spaces, compatibility
 * characters (ligatures, full-width forms).
 */
export function foldForQuoteSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the page text contains the quote: exactly after folding, or approximately with at
 * most MAX_ERROR_RATIO of the quote's length in edits (Myers' algorithm, the same search the
 * annotations use to find moved claims), so a fixed typo or changed punctuation still counts
 * but changed figures never do. Quotes shorter than MIN_FUZZY_LENGTH must match exactly.
 */
export function quoteFoundIn(pageText: string, quote: string): boolean {
  const needle = foldForQuoteSearch(quote);
  if (needle === '') return false;
  const haystack = foldForQuoteSearch(pageText);
  if (haystack.includes(needle)) return true;
  if (needle.length < MIN_FUZZY_LENGTH) return false;
  // A few edits can turn "74" into "80": a fuzzy match only counts when its figures are the quote's.
  const figures = figuresOf(needle);
  return search(haystack, needle, Math.floor(needle.length * MAX_ERROR_RATIO)).some((m) => figuresOf(haystack.slice(m.start, m.end)) === figures);
}

/** The digits of a text in order, each number separated: "1,200 and 74" → "1200 74". */
function figuresOf(text: string): string {
  return (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]/g, '')).join(' ');
}
