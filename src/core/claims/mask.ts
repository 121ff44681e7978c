import type { DraftLanguage } from '../document';
import { precompiled } from '../text/precompiled';

/**
 * A block with everything that is not prose blanked out. `masked` has exactly the
 * block's length and line breaks, so offsets found in it are offsets into the source.
 */
export interface MaskedBlock {
  masked: string;
  /** Offsets where a new independent unit begins (list items, table rows, lines after headings). */
  unitStarts: number[];
}

interface Span {
  start: number;
  end: number;
}

const ATX_HEADING = precompiled(/^ {0,3}#{1,6}(?:[ \t]|$)/);
const SETEXT_UNDERLINE = precompiled(/^ {0,3}(?:=+|-+)[ \t]*$/);
const THEMATIC_BREAK = precompiled(/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/);
const REFERENCE_DEFINITION = precompiled(/^ {0,3}\[[^\]]+\]:[ \t]*\S/);
const BLOCKQUOTE_MARKERS = precompiled(/^[ \t]{0,3}(?:>[ \t]?)+/);
const LIST_ITEM = precompiled(/^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/);
const PLAIN_LIST_ITEM = precompiled(/^[ \t]*(?:[-*+•–]|\d{1,9}[.)])[ \t]+/);
// (?:\|[ \t]*)? rather than \|?[ \t]*: two runs of blanks side by side backtrack quadratically on a line of spaces.
const TABLE_DELIMITER = precompiled(/^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*(?:\|[ \t]*)?$/);
const HTML_BLOCK_LINE = precompiled(/^[ \t]*<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>[ \t]*$/);

/**
 * Inline constructs. One regex with all of them (the obvious way) is quadratic on hostile text:
 * from every "![" or "<!--" the engine searches to the end of the block for a "]" or "-->" that is
 * not there. So candidates are found by their first characters, and the parts that search far
 * ahead (the end of a comment, the "]" closing an image's text, a footnote label) are found by
 * scanners that remember their last answer. Precedence is the same as one alternation: the
 * leftmost construct wins, and at one position the first in this order: comment, image,
 * reference image, autolink, email autolink, HTML tag, footnote, link destination, reference
 * label, bare URL.
 */
