import { CLAIM_KINDS } from '../claims/types';
import { validateSignOff } from '../publish/signOff';
import { HASH_PATTERN } from '../util/hash';
import { ID_PATTERN } from '../util/ids';
import { array, dateTime, fail, field, integer, object, oneOf, optionalBoolean, optionalString, string, type Json } from './fieldCheck';
import { validateSourceUrl } from './sourceUrl';
import {
  CLAIM_STATUSES,
  FETCH_ERROR_KINDS,
  QUOTE_UNCHECKED_REASONS,
  type Anchor,
  type Annotation,
  type HistoryAction,
  type HistoryEntry,
  type SidecarFile,
  type Source,
} from './types';

/**
 * The hand-written validator of the current (version 1) sidecar. It mirrors
 * schemas/factcheck.schema.json (a unit test keeps the two in step) and adds what a
 * schema cannot say: unique ids, start ≤ end, URL safety. Unknown keys are kept.
 */

/** Every history action; a Record so adding one to HistoryAction without listing it here fails to compile. */
const HISTORY_ACTION_SET: Record<HistoryAction, true> = {
  created: true,
  status: true,
  'source-added': true,
  'source-removed': true,
  'source-edited': true,
  note: true,
  'text-changed': true,
  orphaned: true,
  reattached: true,
  'merge-conflict': true,
  reused: true,
};
export const HISTORY_ACTIONS = Object.keys(HISTORY_ACTION_SET) as HistoryAction[];

const ID_HINT = 'an id of 6–64 letters, digits, "-" or "_"';

/** A draft file name: no directories, so a sidecar cannot point outside its folder. */
export function draftName(value: unknown, path: string): string {
  const name = string(value, path, { nonEmpty: true });
  if (/[\\/]/.test(name)) fail(path, `must be a file name without folders, not "${name}"`);
  return name;
}

function anchor(value: unknown, path: string): Anchor {
  const o = object(value, path);
  const start = integer(o.start, field(path, 'start'));
  const end = integer(o.end, field(path, 'end'));
  if (end < start) fail(field(path, 'end'), `must not be before start (${end} < ${start})`);
  string(o.exact, field(path, 'exact'), { nonEmpty: true });
  string(o.prefix, field(path, 'prefix'));
  string(o.suffix, field(path, 'suffix'));
  return o as unknown as Anchor;
}

function source(value: unknown, path: string, seen: Map<string, number>, index: number): Source {
  const o = object(value, path);
  const id = string(o.id, field(path, 'id'), { pattern: ID_PATTERN, patternHint: ID_HINT });
  const earlier = seen.get(id);
  if (earlier !== undefined) fail(field(path, 'id'), `duplicate source id "${id}" (also sources[${earlier}])`);
  seen.set(id, index);
  const url = string(o.url, field(path, 'url'));
  // Stored exactly as opened: nothing before the scheme (the editor trims what people type).
  if (url !== url.trim()) fail(field(path, 'url'), 'must start with http:// or https:// (no spaces or line breaks before or after it)');
  const urlProblem = validateSourceUrl(url);
  if (urlProblem !== undefined) fail(field(path, 'url'), urlProblem);
  string(o.title, field(path, 'title'), { nonEmpty: true });
  optionalString(o.quote, field(path, 'quote'));
  optionalString(o.note, field(path, 'note'));
  string(o.addedBy, field(path, 'addedBy'));
  dateTime(o.addedAt, field(path, 'addedAt'));
  optionalString(o.editedBy, field(path, 'editedBy'));
  if (o.editedAt !== undefined) dateTime(o.editedAt, field(path, 'editedAt'));
  sourceHealthFields(o, path);
  return o as unknown as Source;
}

/** The optional fields the source check writes, and the editor's archive link. */
function sourceHealthFields(o: Json, path: string): void {
  for (const key of ['archiveUrl', 'finalUrl'] as const) {
    if (o[key] === undefined) continue;
    const problem = validateSourceUrl(string(o[key], field(path, key)));
    if (problem !== undefined) fail(field(path, key), problem);
  }
  if (o.checkedAt !== undefined) dateTime(o.checkedAt, field(path, 'checkedAt'));
  if (o.httpStatus !== undefined) {
    const status = integer(o.httpStatus, field(path, 'httpStatus'), 100);
    if (status > 599) fail(field(path, 'httpStatus'), `must be an HTTP status from 100 to 599, not ${status}`);
  }
  optionalString(o.contentType, field(path, 'contentType'));
  if (o.contentHash !== undefined)
    string(o.contentHash, field(path, 'contentHash'), { pattern: HASH_PATTERN, patternHint: '16 lowercase hex digits' });
  optionalBoolean(o.contentChanged, field(path, 'contentChanged'));
  if (o.quoteFound !== undefined && o.quoteFound !== null && typeof o.quoteFound !== 'boolean')
    fail(field(path, 'quoteFound'), 'must be true, false or null');
  if (o.quoteUnchecked !== undefined) oneOf(o.quoteUnchecked, QUOTE_UNCHECKED_REASONS, field(path, 'quoteUnchecked'));
  if (o.fetchError !== undefined) oneOf(o.fetchError, FETCH_ERROR_KINDS, field(path, 'fetchError'));
}

function historyEntry(value: unknown, path: string): HistoryEntry {
  const o = object(value, path);
  oneOf(o.action, HISTORY_ACTIONS, field(path, 'action'));
  string(o.by, field(path, 'by'));
  dateTime(o.at, field(path, 'at'));
  for (const key of ['from', 'to', 'detail'] as const) optionalString(o[key], field(path, key));
  return o as unknown as HistoryEntry;
}

function annotation(value: unknown, path: string): Annotation {
  const o = object(value, path);
  string(o.id, field(path, 'id'), { pattern: ID_PATTERN, patternHint: ID_HINT });
  oneOf(o.kind, CLAIM_KINDS, field(path, 'kind'));
  oneOf(o.status, CLAIM_STATUSES, field(path, 'status'));
  for (const key of ['manual', 'orphaned', 'changedSinceVerification'] as const) optionalBoolean(o[key], field(path, key));
  if (o.verifiedTextHash !== undefined)
    string(o.verifiedTextHash, field(path, 'verifiedTextHash'), { pattern: HASH_PATTERN, patternHint: '16 lowercase hex digits' });
  dateTime(o.createdAt, field(path, 'createdAt'));
  dateTime(o.updatedAt, field(path, 'updatedAt'));
  anchor(o.anchor, field(path, 'anchor'));
  string(o.note, field(path, 'note'));
  const sourceIds = new Map<string, number>();
  array(o.sources, field(path, 'sources')).forEach((s, i) => source(s, field(field(path, 'sources'), i), sourceIds, i));
  array(o.history, field(path, 'history')).forEach((h, i) => historyEntry(h, field(field(path, 'history'), i)));
  return o as unknown as Annotation;
}

/** Checks a parsed version-1 sidecar; throws FieldError naming the first bad field. */
export function validateSidecarV1(root: Json): SidecarFile {
  integer(root.version, 'version');
  draftName(root.draft, 'draft');
  if (root.signOff !== undefined) validateSignOff(root.signOff, 'signOff');
  const ids = new Map<string, number>();
  array(root.annotations, 'annotations').forEach((a, i) => {
    const path = field('annotations', i);
    const { id } = annotation(a, path);
    const earlier = ids.get(id);
    if (earlier !== undefined) fail(field(path, 'id'), `duplicate annotation id "${id}" (also annotations[${earlier}])`);
    ids.set(id, i);
  });
  return root as unknown as SidecarFile;
}
