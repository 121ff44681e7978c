import type { Anchor } from './types';

/** Characters of context kept on each side of a claim (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Up to CONTEXT_LENGTH characters before start, never starting on half an emoji. */
export function prefixBefore(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** Up to CONTEXT_LENGTH characters after end, never ending on half an emoji. */
export function suffixAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/** The anchor of text[start, end): the quote, its context and its position. */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`The range ${start}–${end} is outside the document (length ${text.length}).`);
  }
  return { exact: text.slice(start, end), prefix: prefixBefore(text, start), suffix: suffixAfter(text, end), start, end };
}

/** True when two anchors are field-for-field equal (lets updates keep object identity when nothing moved). */
export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}
