import { compareAnnotations, compareSources, KEY_ORDER, setOwn } from './sidecarFormat';
import type { SignOff } from '../publish/types';
import {
  SIDECAR_VERSION,
  SOURCE_CHECK_FIELDS,
  type Annotation,
  type ClaimStatus,
  type HistoryEntry,
  type SidecarFile,
  type Source,
} from './types';

/** Both sides changed the same field of one annotation; the merge kept one (or, for notes, both) and says so. */
export interface MergeConflict {
  /** '' for file-level fields (the draft name). */
  annotationId: string;
  field: 'status' | 'kind' | 'note' | 'source' | 'draft' | 'signOff';
  /** The value kept (for notes: both, combined). */
  kept: string;
  /** The value not kept. */
  other: string;
  /** One line a person can read, e.g. 'status: kept "disputed" (the later change) over "verified"'. */
  message: string;
}

export interface MergeResult {
  file: SidecarFile;
  conflicts: MergeConflict[];
}

export interface MergeOptions {
  /**
   * When both sides moved an annotation, keep ours (the open editor's anchors match its
   * buffer) instead of the later one. Used for external changes to an open draft.
   */
  preferOurAnchors?: boolean;
}

/** Who merge-conflict history entries are attributed to. */
export const MERGE_ACTOR = 'Draft Fact-Check merge';

/** When two editors set different statuses at the same moment, the more cautious one wins. */
const STATUS_SEVERITY: Record<ClaimStatus, number> = { disputed: 4, unverified: 3, verified: 2, unreviewed: 1, dismissed: 0 };

/** Marks where one editor's note ends and the other's begins when both changed it. */
export const NOTE_MERGE_SEPARATOR = '\n\n--- merged: both editors changed this note ---\n\n';

/** JSON with sorted keys: equal data gives equal strings whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function time(iso: string | undefined): number {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** Positive when a is later than b. */
function compareTimes(a: string | undefined, b: string | undefined): number {
  return time(a) - time(b);
}

type Pick<T> = { value: T } | { conflict: [T, T] };

/** Three-way pick of one value: unchanged side yields to changed side; both changed alike is fine; else a conflict. */
function pick3<T>(base: T | undefined, hasBase: boolean, ours: T, theirs: T): Pick<T> {
  if (same(ours, theirs)) return { value: ours };
  if (hasBase && same(ours, base)) return { value: theirs };
  if (hasBase && same(theirs, base)) return { value: ours };
  return { conflict: [ours, theirs] };
}

/** A deterministic choice between two values when nothing else decides: the smaller canonical form. */
function stableChoice<T>(a: T, b: T): T {
  return canonical(a) <= canonical(b) ? a : b;
}

function withoutHealth(source: Source): Source {
  const copy: Record<string, unknown> = { ...source };
  for (const key of SOURCE_CHECK_FIELDS) delete copy[key];
  return copy as unknown as Source;
}

function healthOf(source: Source): Partial<Source> {
  const health: Record<string, unknown> = {};
  for (const key of SOURCE_CHECK_FIELDS) if (source[key] !== undefined) health[key] = source[key];
  return health as Partial<Source>;
}

/** The result of the later check (by checkedAt; a tie is settled by content, so the merge stays symmetric). */
function laterHealth(a: Source, b: Source): Partial<Source> {
  const order = compareTimes(a.checkedAt, b.checkedAt);
  return order > 0 ? healthOf(a) : order < 0 ? healthOf(b) : stableChoice(healthOf(a), healthOf(b));
}

/**
 * Sources by id: editors' fields merge three-way (a conflict keeps the later edit); the
 * health fields of a source check are taken from the later check, without a conflict:
 * checking is not an editorial change and a newer result simply replaces an older one.
 */
function mergeSources(
  base: readonly Source[] | undefined,
  ours: readonly Source[],
  theirs: readonly Source[],
  annotationId: string,
  conflicts: MergeConflict[],
): Source[] {
  return mergeEditedSources(base?.map(withoutHealth), ours.map(withoutHealth), theirs.map(withoutHealth), annotationId, conflicts).map(
    (merged) => {
      const o = ours.find((s) => s.id === merged.id);
      const t = theirs.find((s) => s.id === merged.id);
      const health = o && t ? laterHealth(o, t) : healthOf((o ?? t) as Source);
      return { ...merged, ...health };
    },
  );
}

