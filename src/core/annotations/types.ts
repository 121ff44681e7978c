import type { ClaimKind } from '../claims/types';
import type { SignOff } from '../publish/types';

export const CLAIM_STATUSES = ['unreviewed', 'verified', 'unverified', 'disputed', 'dismissed'] as const;
/** unverified = flagged for checking; dismissed = "not a claim". */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** Where an annotation sits, with enough context to find it again after outside edits (W3C TextQuote + TextPosition). */
export interface Anchor {
  exact: string;
  /** Up to 32 characters before exact. */
  prefix: string;
  /** Up to 32 characters after exact. */
  suffix: string;
  /** UTF-16 offsets into the draft text. */
  start: number;
  end: number;
}

export interface Source {
  id: string;
  /** http or https only. */
  url: string;
  title: string;
  /** The passage in the source that supports (or contradicts) the claim. */
  quote?: string;
  note?: string;
  addedBy: string;
  /** ISO 8601. */
  addedAt: string;
  /** Who last edited the source, once it has been edited (merges use editedAt ?? addedAt to pick the newer copy). */
  editedBy?: string;
  /** ISO 8601. */
  editedAt?: string;
  /** A copy of the page in a web archive, supplied by the editor (http or https only). */
  archiveUrl?: string;
  // --- source health: written only by "Check Sources" (extension) or `draft-factcheck check-sources` ---
  /** ISO 8601: when the URL was last fetched. */
  checkedAt?: string;
  /** HTTP status of the last response (after redirects); absent when no response came. */
  httpStatus?: number;
  /** Where the redirects ended; absent when no response came. */
  finalUrl?: string;
  /** The media type of the last response (e.g. text/html), without parameters. */
  contentType?: string;
  /** Hash (as hashText) of the page's visible text, or of the body when it is not HTML. */
  contentHash?: string;
  /** True when contentHash differs from the one of the check before (written only when true). */
  contentChanged?: boolean;
  /** Whether the quote was found in the page's visible text; null when it could not be checked (see quoteUnchecked). */
  quoteFound?: boolean | null;
  /** Why quoteFound is null. */
  quoteUnchecked?: QuoteUncheckedReason;
  /** Why the last fetch gave no usable response. */
  fetchError?: FetchErrorKind;
}

/** Every field a source check writes: they describe one fetch, so a newer check replaces them as a whole (also in merges). */
export const SOURCE_CHECK_FIELDS = [
  'checkedAt',
  'httpStatus',
  'finalUrl',
  'contentType',
  'contentHash',
  'contentChanged',
  'quoteFound',
  'quoteUnchecked',
  'fetchError',
] as const;

export const QUOTE_UNCHECKED_REASONS = ['no-quote', 'not-text', 'too-large', 'no-page'] as const;
/** no-quote: the source has none; not-text: a PDF, image …; too-large: over the body limit; no-page: the fetch failed. */
export type QuoteUncheckedReason = (typeof QUOTE_UNCHECKED_REASONS)[number];

export const FETCH_ERROR_KINDS = ['timeout', 'dns', 'connection', 'too-many-redirects', 'unsafe-redirect', 'network'] as const;
/**
 * unsafe-redirect: an address refused, the source's own or a redirect's: anything but http(s) (file:, javascript: …),
 * one with credentials, or a loopback, private-network or link-local one (the name is kept for sidecars already written).
 */
export type FetchErrorKind = (typeof FETCH_ERROR_KINDS)[number];

export type HistoryAction =
  | 'created'
  | 'status'
  | 'source-added'
  | 'source-removed'
  | 'source-edited'
  | 'note'
  | 'text-changed'
  | 'orphaned'
  | 'reattached'
  /** A merge (git driver or external change) found both sides changed the same field; detail says what was kept. */
  | 'merge-conflict'
  /** Status and sources copied from the claim library; detail is `path#id` of the annotation reused. */
  | 'reused';

export interface HistoryEntry {
  action: HistoryAction;
  by: string;
  /** ISO 8601. */
  at: string;
  from?: string;
  to?: string;
  detail?: string;
}

export interface Annotation {
  id: string;
  anchor: Anchor;
  kind: ClaimKind;
  status: ClaimStatus;
  sources: Source[];
  note: string;
  history: HistoryEntry[];
  /** Hash of anchor.exact taken when marked verified. */
  verifiedTextHash?: string;
  /** True when the claim text changed after it was verified: it needs a re-check. */
  changedSinceVerification?: boolean;
  /** True when re-anchoring could not find the text: kept, shown, re-attachable. */
  orphaned?: boolean;
  /** True when an editor marked a selection the engine did not detect. */
  manual?: boolean;
  createdAt: string;
  updatedAt: string;
}

export const SIDECAR_VERSION = 1;

/** The on-disk sidecar (<draft>.factcheck.json). */
export interface SidecarFile {
  version: number;
  /** The draft's file name (no directories). */
  draft: string;
  /** Present once an editor signed the draft off for publication (see core/publish). */
  signOff?: SignOff;
  annotations: Annotation[];
}
