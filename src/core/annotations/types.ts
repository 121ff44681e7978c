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
}

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
  | 'merge-conflict';

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