function mergeEditedSources(
  base: readonly Source[] | undefined,
  ours: readonly Source[],
  theirs: readonly Source[],
  annotationId: string,
  conflicts: MergeConflict[],
): Source[] {
  const byId = (list: readonly Source[] | undefined) => new Map((list ?? []).map((s) => [s.id, s]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const merged: Source[] = [];
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const bs = b.get(id);
    const os = o.get(id);
    const ts = t.get(id);
    if (os && ts) {
      const result = pick3(bs, bs !== undefined, os, ts);
      if ('value' in result) {
        merged.push(result.value);
        continue;
      }
      const order = compareTimes(os.editedAt ?? os.addedAt, ts.editedAt ?? ts.addedAt);
      const kept = order > 0 ? os : order < 0 ? ts : stableChoice(os, ts);
      const other = kept === os ? ts : os;
      merged.push(kept);
      conflicts.push({
        annotationId,
        field: 'source',
        kept: kept.url,
        other: other.url,
        message: `source "${kept.title}": both editors edited it; kept the ${order !== 0 ? 'later' : 'first (same time)'} edit`,
      });
    } else {
      const only = (os ?? ts) as Source;
      // Present on one side only: added there (keep), or deleted on the other side (drop unless edited since).
      if (bs === undefined || !same(only, bs)) merged.push(only);
    }
  }
  return merged.sort(compareSources);
}

/**
 * The union of histories, each entry once, in time order. Entries of the same time keep
 * the order they had in their list (a status change, then the note written with it),
 * merge-conflict entries come last, and anything still tied is ordered by content so
 * the result does not depend on which side was "ours".
 */
function mergeHistory(lists: ReadonlyArray<readonly HistoryEntry[] | undefined>, conflictEntries: readonly HistoryEntry[]): HistoryEntry[] {
  const unique = new Map<string, { entry: HistoryEntry; position: number }>();
  const add = (entry: HistoryEntry, position: number) => {
    const key = canonical(entry);
    const seen = unique.get(key);
    if (!seen || position < seen.position) unique.set(key, { entry, position });
  };
  for (const list of lists) (list ?? []).forEach(add);
  conflictEntries.forEach((entry, i) => add(entry, Number.MAX_SAFE_INTEGER - conflictEntries.length + i));
  return [...unique.entries()]
    .sort(([ka, a], [kb, b]) => compareTimes(a.entry.at, b.entry.at) || a.position - b.position || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, { entry }]) => entry);
}

const KNOWN_FILE_KEYS: ReadonlySet<string> = new Set(KEY_ORDER.file);
const KNOWN_ANNOTATION_KEYS: ReadonlySet<string> = new Set(KEY_ORDER.annotation);