const INLINE_START = precompiled(/<|!\[|\[\^|\][([]|https?:\/\/|www\./g);
const AUTOLINK = precompiled(/<(?:https?|ftp|mailto):[^\s<>]*>/y);
const EMAIL_AUTOLINK = precompiled(/<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>/y);
const HTML_TAG = precompiled(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/y);
/** A link's destination after "]": "(url)" or "(url "title")". */
const DESTINATION = precompiled(/\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/y);
/** A reference label after "]": "[label]". */
const REFERENCE_LABEL = precompiled(/\[[^\]]*\]/y);
const WHITE_SPACE = precompiled(/\s/);
const BARE_URL = precompiled(/\b(?:https?:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"”’]/y);

/** Blanks non-prose in one block. Plain text keeps everything except list markers. */
export function maskBlock(block: string, language: DraftLanguage): MaskedBlock {
  return language === 'markdown' ? maskMarkdown(block) : maskPlain(block);
}

function maskPlain(block: string): MaskedBlock {
  const spans: Span[] = [];
  const unitStarts: number[] = [];
  forEachLine(block, (ls, line) => {
    const item = PLAIN_LIST_ITEM.exec(line);
    if (item) {
      unitStarts.push(ls);
      spans.push({ start: ls, end: ls + item[0].length });
    }
  });
  return { masked: applySpans(block, spans), unitStarts };
}

function maskMarkdown(block: string): MaskedBlock {
  const spans: Span[] = [];
  const unitStarts: number[] = [];
  const lines: Span[] = [];
  forEachLine(block, (ls, line) => lines.push({ start: ls, end: ls + line.length }));

  let paragraphStart = 0; // first line of the current paragraph, for setext headings
  let inTable = false;
  lines.forEach((l, index) => {
    let line = block.slice(l.start, l.end);
    let at = l.start;
    // Every line pattern below needs a marker as its first non-blank character; prose lines start with a letter and skip them all.
    let lead = firstNonBlank(line);
    const quote = lead === '>' ? BLOCKQUOTE_MARKERS.exec(line) : null;
    if (quote) {
      spans.push({ start: at, end: at + quote[0].length });
      at += quote[0].length;
      line = line.slice(quote[0].length);
      lead = firstNonBlank(line);
    }
    const underline =
      index > paragraphStart &&
      (lead === '=' || lead === '-') &&
      SETEXT_UNDERLINE.test(line) &&
      !LIST_ITEM.test(block.slice(lines[index - 1].start, lines[index - 1].end));
    if (underline) {
      // Setext heading: the paragraph lines above the underline are the heading.
      spans.push({ start: lines[paragraphStart].start, end: l.end });
      unitStarts.push(l.end);
      paragraphStart = index + 1;
      return;
    }
    const tableDelimiter = inTable && TABLE_DELIMITER.test(line);
    const marked = lead !== '' && '#-*_[<'.includes(lead);
    if (
      (marked && (ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || HTML_BLOCK_LINE.test(line))) ||
      tableDelimiter
    ) {
      // The row above a table's delimiter row is its header: column labels, not statements.
      if (tableDelimiter && index > 0) spans.push(lines[index - 1]);
      spans.push({ start: at, end: l.end });
      unitStarts.push(l.start, l.end);
      paragraphStart = index + 1;
      return;
    }
    const item = lead !== '' && ('-*+•'.includes(lead) || (lead >= '0' && lead <= '9')) ? LIST_ITEM.exec(line) : null;
    if (item) {
      spans.push({ start: at, end: at + item[0].length });
      unitStarts.push(l.start);
      paragraphStart = index;
    }
    inTable = line.trimStart().startsWith('|') || (inTable && line.includes('|'));
    if (inTable) {
      // Each table row stands alone; the pipes are layout, not text.
      unitStarts.push(l.start);
      for (let i = line.indexOf('|'); i >= 0; i = line.indexOf('|', i + 1)) spans.push({ start: at + i, end: at + i + 1 });
    }
  });

  if (block.includes('`')) maskInlineCode(block, spans);
  maskInline(block, spans);
  return { masked: applySpans(block, spans), unitStarts: [...new Set(unitStarts)].sort((a, b) => a - b) };
}

/** The first character of a line that is not a space or a tab, or ''. */
function firstNonBlank(line: string): string {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i < line.length ? line[i] : '';
}

/** Blanks comments, images, links' destinations, autolinks, tags, footnote marks and bare URLs (see INLINE_START). */
function maskInline(block: string, spans: Span[]): void {
  // Every inline construct starts with one of these; most paragraphs have none.
  if (!(block.includes('<') || block.includes(']') || block.includes('://') || block.includes('www.'))) return;
  const ahead = new Lookahead(block);
  // The last "[" before the current position, kept up to date instead of searched back for each link.
  let bracketScan = 0;
  let lastOpen = -1;
  INLINE_START.lastIndex = 0;
  for (let m = INLINE_START.exec(block); m; m = INLINE_START.exec(block)) {
    const at = m.index;
    const end = inlineEnd(block, at, ahead);
    if (end < 0) {
      INLINE_START.lastIndex = at + 1;
      continue;
    }
    if (block.charCodeAt(at) === 93 /* ] */) {
      // Link text stays prose: blank only its brackets and destination.
      for (; bracketScan < at; bracketScan++) if (block.charCodeAt(bracketScan) === 91) lastOpen = bracketScan;
      if (lastOpen >= 0) spans.push({ start: lastOpen, end: lastOpen + 1 });
    }
    spans.push({ start: at, end });
    INLINE_START.lastIndex = end;
  }
}

/** Where the inline construct starting at `at` ends, or -1 when none starts there. */
function inlineEnd(block: string, at: number, ahead: Lookahead): number {
  const c = block.charCodeAt(at);
  if (c === 60 /* < */) {
    if (block.startsWith('<!--', at)) {
      const close = ahead.commentClose(at + 4);
      if (close >= 0) return close + 3;
    }
    return sticky(AUTOLINK, block, at) ?? sticky(EMAIL_AUTOLINK, block, at) ?? sticky(HTML_TAG, block, at) ?? -1;
  }
  if (c === 33 /* ! */) {
    const close = ahead.labelClose(at + 2);
    if (close < 0) return -1;
    return ahead.destinationEnd(close) ?? sticky(REFERENCE_LABEL, block, close + 1) ?? -1;
  }
  if (c === 91 /* [ */) {
    const close = ahead.footnoteClose(at + 2);
    return close > at + 2 ? close + 1 : -1;
  }
  if (c === 93 /* ] */) return ahead.destinationEnd(at) ?? sticky(REFERENCE_LABEL, block, at + 1) ?? -1;
  return sticky(BARE_URL, block, at) ?? -1;
}

/** The end of pattern's match at exactly `at` (a sticky regex), or undefined. */
function sticky(pattern: RegExp, block: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(block) ? pattern.lastIndex : undefined;
}

/**
 * Far-reaching searches, each remembering its last answer. Starting points only move forward,
 * and a search from any point before the last answer gives that answer again (no start is in the
 * middle of a backslash escape), so every character is looked at a bounded number of times.
 */
class Lookahead {
  private comment = { from: -1, at: -1 };
  private label = { from: -1, at: -1 };
  private footnote = { from: -1, at: -1 };
  private readonly destinations = new Map<number, number | undefined>();

  constructor(private readonly block: string) {}

  /** The "-->" at or after from, or -1. */
  commentClose(from: number): number {
    const memo = this.comment;
    if (memo.from < 0 || from < memo.from || (memo.at >= 0 && from > memo.at)) {
      memo.from = from;
      memo.at = this.block.indexOf('-->', from);
    }
    return memo.at;
  }

  /** The "]" closing an image's text that starts at from, or -1 ("\\]" is escaped; a backslash before a line break, or the end, stops the search). */
  labelClose(from: number): number {
    const memo = this.label;
    const b = this.block;
    if (memo.from < 0 || from < memo.from || from > memo.at) {
      let i = from;
      while (i < b.length) {
        const c = b.charCodeAt(i);
        if (c === 93) break;
        if (c === 92) {
          const next = b.charCodeAt(i + 1);
          if (i + 1 >= b.length || next === 10 || next === 13 || next === 0x2028 || next === 0x2029) break;
          i += 2;
          continue;
        }
        i++;
      }
      memo.from = from;
      memo.at = Math.min(i, b.length);
    }
    return b.charCodeAt(memo.at) === 93 ? memo.at : -1;
  }

  /** The "]" ending a footnote label "[^label]" whose label starts at from (no spaces inside), or -1. */
  footnoteClose(from: number): number {
    const memo = this.footnote;
    if (memo.from < 0 || from < memo.from || from > memo.at) {
      const b = this.block;
      let i = from;
      while (i < b.length && b.charCodeAt(i) !== 93 && !WHITE_SPACE.test(b[i])) i++;
      memo.from = from;
      memo.at = i;
    }
    return memo.at < this.block.length && this.block.charCodeAt(memo.at) === 93 ? memo.at : -1;
  }

  /** The end of a destination "(…)" right after the "]" at close, or undefined. */
  destinationEnd(close: number): number | undefined {
    if (!this.destinations.has(close)) this.destinations.set(close, sticky(DESTINATION, this.block, close + 1));
    return this.destinations.get(close);
  }
}

/** Code spans: a run of n backticks up to the next run of exactly n. */
function maskInlineCode(block: string, spans: Span[]): void {
  // Runs are listed once and each is linked to the next run of its length, so an opening run
  // never searches the rest of the block (runs of 1, 2, 3 … backticks made that N^1.5).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = block.indexOf('`'); i >= 0;) {
    let j = i;
    while (block.charCodeAt(j) === 96) j++;
    starts.push(i);
    ends.push(j);
    i = block.indexOf('`', j);
  }
  const nextOfLength = new Int32Array(starts.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    const length = ends[r] - starts[r];
    nextOfLength[r] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, r);
  }
  for (let r = 0; r < starts.length;) {
    const close = nextOfLength[r];
    if (close < 0) {
      r++;
      continue;
    }
    spans.push({ start: starts[r], end: ends[close] });
    r = close + 1;
  }
}

function forEachLine(block: string, visit: (lineStart: number, line: string) => void): void {
  for (let ls = 0; ls <= block.length;) {
    const nl = block.indexOf('\n', ls);
    const le = nl < 0 ? block.length : nl;
    const end = le > ls && block.charCodeAt(le - 1) === 13 ? le - 1 : le;
    visit(ls, block.slice(ls, end));
    if (nl < 0) break;
    ls = nl + 1;
  }
}

/** Replaces every character inside spans with a space, keeping line breaks. */
function applySpans(block: string, spans: Span[]): string {
  if (spans.length === 0) return block;
  const marks = new Uint8Array(block.length);
  for (const s of spans) marks.fill(1, s.start, s.end);
  const blanked = (i: number): boolean => marks[i] === 1 && block.charCodeAt(i) !== 10 && block.charCodeAt(i) !== 13;
  let out = '';
  for (let i = 0; i < block.length;) {
    let j = i + 1;
    const blank = blanked(i);
    while (j < block.length && blanked(j) === blank) j++;
    out += blank ? ' '.repeat(j - i) : block.slice(i, j);
    i = j;
  }
  return out;
}
