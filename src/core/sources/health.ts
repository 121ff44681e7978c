import type { FetchErrorKind, QuoteUncheckedReason, Source } from '../annotations/types';

/**
 * What can be wrong with a checked source, worst first:
 * - broken: 4xx/5xx, DNS failure, timeout, refused redirect or other failed fetch;
 * - moved: the redirects ended on another host;
 * - changed: the page's text differs from the check before;
 * - quote-not-found: the supporting quote is not on the page (checked fuzzily).
 */
export const SOURCE_PROBLEMS = ['broken', 'moved', 'changed', 'quote-not-found'] as const;
export type SourceProblem = (typeof SOURCE_PROBLEMS)[number];

export interface SourceHealth {
  /** False until the source has been checked once. */
  checked: boolean;
  /** In SOURCE_PROBLEMS order; empty for a healthy (or unchecked) source. */
  problems: SourceProblem[];
  /** The host the redirects ended at, when moved. */
  movedTo?: string;
}

/** A host as people compare them: lower case, without a leading "www.", with a non-default port. */
function comparableHost(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * The health of a source from the fields the last check recorded. Pure, and the one place
 * these rules live: hover, desk, CLI and reports all call it.
 */
export function sourceHealth(source: Source): SourceHealth {
  if (source.checkedAt === undefined) return { checked: false, problems: [] };
  const problems: SourceProblem[] = [];
  let movedTo: string | undefined;
  if (source.fetchError !== undefined || (source.httpStatus !== undefined && source.httpStatus >= 400)) problems.push('broken');
  if (source.finalUrl !== undefined) {
    const from = comparableHost(source.url);
    const to = comparableHost(source.finalUrl);
    if (to !== undefined && from !== to) {
      problems.push('moved');
      movedTo = new URL(source.finalUrl).host;
    }
  }
  if (source.contentChanged === true) problems.push('changed');
  if (source.quoteFound === false) problems.push('quote-not-found');
  return movedTo === undefined ? { checked: true, problems } : { checked: true, problems, movedTo };
}

/** How a checked source reads at a glance: a problem, fine, or only a note (its quote could not be checked). */
export function sourceHealthTone(source: Source): 'problem' | 'ok' | 'note' {
  if (sourceHealth(source).problems.length > 0) return 'problem';
  return source.quoteFound === null && source.quoteUnchecked !== undefined && source.quoteUnchecked !== 'no-quote' ? 'note' : 'ok';
}

/** The sign hover and desk put before a source's health. */
export const HEALTH_TONE_SIGN = { problem: '⚠', ok: '✓', note: 'ℹ' } as const;

const FETCH_ERROR_TEXT: Record<FetchErrorKind, string> = {
  timeout: 'no answer in time',
  dns: 'host not found',
  connection: 'connection failed',
  'too-many-redirects': 'too many redirects',
  'unsafe-redirect': 'address refused (not a public http(s) address)',
  network: 'network error',
};

const QUOTE_UNCHECKED_TEXT: Record<QuoteUncheckedReason, string> = {
  'no-quote': 'no quote to look for',
  'not-text': 'the page is not text',
  'too-large': 'the page is over 5 MB',
  'no-page': 'no page to look in',
};

/** English one-line summaries of a checked source's health, for the CLI and reports (the extension localises its own). */
export function describeSourceHealth(source: Source): string[] {
  const health = sourceHealth(source);
  if (!health.checked) return ['not checked yet'];
  const lines: string[] = [];
  if (health.problems.includes('broken')) {
    lines.push(source.fetchError !== undefined ? `broken: ${FETCH_ERROR_TEXT[source.fetchError]}` : `broken: HTTP ${source.httpStatus}`);
  }
  if (health.movedTo !== undefined) lines.push(`moved to ${health.movedTo}`);
  if (health.problems.includes('changed')) lines.push('changed since the last check');
  if (health.problems.includes('quote-not-found')) lines.push('quote not found on the page');
  if (source.quoteFound === true) lines.push('quote found');
  if (
    source.quoteFound === null &&
    source.quoteUnchecked !== undefined &&
    source.quoteUnchecked !== 'no-quote' &&
    !health.problems.includes('broken')
  ) {
    const type = source.quoteUnchecked === 'not-text' && source.contentType ? ` (${source.contentType})` : '';
    lines.push(`quote not checked: ${QUOTE_UNCHECKED_TEXT[source.quoteUnchecked]}${type}`);
  }
  if (lines.length === 0) lines.push(`ok (HTTP ${source.httpStatus ?? '?'})`);
  return lines;
}

/**
 * A Wayback Machine lookup for the source as it was when attached, built locally: nothing
 * is fetched. The archive redirects it to the capture nearest that time, if there is one.
 */
export function suggestArchiveUrl(source: Pick<Source, 'url' | 'addedAt'>): string {
  const stamp = source.addedAt.replace(/[^0-9]/g, '').slice(0, 14);
  return `https://web.archive.org/web/${stamp}/${source.url}`;
}