/** Field-wise three-way merge of one annotation both sides still have. */
function mergeAnnotation(
  base: Annotation | undefined,
  ours: Annotation,
  theirs: Annotation,
  options: MergeOptions,
  conflicts: MergeConflict[],
): Annotation {
  const hasBase = base !== undefined;
  const id = ours.id;
  const order = compareTimes(ours.updatedAt, theirs.updatedAt);
  /** The later side's value; ties go to `tie`. */
  const later = <T>(o: T, t: T, tie: () => T): T => (order > 0 ? o : order < 0 ? t : tie());
  const found: MergeConflict[] = [];

  const status = pick3(base?.status, hasBase, ours.status, theirs.status);
  let mergedStatus: ClaimStatus;
  if ('value' in status) mergedStatus = status.value;
  else {
    const [o, t] = status.conflict;
    mergedStatus = later(o, t, () => (STATUS_SEVERITY[o] >= STATUS_SEVERITY[t] ? o : t));
    const other = mergedStatus === o ? t : o;
    const why = order !== 0 ? 'the later change' : 'same time: the more cautious status';
    found.push({
      annotationId: id,
      field: 'status',
      kept: mergedStatus,
      other,
      message: `status: kept "${mergedStatus}" (${why}) over "${other}"`,
    });
  }

  const kind = pick3(base?.kind, hasBase, ours.kind, theirs.kind);
  let mergedKind = ours.kind;
  if ('value' in kind) mergedKind = kind.value;
  else {
    const [o, t] = kind.conflict;
    mergedKind = later(o, t, () => stableChoice(o, t));
    const other = mergedKind === o ? t : o;
    found.push({ annotationId: id, field: 'kind', kept: mergedKind, other, message: `kind: kept "${mergedKind}" over "${other}"` });
  }

  const note = pick3(base?.note, hasBase, ours.note, theirs.note);
  let mergedNote: string;
  if ('value' in note) mergedNote = note.value;
  else {
    const [o, t] = note.conflict;
    if (o.includes(t) || t.includes(o)) {
      // One editor's note already holds the other's: nothing is lost by keeping the longer.
      mergedNote = o.length >= t.length ? o : t;
    } else {
      const [first, second] = order < 0 || (order === 0 && o <= t) ? [o, t] : [t, o];
      mergedNote = `${first}${NOTE_MERGE_SEPARATOR}${second}`;
      found.push({
        annotationId: id,
        field: 'note',
        kept: mergedNote,
        other: '',
        message: 'note: both editors changed it; kept both, separated by a marker',
      });
    }
  }

  // The anchor and orphaned flag move together: they describe one position.
  const place = (a: Annotation) => ({ anchor: a.anchor, orphaned: a.orphaned === true });
  const anchor = pick3(base && place(base), hasBase, place(ours), place(theirs));
  const mergedPlace =
    'value' in anchor
      ? anchor.value
      : options.preferOurAnchors
        ? anchor.conflict[0]
        : later(anchor.conflict[0], anchor.conflict[1], () => stableChoice(anchor.conflict[0], anchor.conflict[1]));

  const manual = pick3(base?.manual === true, hasBase, ours.manual === true, theirs.manual === true);
  const hash = pick3(base?.verifiedTextHash, hasBase, ours.verifiedTextHash, theirs.verifiedTextHash);
  const changed = pick3(
    base?.changedSinceVerification === true,
    hasBase,
    ours.changedSinceVerification === true,
    theirs.changedSinceVerification === true,
  );

  const merged: Annotation = {
    ...mergeUnknownKeys(base, ours, theirs, KNOWN_ANNOTATION_KEYS, (o, t) => later(o, t, () => stableChoice(o, t))),
    id,
    anchor: mergedPlace.anchor,
    kind: mergedKind,
    status: mergedStatus,
    sources: mergeSources(base?.sources, ours.sources, theirs.sources, id, found),
    note: mergedNote,
    history: [],
    createdAt: compareTimes(ours.createdAt, theirs.createdAt) <= 0 ? ours.createdAt : theirs.createdAt,
    updatedAt: order >= 0 ? ours.updatedAt : theirs.updatedAt,
  };
  if (mergedPlace.orphaned) merged.orphaned = true;
  if ('value' in manual ? manual.value : true) merged.manual = true;
  if (mergedStatus === 'verified') {
    // The verification fields only mean something for a verified claim.
    const mergedHash =
      'value' in hash ? hash.value : later(hash.conflict[0], hash.conflict[1], () => stableChoice(hash.conflict[0], hash.conflict[1]));
    if (mergedHash !== undefined) merged.verifiedTextHash = mergedHash;
    // A re-check needed on either side is still needed.
    if ('value' in changed ? changed.value : true) merged.changedSinceVerification = true;
  }
  const conflictEntries = found.map((c): HistoryEntry => ({
    action: 'merge-conflict',
    by: MERGE_ACTOR,
    at: merged.updatedAt,
    detail: c.message,
  }));
  merged.history = mergeHistory([base?.history, ours.history, theirs.history], conflictEntries);
  for (const conflict of found) conflicts.push(conflict); // not push(...): no limit on how many
  return merged;
}

/**
 * Keys this version does not know (a newer version's data, or hand-written), merged one
 * by one so they survive; a conflict goes to `resolve`.
 */
