/**
 * Messages between the fact-check desk webview and the extension host, with runtime guards.
 * The host trusts nothing a webview posts: every field is type- and length-checked by
 * validateWebviewMessage before it is acted on.
 */
import type { Annotation, ClaimStatus } from '../core/annotations/types';
import { isClaimStatus } from '../core/annotations/types';
import type { ReviewItem } from '../core/review/types';

/** Length caps for strings a webview may send (UTF-16 code units). */
export const LIMITS = {
  uri: 4096,
  id: 256,
  url: 2048,
  title: 500,
  quote: 5000,
  note: 10000,
  perfName: 100,
} as const;

/** The draft the desk shows: a DraftReview plus its display name. Pure JSON. */
export interface DeskDraft {
  uri: string;
  /** The draft's file name, for the header. */
  name: string;
  version: number;
  items: ReviewItem[];
  dismissed: ReviewItem[];
  orphans: Annotation[];
  storeError?: string;
  /** The sidecar is still being read: items are empty because statuses are not known yet. */
  loading?: true;
  /** A long draft's first detection is still running: items are those found so far, counts are not final. */
  counting?: true;
  /** The draft's sign-off; valid is false once the text changed since (shown as "changed since sign-off"). */
  signOff?: { by: string; at: string; valid: boolean };
  /** factCheck.triage.minScore: claims scoring at least this are the ones to "check first". */
  triageMinScore?: number;
  /** Claim-library matches per item id (claim library). */
  library?: Record<string, DeskLibraryMatch[]>;
  /** Figures in the draft that disagree. */
  inconsistencies?: DeskInconsistency[];
}

/** Another draft's annotation stating the same fact (or, with conflict, the same wording with other figures). */
export interface DeskLibraryMatch {
  /** The library draft's URI string and the annotation id: what a `reuse` message names. */
  libraryDraft: string;
  annotationId: string;
  /** Already worded for the editor: "Verified in port-strike.md on 3 Dec by Ana, 2 sources". */
  summary: string;
  text: string;
  status: ClaimStatus;
  similarity: number;
  conflict: boolean;
}

/** One fact stated with different values; each span can be revealed in the editor. */
export interface DeskInconsistency {
  fact: string;
  spans: { start: number; end: number; text: string; value: string; line: number }[];
}

// ---------------------------------------------------------------- host → webview

/** Sent once after each `ready`: the translated user-facing strings. */
export interface InitMessage {
  type: 'init';
  strings: Record<string, string>;
}
/** A full snapshot; draft is null when no draft is active. */
export interface StateMessage {
  type: 'state';
  draft: DeskDraft | null;
}
/** The editor cursor moved onto a claim (or a hover asked to show it): select it in the list. */
export interface SelectMessage {
  type: 'select';
  itemId: string;
  /** Open the claim's detail too (e.g. shown from a hover). */
  openDetail: boolean;
}
/** The outcome of an action that carried a requestId. */
export interface ResultMessage {
  type: 'result';
  requestId: number;
  ok: boolean;
  /** A user-readable error when !ok. */
  message?: string;
}
export type HostMessage = InitMessage | StateMessage | SelectMessage | ResultMessage;

// ---------------------------------------------------------------- webview → host

export interface ReadyMessage {
  type: 'ready';
}
/** Reveal and select a claim in the editor. */
export interface RevealMessage {
  type: 'reveal';
  uri: string;
  itemId: string;
}
/** Change a claim's status ('unreviewed' clears it, 'dismissed' is "not a claim"). */
export interface SetStatusMessage {
  type: 'setStatus';
  requestId: number;
  uri: string;
  itemId: string;
  status: ClaimStatus;
}
export interface AttachSourceMessage {
  type: 'attachSource';
  requestId: number;
  uri: string;
  itemId: string;
  url: string;
  title: string;
  quote: string;
  note: string;
}
export interface EditSourceMessage {
  type: 'editSource';
  requestId: number;
  uri: string;
  annotationId: string;
  sourceId: string;
  url: string;
  title: string;
  quote: string;
  note: string;
}
export interface RemoveSourceMessage {
  type: 'removeSource';
  requestId: number;
  uri: string;
  annotationId: string;
  sourceId: string;
}
export interface SetNoteMessage {
  type: 'setNote';
  requestId: number;
  uri: string;
  itemId: string;
  note: string;
}
/** Open a source's URL; the host looks the URL up itself and opens only http(s). */
export interface OpenSourceMessage {
  type: 'openSource';
  uri: string;
  annotationId: string;
  sourceId: string;
}
/** Re-attach an orphaned annotation to the current editor selection. */
export interface ReattachMessage {
  type: 'reattach';
  requestId: number;
  uri: string;
  annotationId: string;
}
/** Copy a claim-library annotation's status and sources onto a claim. */
export interface ReuseMessage {
  type: 'reuse';
  requestId: number;
  uri: string;
  itemId: string;
  libraryDraft: string;
  annotationId: string;
}
/** Select a span of the draft in the editor (a figure that disagrees). */
export interface RevealRangeMessage {
  type: 'revealRange';
  uri: string;
  start: number;
  end: number;
}
/** A timing measured in the webview (performance.now() marks), for benchmarks and logs. */
export interface PerfMessage {
  type: 'perf';
  name: string;
  ms: number;
  count: number;
}
export type WebviewMessage =
  | ReadyMessage
  | RevealMessage
  | SetStatusMessage
  | AttachSourceMessage
  | EditSourceMessage
  | RemoveSourceMessage
  | SetNoteMessage
  | OpenSourceMessage
  | ReattachMessage
  | ReuseMessage
  | RevealRangeMessage
  | PerfMessage;

