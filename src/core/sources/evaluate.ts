import type { Source } from '../annotations/types';
import { TextHasher } from '../util/hash';
import { isMediaType, type FetchOutcome } from './fetchPort';
import { withoutCheck } from './checkResult';
import { visibleText } from './pageText';
import { quoteFoundIn } from './quoteInText';
import { SLICE_CHARS, slicer, type Pause } from './slices';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const TEXT_TYPES = new Set(['application/json', 'application/xml', 'application/ld+json', 'application/rss+xml', 'application/atom+xml']);

type PageKind = 'html' | 'text' | 'other';

function pageKind(contentType: string | undefined, body: Uint8Array): PageKind {
  if (contentType === undefined) {
    // No type sent: look at the start, as browsers do for a missing type.
    const start = new TextDecoder('utf-8').decode(body.subarray(0, 512)).trimStart().toLowerCase();
    if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
    return start.startsWith('%pdf') || body.subarray(0, 512).includes(0) ? 'other' : 'text';
  }
  if (HTML_TYPES.has(contentType)) return 'html';
  if (contentType.startsWith('text/') || TEXT_TYPES.has(contentType)) return 'text';
  return 'other';
}

function decode(body: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // an unknown charset label
  }
}

/** hashText of the text, in slices. */
async function hashInSlices(text: string, check: () => Promise<void>): Promise<string> {
  const hasher = new TextHasher();
  for (let at = 0; at < text.length; at += SLICE_CHARS) {
    hasher.update(text.slice(at, at + SLICE_CHARS));
    await check();
  }
  return hasher.digest();
}

/** A stable hash of bytes that are not text (a PDF): hashText over their Latin-1 reading, in slices. */
async function hashBytes(body: Uint8Array, check: () => Promise<void>): Promise<string> {
  const hasher = new TextHasher();
  for (let at = 0; at < body.length; at += SLICE_CHARS) {
    let piece = '';
    for (let i = at; i < Math.min(body.length, at + SLICE_CHARS); i += 8192)
      piece += String.fromCharCode(...body.subarray(i, Math.min(i + 8192, at + SLICE_CHARS)));
    hasher.update(piece);
    await check();
  }
  return hasher.digest();
}

function hasQuote(source: Source): boolean {
  return source.quote !== undefined && source.quote.trim() !== '';
}

/**
 * The source with the result of one fetch recorded (pure; `now` is an ISO time). The hash is
 * over the visible text, not the markup, so a page whose ads or tracking ids change on every
 * load is not "changed". When no content could be read (failure, error status, too large)
 * the previous hash is kept, so the next successful check still compares with it. Given a
 * pause, parsing and searching a long page yield to it every ~20 ms.
 */
export async function applyFetchOutcome(source: Source, outcome: FetchOutcome, now: string, pause?: Pause): Promise<Source> {
  const previousHash = source.contentHash;
  const next = withoutCheck(source);
  next.checkedAt = now;
  const unchecked = (reason: NonNullable<Source['quoteUnchecked']>) => {
    next.quoteFound = null;
    next.quoteUnchecked = hasQuote(source) ? reason : 'no-quote';
  };
  if (outcome.kind === 'failed') {
    next.fetchError = outcome.error;
    if (previousHash !== undefined) next.contentHash = previousHash;
    unchecked('no-page');
    return next;
  }
  next.httpStatus = outcome.status;
  next.finalUrl = outcome.finalUrl;
  // Another fetcher may pass the header on as it came: only a well-formed media type is stored.
  if (outcome.contentType !== undefined && isMediaType(outcome.contentType)) next.contentType = outcome.contentType;
  const body = outcome.body;
  if (outcome.status >= 400 || body === undefined) {
    if (previousHash !== undefined) next.contentHash = previousHash;
    unchecked(outcome.tooLarge ? 'too-large' : 'no-page');
    return next;
  }
  const kind = pageKind(outcome.contentType, body);
  const text =
    kind === 'html' ? await visibleText(decode(body, outcome.charset), pause) : kind === 'text' ? decode(body, outcome.charset) : undefined;
  const check = slicer(pause);
  next.contentHash = text === undefined ? await hashBytes(body, check) : await hashInSlices(text, check);
  if (previousHash !== undefined && previousHash !== next.contentHash) next.contentChanged = true;
  if (text === undefined) unchecked('not-text');
  else if (!hasQuote(source)) unchecked('no-quote');
  else next.quoteFound = await quoteFoundIn(text, source.quote as string, pause);
  return next;
}
