import search from 'approx-string-match';
import { MAX_ERROR_RATIO, MIN_FUZZY_LENGTH } from '../annotations/quoteSearch';
import { SLICE_CHARS, slicer, type Pause } from './slices';

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
 * Long pages are folded and searched in slices, pausing between them when given a pause.
 */
export async function quoteFoundIn(pageText: string, quote: string, pause?: Pause): Promise<boolean> {
  const needle = foldForQuoteSearch(quote);
  if (needle === '') return false;
  const check = slicer(pause);
  // Folding line by line gives the same text as folding it whole (runs of spaces, line breaks included, become one space).
  const lines = pageText.split('\n');
  const folded: string[] = [];
  for (let i = 0, chars = 0; i < lines.length; i++) {
    const line = foldForQuoteSearch(lines[i]);
    if (line !== '') folded.push(line);
    chars += lines[i].length;
    if (chars >= SLICE_CHARS) {
      chars = 0;
      await check();
    }
  }
  const haystack = folded.join(' ');
  if (haystack.includes(needle)) return true;
  if (needle.length < MIN_FUZZY_LENGTH) return false;
  const maxErrors = Math.floor(needle.length * MAX_ERROR_RATIO);
  // A few edits can turn "74" into "80": a fuzzy match only counts when its figures are the quote's.
  const figures = figuresOf(needle);
  // Overlapping windows, so a match across a window edge is still found whole.
  const overlap = needle.length + maxErrors;
  for (let from = 0; from < haystack.length; from += SLICE_CHARS) {
    const window = haystack.slice(from, from + SLICE_CHARS + overlap);
    if (search(window, needle, maxErrors).some((m) => figuresOf(window.slice(m.start, m.end)) === figures)) return true;
    await check();
  }
  return false;
}

/** The digits of a text in order, each number separated: "1,200 and 74" → "1200 74". */
function figuresOf(text: string): string {
  return (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]/g, '')).join(' ');
}
