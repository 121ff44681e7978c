import type { FetchErrorKind } from '../annotations/types';

/** The limits every fetcher keeps (issue: GET, 10 s, 5 redirects, 5 MB, 4 at a time). */
export const FETCH_LIMITS = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  concurrency: 4,
} as const;

/** Sent with every request, so site owners can see who is asking. */
export const FETCH_USER_AGENT = 'DraftFactCheck/0.1 (VS Code extension "Draft Fact-Check"; source link check)';

/** What came back for one URL. */
export type FetchOutcome =
  | {
      kind: 'response';
      /** Status of the last response (after redirects). */
      status: number;
      /** The URL that answered. */
      finalUrl: string;
      /** Media type without parameters, lower case; undefined when the server sent none. */
      contentType: string | undefined;
      /** The charset parameter of Content-Type, if any. */
      charset: string | undefined;
      /** The body; undefined when it was over the size limit (tooLarge) or not read (an error status). */
      body: Uint8Array | undefined;
      tooLarge: boolean;
    }
  | {
      kind: 'failed';
      error: FetchErrorKind;
      /** One line for people, e.g. 'no answer within 10 s'. */
      message: string;
      /** True when the address was refused as a loopback, private-network or link-local one, which a setting allows. */
      privateAddress?: boolean;
    };

/**
 * The port the source check fetches through: a Node implementation for the desktop
 * extension and the CLI, fakes in tests. Implementations GET with no credentials or
 * cookies, follow at most maxRedirects redirects (each re-checked with checkFetchUrl),
 * stop reading at maxBytes and give up after timeoutMs in all.
 */
export interface PageFetcher {
  fetch(url: string, signal?: AbortSignal): Promise<FetchOutcome>;
}

/**
 * Why a URL (the source's, or a redirect target) must not be fetched, or undefined. Only
 * http(s) without user name or password: a redirect to file:, javascript: or data: is
 * refused, as is one that would send credentials.
 */
export function checkFetchUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url.length > 80 ? `${url.slice(0, 77)}…` : url}" is not a valid URL`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `refused to follow a redirect to a ${parsed.protocol.replace(/:$/, '')}: URL`;
  if (parsed.username !== '' || parsed.password !== '') return 'refused a URL with a user name or password';
  return undefined;
}

/** Status codes whose Location header is followed. */
export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** type "/" subtype, each an RFC 9110 token of at most 127 characters (RFC 6838). */
const MEDIA_TYPE = /^[a-z0-9!#$%&'*+.^_`|~-]{1,127}\/[a-z0-9!#$%&'*+.^_`|~-]{1,127}$/;

/** Whether a (lower-case) media type is well formed: only such a type is kept, since the server's header is stored in the sidecar and shown. */
export function isMediaType(value: string): boolean {
  return MEDIA_TYPE.test(value);
}

/** Content-Type split into its media type (lower case; undefined unless well formed) and charset. */
export function parseContentType(header: string | undefined): { contentType: string | undefined; charset: string | undefined } {
  if (header === undefined || header.trim() === '') return { contentType: undefined, charset: undefined };
  const [type, ...params] = header.split(';');
  const charset = params
    .map((p) => p.trim())
    .find((p) => p.toLowerCase().startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"|"$/g, '');
  const contentType = type.trim().toLowerCase();
  return { contentType: isMediaType(contentType) ? contentType : undefined, charset };
}
