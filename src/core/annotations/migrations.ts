import { CLAIM_KINDS, type ClaimKind } from '../claims/types';
import { hashText } from '../util/hash';
import { array, dateTime, fail, field, integer, object, oneOf, optionalString, string, type Json } from './fieldCheck';
import { validateSourceUrl } from './sourceUrl';
import { SIDECAR_VERSION, type Annotation, type ClaimStatus, type Source } from './types';
import { draftName } from './validate';

/**
 * Older sidecar formats, each migrated one step up until it is the current version.
 * See docs/annotation-format.md ("Versions and migrations").
 *
 * Version 0 — the pre-release format (no "version" key, or "version": 0):
 *   { "draft"?: "story.md",
 *     "claims": [ { "quote": "…", "start": 10, "end": 42,
 *                   "status": "unchecked" | "verified" | "flagged" | "disputed" | "ignored",
 *                   "kind"?: ClaimKind, "note"?: "…", "editor"?: "Ana", "updated"?: ISO,
 *                   "sources"?: [ "https://…" | { "url": "https://…", "title"?: "…" } ] } ] }
 */

const V0_STATUSES = ['unchecked', 'verified', 'flagged', 'disputed', 'ignored'] as const;
type V0Status = (typeof V0_STATUSES)[number];

const STATUS_FROM_V0: Record<V0Status, ClaimStatus> = {
  unchecked: 'unreviewed',
  verified: 'verified',
  flagged: 'unverified',
  disputed: 'disputed',
  ignored: 'dismissed',
};

/** v0 had no kinds; 'event' is the neutral kind the engine also gives to editor-added cues. */
const V0_DEFAULT_KIND: ClaimKind = 'event';
/** v0 did not always record who or when; history needs both. */
const V0_UNKNOWN_EDITOR = 'unknown (migrated)';
const V0_UNKNOWN_TIME = '1970-01-01T00:00:00.000Z';

/** Ids derived from content, so two editors migrating the same v0 file get the same ids (and git merges line up). */
function migratedId(...parts: Array<string | number>): string {
  return `v0${hashText(parts.join('\n'))}`;
}

function v0Source(value: unknown, path: string, annotationId: string, index: number, by: string, at: string): Source {
  const o: Json = typeof value === 'string' ? { url: value } : object(value, path);
  const urlPath = typeof value === 'string' ? path : field(path, 'url');
  const url = string(o.url, urlPath).trim();
  const problem = validateSourceUrl(url);
  if (problem !== undefined) fail(urlPath, problem);
  const title = optionalString(o.title, field(path, 'title'))?.trim() || new URL(url).hostname;
  return { id: migratedId(annotationId, index, url), url, title, addedBy: by, addedAt: at };
}

function v0Claim(value: unknown, path: string, draft: string, index: number): Annotation {
  const o = object(value, path);
  const quote = string(o.quote, field(path, 'quote'), { nonEmpty: true });
  const start = integer(o.start, field(path, 'start'));
  const end = integer(o.end, field(path, 'end'));
  if (end < start) fail(field(path, 'end'), `must not be before start (${end} < ${start})`);
  const status = STATUS_FROM_V0[oneOf(o.status, V0_STATUSES, field(path, 'status'))];
  const kind = o.kind === undefined ? V0_DEFAULT_KIND : oneOf(o.kind, CLAIM_KINDS, field(path, 'kind'));
  const by = optionalString(o.editor, field(path, 'editor'))?.trim() || V0_UNKNOWN_EDITOR;
  const at = o.updated === undefined ? V0_UNKNOWN_TIME : dateTime(o.updated, field(path, 'updated'));
  const id = migratedId(draft, index, start, quote);
  const rawSources = o.sources === undefined ? [] : array(o.sources, field(path, 'sources'));
  const sources = rawSources.map((s, i) => v0Source(s, field(field(path, 'sources'), i), id, i, by, at));
  const migrated: Annotation = {
    id,
    kind,
    status,
    // v0 kept no context; the first re-anchoring against the draft fills prefix and suffix in.
    anchor: { start, end, prefix: '', exact: quote, suffix: '' },
    note: optionalString(o.note, field(path, 'note')) ?? '',
    sources,
    history: [{ action: 'created', by, at, to: status, detail: 'migrated from sidecar version 0' }],
    createdAt: at,
    updatedAt: at,
  };
  if (status === 'verified') migrated.verifiedTextHash = hashText(quote);
  return migrated;
}

/** Version 0 → version 1. Throws FieldError (paths as in the v0 file) when the v0 data is bad. */
function migrateV0(root: Json, expectedDraftName: string | undefined): Json {
  let draft: string;
  if (root.draft !== undefined) draft = draftName(root.draft, 'draft');
  else if (expectedDraftName !== undefined) draft = expectedDraftName;
  else fail('draft', 'missing (a version 0 file read on its own must name its draft)');
  const claims = array(root.claims, 'claims');
  const { claims: _claims, version: _version, draft: _draft, ...unknown } = root;
  const annotations = claims.map((c, i) => v0Claim(c, field('claims', i), draft, i));
  return { ...unknown, version: 1, draft, annotations };
}

/** The step that lifts a file of version N to N + 1. */
const MIGRATIONS: Record<number, (root: Json, expectedDraftName: string | undefined) => Json> = {
  0: migrateV0,
};

/** The file's format version: explicit, or 0 for the pre-release shape (a "claims" list and no "version"). */
export function versionOf(root: Json): number {
  if (root.version === undefined && Array.isArray(root.claims)) return 0;
  if (root.version === undefined) fail('version', `missing (this version of Draft Fact-Check writes ${SIDECAR_VERSION})`);
  return integer(root.version, 'version');
}

/** Runs every migration from `from` up to SIDECAR_VERSION. */
export function migrate(root: Json, from: number, expectedDraftName: string | undefined): Json {
  let current = root;
  for (let version = from; version < SIDECAR_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) fail('version', `${version} is not a version this program can read`);
    current = step(current, expectedDraftName);
  }
  return current;
}