/** Messages that carry a requestId and get a ResultMessage back. */
export type RequestMessage = Extract<WebviewMessage, { requestId: number }>;

// ---------------------------------------------------------------- guards

type FieldCheck = (value: unknown) => boolean;
type FieldSpec<M> = { [K in Exclude<keyof M, 'type'>]-?: FieldCheck };

const text =
  (max: number, min = 0): FieldCheck =>
  (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max;
const requestId: FieldCheck = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const uri = text(LIMITS.uri, 1);
const id = text(LIMITS.id, 1);
const offset: FieldCheck = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const WEBVIEW_SPECS: { [T in WebviewMessage['type']]: FieldSpec<Extract<WebviewMessage, { type: T }>> } = {
  ready: {},
  reveal: { uri, itemId: id },
  setStatus: { requestId, uri, itemId: id, status: isClaimStatus },
  attachSource: {
    requestId,
    uri,
    itemId: id,
    url: text(LIMITS.url, 1),
    title: text(LIMITS.title),
    quote: text(LIMITS.quote),
    note: text(LIMITS.note),
  },
  editSource: {
    requestId,
    uri,
    annotationId: id,
    sourceId: id,
    url: text(LIMITS.url, 1),
    title: text(LIMITS.title),
    quote: text(LIMITS.quote),
    note: text(LIMITS.note),
  },
  removeSource: { requestId, uri, annotationId: id, sourceId: id },
  setNote: { requestId, uri, itemId: id, note: text(LIMITS.note) },
  openSource: { uri, annotationId: id, sourceId: id },
  reattach: { requestId, uri, annotationId: id },
  reuse: { requestId, uri, itemId: id, libraryDraft: uri, annotationId: id },
  revealRange: { uri, start: offset, end: offset },
  perf: {
    name: text(LIMITS.perfName, 1),
    ms: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0,
    count: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  },
};

export type Validation<T> = { ok: true; message: T } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Checks the message type, that every field is present with the right type and length, and that there are no extra fields. */
export function validateWebviewMessage(value: unknown): Validation<WebviewMessage> {
  if (!isPlainObject(value)) return { ok: false, reason: 'not an object' };
  const type = value.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(WEBVIEW_SPECS, type)) {
    return { ok: false, reason: `unknown message type ${JSON.stringify(String(type).slice(0, 40))}` };
  }
  const spec = WEBVIEW_SPECS[type as WebviewMessage['type']] as Record<string, FieldCheck>;
  for (const key of Object.keys(value)) {
    if (key !== 'type' && !Object.prototype.hasOwnProperty.call(spec, key))
      return { ok: false, reason: `${type}: unexpected field ${JSON.stringify(key.slice(0, 40))}` };
  }
  for (const [key, check] of Object.entries(spec)) {
    if (!check(value[key])) return { ok: false, reason: `${type}: invalid or missing field ${key}` };
  }
  return { ok: true, message: value as unknown as WebviewMessage };
}

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  return validateWebviewMessage(value).ok;
}

export function isRequestMessage(message: WebviewMessage): message is RequestMessage {
  return 'requestId' in message;
}

/** Light shape check of host messages in the webview (the host is trusted; this guards against stray posts). */
export function isHostMessage(value: unknown): value is HostMessage {
  if (!isPlainObject(value)) return false;
  switch (value.type) {
    case 'init':
      return isPlainObject(value.strings) && Object.values(value.strings).every((s) => typeof s === 'string');
    case 'state':
      return (
        value.draft === null || (isPlainObject(value.draft) && typeof value.draft.uri === 'string' && Array.isArray(value.draft.items))
      );
    case 'select':
      return typeof value.itemId === 'string' && typeof value.openDetail === 'boolean';
    case 'result':
      return (
        requestId(value.requestId) && typeof value.ok === 'boolean' && (value.message === undefined || typeof value.message === 'string')
      );
    default:
      return false;
  }
}
