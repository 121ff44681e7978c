import type { DraftLanguage } from '../document';

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

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const BLOCKQUOTE_MARKERS = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const PLAIN_LIST_ITEM = /^[ \t]*(?:[-*+•–]|\d{1,9}[.)])[ \t]+/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK_LINE = /^[ \t]*<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>[ \t]*$/;

// Inline constructs, in the order they take precedence.
const INLINE = new RegExp(
  [
    '<!--[\\s\\S]*?-->', // HTML comment
    '!\\[(?:[^\\]\\\\]|\\\\.)*\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"]*"|\'[^\']*\'))?\\s*\\)', // image
    '!\\[(?:[^\\]\\\\]|\\\\.)*\\]\\[[^\\]]*\\]', // reference image
    '<(?:https?|ftp|mailto):[^\\s<>]*>', // autolink
    '<[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>', // email autolink
    '<\\/?[A-Za-z][\\w-]*(?:\\s[^<>]*)?\\/?>', // inline HTML tag
    '\\[\\^[^\\]\\s]+\\]', // footnote reference
    '\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"]*"|\'[^\']*\'))?\\s*\\)', // link destination after text
    '\\]\\[[^\\]]*\\]', // reference link label
    '\\b(?:https?:\\/\\/|www\\.)[^\\s<>()\\[\\]]*[^\\s<>()\\[\\].,;:!?\'"”’]', // bare URL
  ].join('|'),
  'g',
);

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
    const quote = BLOCKQUOTE_MARKERS.exec(line);
    if (quote) {
      spans.push({ start: at, end: at + quote[0].length });
      at += quote[0].length;
      line = line.slice(quote[0].length);
    }
    const underline = index > paragraphStart && SETEXT_UNDERLINE.test(line) && !LIST_ITEM.test(block.slice(lines[index - 1].start, lines[index - 1].end));
    if (underline) {
      // Setext heading: the paragraph lines above the underline are the heading.
      spans.push({ start: lines[paragraphStart].start, end: l.end });
      unitStarts.push(l.end);
      paragraphStart = index + 1;
      return;
    }
    const tableDelimiter = inTable && TABLE_DELIMITER.test(line);
    if (ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || HTML_BLOCK_LINE.test(line) || tableDelimiter) {
      // The row above a table's delimiter row is its header: column labels, not statements.
      if (tableDelimiter && index > 0) spans.push(lines[index - 1]);
      spans.push({ start: at, end: l.end });
      unitStarts.push(l.start, l.end);
      paragraphStart = index + 1;
      return;
    }
    const item = LIST_ITEM.exec(line);
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
  // Every inline construct starts with one of these; most paragraphs have none.
  const inline = block.includes('<') || block.includes(']') || block.includes('://') || block.includes('www.');
  INLINE.lastIndex = 0;
  for (let m = inline ? INLINE.exec(block) : null; m; m = INLINE.exec(block)) {
    if (m[0].startsWith('](') || m[0].startsWith('][')) {
      // Link text stays prose: blank only its brackets and destination.
      const open = block.lastIndexOf('[', m.index);
      if (open >= 0) spans.push({ start: open, end: open + 1 });
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { masked: applySpans(block, spans), unitStarts: [...new Set(unitStarts)].sort((a, b) => a - b) };
}

/** Code spans: a run of n backticks up to the next run of exactly n. */
function maskInlineCode(block: string, spans: Span[]): void {
  for (let i = block.indexOf('`'); i >= 0; ) {
    let j = i;
    while (block.charCodeAt(j) === 96) j++;
    const run = j - i;
    let close = block.indexOf('`', j);
    let found = -1;
    while (close >= 0) {
      let k = close;
      while (block.charCodeAt(k) === 96) k++;
      if (k - close === run) {
        found = k;
        break;
      }
      close = block.indexOf('`', k);
    }
    if (found < 0) {
      i = block.indexOf('`', j);
      continue;
    }
    spans.push({ start: i, end: found });
    i = block.indexOf('`', found);
  }
}

function forEachLine(block: string, visit: (lineStart: number, line: string) => void): void {
  for (let ls = 0; ls <= block.length; ) {
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
  for (let i = 0; i < block.length; ) {
    let j = i + 1;
    const blank = blanked(i);
    while (j < block.length && blanked(j) === blank) j++;
    out += blank ? ' '.repeat(j - i) : block.slice(i, j);
    i = j;
  }
  return out;
}
