import type { DraftLanguage } from '../document';
import { precompiled } from '../text/precompiled';

/**
 * A paragraph of prose: a run of non-blank lines. Claims never cross blocks, so a
 * block is the unit the incremental analyzer caches by its text.
 */
export interface Block {
  /** UTF-16 offsets into the document; end excludes the line break. */
  start: number;
  end: number;
}

const IGNORE_DIRECTIVE = precompiled(/^\s*<!--\s*factcheck-ignore\s*-->\s*$/i);
const IGNORE_COMMENT = precompiled(/^<!--\s*factcheck-ignore\s*-->$/i);
const LIST_MARKER = precompiled(/^\s{0,3}(?:[-*+•]|\d{1,9}[.)])\s/);

/**
 * Splits a document into prose blocks. Markdown: front matter, fenced and indented
 * code, multi-line HTML comments and paragraphs after an ignore comment are left out;
 * everything else is masked later, inside each block. Plain text: blank lines only.
 * One cheap pass over the lines; no regex runs on the whole text.
 */
export function splitBlocks(text: string, language: DraftLanguage): Block[] {
  return language === 'markdown' ? markdownBlocks(text) : plainBlocks(text);
}

/**
 * The blocks of splitBlocks(text) that start before `end`, found by splitting only a prefix of the text: the first
 * screen of a long draft without splitting all of it. Blocks only close forwards (a blank line, a fence, a comment,
 * an ignore directive), so the prefix splits alike up to its last blank line; it runs on to the first blank line
 * after `end`, and over any front matter, which only its closing line ends. The result is a prefix of the full split.
 */
export function blocksBefore(text: string, language: DraftLanguage, end: number): Block[] {
  const from = Math.max(end, language === 'markdown' ? frontMatterEnd(text) : 0);
  // Without a blank line after `from`, the whole text.
  let cut = text.length;
  for (let ls = text.lastIndexOf('\n', from - 1) + 1; ls < text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    if (isBlank(text, ls, le)) {
      cut = le;
      break;
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  return splitBlocks(cut < text.length ? text.slice(0, cut) : text, language).filter((b) => b.start < end);
}

function plainBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  for (let ls = 0; ls <= text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    const contentEnd = le > ls && text.charCodeAt(le - 1) === 13 ? le - 1 : le;
    if (isBlank(text, ls, contentEnd)) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = ls;
      blockEnd = contentEnd;
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return blocks;
}

function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let suppressNext = false;
  let suppressed = false;
  // An ignore comment at the end of a paragraph's text suppresses the paragraph after it.
  let suppressAfterThis = false;
  let inList = false;
  let fence: { char: number; length: number } | undefined;
  // Searched lazily and only forward, so a draft without comments costs one scan, not one per line.
  let nextComment = -2;
  const commentFrom = (pos: number): number => {
    if (nextComment === -2 || (nextComment !== -1 && nextComment < pos)) nextComment = text.indexOf('<!--', pos);
    return nextComment;
  };

  const close = (): void => {
    if (blockStart >= 0 && !suppressed) blocks.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
    if (suppressAfterThis) suppressNext = true;
    suppressAfterThis = false;
  };
  const extend = (from: number, to: number): void => {
    if (blockStart < 0) {
      blockStart = from;
      suppressed = suppressNext;
      suppressNext = false;
      inList = LIST_MARKER.test(text.slice(from, Math.min(to, from + 16)));
    }
    blockEnd = to;
  };

  let resumeFrom = 0;
  for (let ls = frontMatterEnd(text); ls <= text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    const contentEnd = le > ls && text.charCodeAt(le - 1) === 13 ? le - 1 : le;
    const from = Math.max(ls, resumeFrom);
    let next = nl < 0 ? -1 : nl + 1;

    if (fence) {
      if (isClosingFence(text, ls, contentEnd, fence)) fence = undefined;
    } else if (isBlank(text, from, contentEnd)) {
      if (from === ls) close();
    } else {
      const indent = indentWidth(text, from, contentEnd);
      const first = text.charCodeAt(from + indent.chars);
      const opened = (first === 96 || first === 126) && from === ls ? openingFence(text, from + indent.chars, contentEnd) : undefined;
      if (opened) {
        close();
        fence = opened;
      } else if (blockStart < 0 && from === ls && indent.width >= 4 && !inList) {
        // Indented code: only where a paragraph could start and no list is being continued.
      } else if (first === 60 /* < */ && IGNORE_DIRECTIVE.test(text.slice(from, contentEnd))) {
        close();
        suppressNext = true;
      } else {
        let scan = from;
        let openAt = -1;
        let closeAt = -1;
        for (;;) {
          const at = commentFrom(scan);
          if (at < 0 || at >= contentEnd) break;
          const end = text.indexOf('-->', at + 4);
          if (end >= 0 && end + 3 <= contentEnd) {
            if (IGNORE_COMMENT.test(text.slice(at, end + 3))) suppressAfterThis = true;
            scan = end + 3; // closed on this line: masked inside the block
            continue;
          }
          openAt = at;
          closeAt = end;
          break;
        }
        if (openAt < 0) {
          if (blockStart < 0 && indent.width < 4) inList = false;
          extend(from, contentEnd);
        } else {
          // A comment running over several lines ends the paragraph; text after it starts a new one.
          if (!isBlank(text, from, openAt)) extend(from, openAt);
          close();
          if (closeAt < 0) break;
          resumeFrom = closeAt + 3;
          next = text.lastIndexOf('\n', closeAt) + 1;
        }
      }
    }
    if (next < 0) break;
    ls = next;
  }
  close();
  return blocks;
}

/** Offset just after YAML (---) or TOML (+++) front matter, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opener = text.slice(bom, bom + 3);
  if (opener !== '---' && opener !== '+++') return 0;
  const firstEnd = text.indexOf('\n', bom);
  if (firstEnd < 0 || text.slice(bom, firstEnd).trim() !== opener) return 0;
  const closers = opener === '---' ? ['---', '...'] : ['+++'];
  for (let ls = firstEnd + 1; ls < text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    if (closers.includes(text.slice(ls, le).trim())) return nl < 0 ? text.length : nl + 1;
    if (nl < 0) break;
    ls = nl + 1;
  }
  return 0;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

function indentWidth(text: string, from: number, to: number): { width: number; chars: number } {
  let width = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return { width, chars: i - from };
}

function openingFence(text: string, at: number, to: number): { char: number; length: number } | undefined {
  const char = text.charCodeAt(at);
  let i = at;
  while (i < to && text.charCodeAt(i) === char) i++;
  const length = i - at;
  if (length < 3) return undefined;
  // A backtick fence's info string may not contain backticks (CommonMark).
  if (char === 96 && text.slice(i, to).includes('`')) return undefined;
  return { char, length };
}

function isClosingFence(text: string, from: number, to: number, fence: { char: number; length: number }): boolean {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let run = 0;
  while (i < to && text.charCodeAt(i) === fence.char) {
    i++;
    run++;
  }
  return run >= fence.length && isBlank(text, i, to);
}