function mergeUnknownKeys(
  base: object | undefined,
  ours: object,
  theirs: object,
  known: ReadonlySet<string>,
  resolve: <T>(o: T, t: T) => T,
): Record<string, unknown> {
  const b = (base ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // Keys in the base keep their place; new ones follow alphabetically (the same whichever side added them).
  // Own-property checks throughout: "constructor" or "__proto__" are keys like any other here.
  const added = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((k) => !Object.hasOwn(b, k)).sort();
  for (const key of [...Object.keys(b), ...added]) {
    if (known.has(key)) continue;
    const result = pick3(ownValue(b, key), base !== undefined, ownValue(ours, key), ownValue(theirs, key));
    const value = 'value' in result ? result.value : resolve(result.conflict[0], result.conflict[1]);
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

/** The value of an own property, never one inherited from Object.prototype. */
function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/**
 * The file's sign-off: changed on one side only, that side's. Signed off differently on both
 * sides: the later sign-off. Revoked on one side and re-signed on the other: revoked, the
 * cautious choice (signing off again is one command; a wrong sign-off could let a story out).
 */
function mergeSignOff(
  base: SidecarFile | undefined,
  ours: SidecarFile,
  theirs: SidecarFile,
  conflicts: MergeConflict[],
): SignOff | undefined {
  const result = pick3(base?.signOff, base !== undefined, ours.signOff, theirs.signOff);
  if ('value' in result) return result.value;
  const [o, t] = result.conflict;
  const describe = (s: SignOff | undefined) => (s === undefined ? 'revoked' : `signed off by ${s.by} at ${s.at}`);
  let kept: SignOff | undefined;
  if (o === undefined || t === undefined) kept = undefined;
  else {
    const order = compareTimes(o.at, t.at);
    kept = order > 0 ? o : order < 0 ? t : stableChoice(o, t);
  }
  const other = kept === o ? t : o;
  conflicts.push({
    annotationId: '',
    field: 'signOff',
    kept: describe(kept),
    other: describe(other),
    message: `signOff: kept "${describe(kept)}" over "${describe(other)}"`,
  });
  return kept;
}

/**
 * Three-way merge of sidecars by annotation id. Added on one side: kept. Deleted on one
 * side and unchanged on the other: deleted. Deleted against modified: the modified one
 * is kept. Changed on both: field by field — status by the later updatedAt (same time:
 * disputed > unverified > verified > unreviewed > dismissed), sources by id (an edit on
 * both sides: the later edit), history as the union in time order, notes both kept
 * with a marker, the anchor from the later side. Every real conflict is returned and
 * recorded as a 'merge-conflict' history entry, so the result is always a valid file.
 * Deterministic, and symmetric in ours/theirs except for the draft name (ours).
 */
export function mergeSidecars(
  base: SidecarFile | undefined,
  ours: SidecarFile,
  theirs: SidecarFile,
  options: MergeOptions = {},
): MergeResult {
  const conflicts: MergeConflict[] = [];
  const index = (file: SidecarFile | undefined) => new Map((file?.annotations ?? []).map((a) => [a.id, a]));
  const b = index(base);
  const o = index(ours);
  const t = index(theirs);
  const annotations: Annotation[] = [];
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const ba = b.get(id);
    const oa = o.get(id);
    const ta = t.get(id);
    if (oa && ta) annotations.push(mergeAnnotation(ba, oa, ta, options, conflicts));
    else {
      const only = (oa ?? ta) as Annotation;
      if (ba === undefined || !same(only, ba)) annotations.push(only);
    }
  }
  annotations.sort(compareAnnotations);

  const draft = pick3(base?.draft, base !== undefined, ours.draft, theirs.draft);
  if ('conflict' in draft) {
    conflicts.push({
      annotationId: '',
      field: 'draft',
      kept: ours.draft,
      other: theirs.draft,
      message: `draft: kept "${ours.draft}" over "${theirs.draft}"`,
    });
  }
  const file: SidecarFile = {
    ...mergeUnknownKeys(base, ours, theirs, KNOWN_FILE_KEYS, stableChoice),
    version: SIDECAR_VERSION,
    draft: 'value' in draft ? draft.value : ours.draft,
    annotations,
  };
  const signOff = mergeSignOff(base, ours, theirs, conflicts);
  if (signOff !== undefined) file.signOff = signOff;
  return { file, conflicts };
}

/**
 * Folds an external change of the sidecar (disk) into the open editor's copy (inMemory),
 * with lastKnownDisk (what was last read or written) as the base: the same rules as
 * mergeSidecars, except that the open editor's anchors win, since they follow its buffer.
 * In-memory changes are never dropped (conflicts keep both in history).
 */
export function mergeWithDisk(lastKnownDisk: SidecarFile | undefined, inMemory: SidecarFile, disk: SidecarFile): SidecarFile {
  return mergeSidecars(lastKnownDisk, inMemory, disk, { preferOurAnchors: true }).file;
}
