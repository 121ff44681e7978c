import type { DraftLanguage } from '../document';
import { precompiled } from '../text/precompiled';
import { firstAtLeast } from './ascending';

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
  return (language === 'markdown' ? markdownBlocks(text) : plainBlocks(text)).blocks;
}

/** The blocks of a text before an edit (ascending), and where the edit changed it. */
export interface SplitBefore {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  /** The same first `prefix` characters, and the same characters from `oldEnd` in the old text to its end. */
  prefix: number;
  oldEnd: number;
  /** New length minus old. */
  delta: number;
}

/**
 * The blocks of the edited text as a change to those of the text before: old blocks [from, to) give way to `blocks`;
 * those before `from` stay, those from `to` on move by delta. Splits only around the edit: from the start of an old
 * block wholly before it, until a block starts a line in the unchanged end at the start of an old block there (see
 * markdownBlocks). Equal to splitBlocks(text) spliced so; a 1 MB draft's split took 1-3 ms, this a few lines'.
 */
export function splitAround(text: string, language: DraftLanguage, before: SplitBefore): { from: number; to: number; blocks: Block[] } {
  const { starts, ends, prefix, oldEnd, delta } = before;
  // The last old block that ends before the edit (its first line unchanged) and can be a starting point; else the text's start.
  let from = firstAtLeast(ends, prefix) - 1;
  while (from >= 0 && !canStartAt(text, language, starts[from])) from--;
  const start = from >= 0 ? starts[from] : -1;
  let to = starts.length;
  const stopAt: StopAt = (blockStart) => {
    // In the unchanged end, with the character before it unchanged too (so it starts a line in both texts).
    if (blockStart <= oldEnd + delta) return false;
    const old = indexOf(starts, blockStart - delta);
    if (old < 0) return false;
    to = old;
    return true;
  };
  const split =
    language === 'markdown'
      ? markdownBlocks(text, start < 0 ? frontMatterEnd(text) : start, stopAt)
      : plainBlocks(text, start < 0 ? 0 : start, stopAt);
  if (split.stoppedAt < 0) to = starts.length;
  return { from: Math.max(from, 0), to, blocks: split.blocks };
}

/** A block of the text before the edit starts here at a line start, its first line indented less than 4 (see markdownBlocks). */
function canStartAt(text: string, language: DraftLanguage, at: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) !== 10) return false;
  if (language !== 'markdown') return true;
  const nl = text.indexOf('\n', at);
  return indentWidth(text, at, nl < 0 ? text.length : nl).width < 4;
}

/** Index of `value` in the ascending `values`; -1 when absent. */
function indexOf(values: ArrayLike<number>, value: number): number {
  const i = firstAtLeast(values, value);
  return i < values.length && values[i] === value ? i : -1;
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

/** Blocks from a line start on, until `stopAt` says yes to a block's start (see splitAround). */
interface PartialSplit {
  blocks: Block[];
  /** Where the split stopped: the start of a block it did not add; -1 when it ran to the end of the text. */
  stoppedAt: number;
}

type StopAt = (blockStart: number) => boolean;

function plainBlocks(text: string, from = 0, stopAt?: StopAt): PartialSplit {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  for (let ls = from; ls <= text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    const contentEnd = le > ls && text.charCodeAt(le - 1) === 13 ? le - 1 : le;
    if (isBlank(text, ls, contentEnd)) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart < 0) {
        if (stopAt?.(ls)) return { blocks, stoppedAt: ls };
        blockStart = ls;
      }
      blockEnd = contentEnd;
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return { blocks, stoppedAt: -1 };
}

/**
 * Markdown blocks from `start`: the text's start (past front matter), or a line that begins a block of the whole split,
 * its first line indented less than 4 (there nothing is open, and the list state only decides indented code, which
 * such a line is not). `stopAt` is asked at each block that starts a line with no ignore directive pending: no fence
 * or comment is open there, and the line sets the list state anew, so what follows splits as it would in any text
 * that is the same from that line on.
 */
function markdownBlocks(text: string, start = frontMatterEnd(text), stopAt?: StopAt): PartialSplit {
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
  for (let ls = start; ls <= text.length;) {
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
        const startsBlock = blockStart < 0 && (openAt < 0 || !isBlank(text, from, openAt));
        if (startsBlock && stopAt && from === ls && !suppressNext && stopAt(from)) return { blocks, stoppedAt: from };
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
  return { blocks, stoppedAt: -1 };
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
