import { SIDECAR_VERSION, SOURCE_CHECK_FIELDS, type Annotation, type SidecarFile, type Source } from './types';

/**
 * The on-disk key order of every object in a sidecar. Fixed so that saving the same
 * data twice gives the same bytes and a change shows up as a small git diff. Keys the
 * format does not know (written by a newer version, or by hand) follow in their order.
 */
export const KEY_ORDER = {
  file: ['version', 'draft', 'signOff', 'annotations'],
  signOff: ['by', 'at', 'textHash', 'policy'],
  signOffPolicy: ['failOn', 'minScore'],
  annotation: [
    'id',
    'kind',
    'status',
    'manual',
    'orphaned',
    'changedSinceVerification',
    'verifiedTextHash',
    'createdAt',
    'updatedAt',
    'anchor',
    'note',
    'sources',
    'history',
  ],
  anchor: ['start', 'end', 'prefix', 'exact', 'suffix'],
  source: [
    'id',
    'url',
    'title',
    'quote',
    'note',
    'addedBy',
    'addedAt',
    'editedBy',
    'editedAt',
    'archiveUrl',
    // Source health, written by the source check.
    ...SOURCE_CHECK_FIELDS,
  ],
  history: ['at', 'by', 'action', 'from', 'to', 'detail'],
} as const;

/** Flags written only when true: absent and false mean the same, and absent keeps diffs quiet. */
const TRUE_ONLY = new Set<string>(['manual', 'orphaned', 'changedSinceVerification', 'contentChanged']);

/** Sets an own property even for "__proto__", which a plain assignment would take as the object's prototype. */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of value with known keys first in the given order, then unknown keys as they came; undefined values dropped. */
export function ordered(value: object, order: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = Object.hasOwn(source, key) ? source[key] : undefined;
    if (v === undefined || (TRUE_ONLY.has(key) && v !== true)) continue;
    out[key] = v;
  }
  for (const key of Object.keys(source)) {
    if (!order.includes(key) && source[key] !== undefined) setOwn(out, key, source[key]);
  }
  return out;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Annotation order in the file: by position, then id (so concurrent additions land in predictable places). */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.anchor.start - b.anchor.start || byString(a.id, b.id);
}

/** Source order in the file: by when they were attached, then id. */
export function compareSources(a: Source, b: Source): number {
  return byString(a.addedAt, b.addedAt) || byString(a.id, b.id);
}

function orderedAnnotation(a: Annotation): Record<string, unknown> {
  const sources = [...a.sources].sort(compareSources);
  return ordered(
    {
      ...a,
      anchor: ordered(a.anchor, KEY_ORDER.anchor),
      sources: sources.map((s) => ordered(s, KEY_ORDER.source)),
      history: a.history.map((h) => ordered(h, KEY_ORDER.history)),
    },
    KEY_ORDER.annotation,
  );
}

/**
 * The sidecar as text: 2-space JSON, fixed key order, annotations by position then id,
 * sources by addedAt then id, history in the order it happened, trailing newline.
 */
export function serializeSidecar(file: SidecarFile): string {
  const annotations = [...file.annotations].sort(compareAnnotations).map(orderedAnnotation);
  const signOff =
    file.signOff && ordered({ ...file.signOff, policy: ordered(file.signOff.policy, KEY_ORDER.signOffPolicy) }, KEY_ORDER.signOff);
  return `${JSON.stringify(ordered({ ...file, signOff, annotations }, KEY_ORDER.file), null, 2)}\n`;
}

export function emptySidecar(draft: string): SidecarFile {
  return { version: SIDECAR_VERSION, draft, annotations: [] };
}
