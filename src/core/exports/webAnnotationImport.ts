/**
 * Import of W3C Web Annotations (as exported by webAnnotation.ts, or by Hypothesis: its API rows
 * with `target[].selector`, `text`, `tags`) into a draft's sidecar. Each annotation is placed
 * with the same re-anchoring code as outside edits (position, then quote with context, then
 * approximate); what cannot be found is left out and counted. Existing annotations are never
 * overwritten: an id or a span already in the sidecar is skipped. Pure: the caller reads and writes files.
 */
import { emptySidecar } from '../annotations/sidecarFormat';
import { ISO_DATE_TIME } from '../annotations/fieldCheck';
import { reanchorOne } from '../annotations/reanchor';
import { validateSourceUrl } from '../annotations/sourceUrl';
import { validateSidecarV1 } from '../annotations/validate';
import { isClaimStatus, type Annotation, type ClaimStatus, type SidecarFile, type Source } from '../annotations/types';
import { detectClaims } from '../claims';
import { isClaimKind, type ClaimKind } from '../claims/types';
import type { DraftLanguage } from '../document';
import { hashText } from '../util/hash';
import { ID_PATTERN } from '../util/ids';
import { ID_PREFIX, KIND_TAG } from './webAnnotation';

/** The most annotations one file may bring: each is placed by searching the draft, on the editor's thread. */
export const MAX_IMPORT_ANNOTATIONS = 5000;

export interface ImportInput {
  /** The annotation file's text. */
  json: string;
  /** The draft's text and file name; the annotations must target it. */
  text: string;
  draftName: string;
  language: DraftLanguage;
  /** The draft's current sidecar (undefined when it has none). */
  sidecar?: SidecarFile;
  /** Who imports, and when (history of annotations whose file does not say). */
  by: string;
  now: string;
}

export interface ImportSummary {
  added: number;
  /** Already in the sidecar (same id or same span): left as they are. */
  alreadyPresent: number;
  /** Their quoted text is not in the draft. */
  notFound: number;
  /** Sources dropped because their URL is not a safe http(s) link. */
  sourcesDropped: number;
}

export type ImportResult = { ok: true; file: SidecarFile; summary: ImportSummary } | { ok: false; error: string };

type Json = Record<string, unknown>;

interface Candidate {
  id: string;
  source?: string;
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  note: string;
  kind?: ClaimKind;
  status?: ClaimStatus;
  sources: Source[];
  creator?: string;
  created?: string;
  modified?: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Text that says something: a sidecar requires titles and quotes to be more than spaces. */
const filled = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const date = (v: unknown): string | undefined =>
  typeof v === 'string' && ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;

/** The annotations in any of the shapes we accept, or a message saying what the file is not. */
function annotationList(root: unknown): unknown[] | string {
  if (Array.isArray(root)) return root;
  if (!isObject(root))
    return 'the file must hold a Web Annotation, an AnnotationCollection or AnnotationPage, a list of annotations, or a Hypothesis export';
  if (Array.isArray(root.rows)) return root.rows; // Hypothesis API search result
  if (Array.isArray(root.annotations)) return root.annotations; // Hypothesis export
  if (Array.isArray(root.items)) return root.items; // AnnotationPage
  if (isObject(root.first)) return Array.isArray(root.first.items) ? root.first.items : []; // AnnotationCollection
  if (root.type === 'Annotation' || root.target !== undefined) return [root];
  return 'no annotations found (expected "items", "first.items", "rows" or "annotations")';
}

/** The person's name from a W3C creator ({name} or a string) or a Hypothesis user ("acct:ana@hypothes.is"). */
function personName(v: unknown): string | undefined {
  if (isObject(v)) return text(v.name) ?? text(v.nickname);
  const s = text(v);
  if (s === undefined) return undefined;
  const acct = /^acct:([^@]+)@/.exec(s);
  return acct ? acct[1] : s;
}

function externalId(raw: Json): string | undefined {
  const id = text(raw.id);
  if (id === undefined || id === '') return undefined;
  const ours = id.startsWith(ID_PREFIX) ? id.slice(ID_PREFIX.length) : id;
  // Keep ids the sidecar accepts (ours round-trip, Hypothesis ids fit); derive a stable one from others (URLs).
  return ID_PATTERN.test(ours) ? ours : `wa${hashText(id)}`;
}

function readSources(bodies: Json[], summary: ImportSummary, now: string): Source[] {
  const sources: Source[] = [];
  for (const body of bodies) {
    const resource = isObject(body.source) ? body.source : undefined;
    // Stored trimmed: the sidecar keeps links exactly as opened, with nothing around them.
    const url = (text(resource?.id) ?? text(body.source) ?? (body.type !== 'TextualBody' ? text(body.id) : undefined))?.trim();
    if (url === undefined || body.type === 'TextualBody') continue;
    if (validateSourceUrl(url) !== undefined) {
      summary.sourcesDropped++;
      continue;
    }
    const selector = list(body.selector).find((s) => isObject(s) && s.type === 'TextQuoteSelector') as Json | undefined;
    const source: Source = {
      id: `s${hashText(url + (text(selector?.exact) ?? ''))}`,
      url,
      title: filled(resource?.title) ?? filled(body.title) ?? new URL(url).host,
      addedBy: personName(body.creator) ?? 'imported',
      addedAt: date(body.created) ?? now,
    };
    const quote = text(selector?.exact);
    if (quote !== undefined) source.quote = quote;
    const note = text(body.description);
    if (note !== undefined) source.note = note;
    if (!sources.some((s) => s.id === source.id)) sources.push(source);
  }
  return sources;
}

function candidate(raw: unknown, summary: ImportSummary, now: string): Candidate | undefined {
  if (!isObject(raw)) return undefined;
  const targets = list(raw.target).filter(isObject);
  let quote: Json | undefined;
  let position: Json | undefined;
  let source: string | undefined;
  for (const target of targets) {
    for (const selector of list(target.selector)) {
      if (!isObject(selector)) continue;
      if (selector.type === 'TextQuoteSelector' && filled(selector.exact) !== undefined) quote ??= selector;
      if (selector.type === 'TextPositionSelector' && Number.isInteger(selector.start) && Number.isInteger(selector.end))
        position ??= selector;
    }
    source ??= text(target.source) ?? text(target.id);
  }
  if (quote === undefined) return undefined;
  const bodies = [
    ...list(raw.body).filter(isObject),
    ...(typeof raw.bodyValue === 'string' ? [{ type: 'TextualBody', purpose: 'commenting', value: raw.bodyValue }] : []),
  ];
  const notes: string[] = [];
  let kind: ClaimKind | undefined;
  let status: ClaimStatus | undefined;
  const tags = [
    ...list(raw.tags).map(text),
    ...bodies.filter((b) => b.purpose === 'tagging' || b.purpose === 'classifying').map((b) => text(b.value)),
  ];
  for (const tag of tags) {
    const t = tag?.trim().toLowerCase().replace(KIND_TAG, '');
    if (t !== undefined && isClaimKind(t)) kind ??= t;
    else if (t !== undefined && isClaimStatus(t)) status ??= t;
  }
  for (const body of bodies) {
    const value = text(body.value);
    if (value === undefined) continue;
    if (body.purpose === 'assessing' && isClaimStatus(value.trim().toLowerCase())) status ??= value.trim().toLowerCase() as ClaimStatus;
    else if (body.type === 'TextualBody' && (body.purpose === undefined || body.purpose === 'commenting' || body.purpose === 'describing'))
      notes.push(value);
  }
  if (typeof raw.text === 'string' && raw.text.trim() !== '') notes.push(raw.text); // Hypothesis
  const c: Candidate = {
    id: externalId(raw) ?? `wa${hashText(`${String(quote.exact)}|${String(position?.start ?? '')}`)}`,
    exact: String(quote.exact),
    prefix: text(quote.prefix) ?? '',
    suffix: text(quote.suffix) ?? '',
    note: notes.join('\n\n'),
    sources: readSources(bodies, summary, now),
  };
  if (source !== undefined) c.source = source;
  if (position) {
    c.start = position.start as number;
    c.end = position.end as number;
  }
  if (kind) c.kind = kind;
  if (status) c.status = status;
  const creator =
    personName(raw.creator) ?? (isObject(raw.user_info) ? text(raw.user_info.display_name) : undefined) ?? personName(raw.user);
  if (creator !== undefined) c.creator = creator;
  const created = date(raw.created);
  if (created) c.created = created;
  const modified = date(raw.modified) ?? date(raw.updated);
  if (modified) c.modified = modified;
  return c;
}

/** The file name a target source names, when it names a file (a path, file: URI or our export's relative path); undefined for web pages. */
function targetFileName(source: string): string | undefined {
  if (/^https?:/i.test(source)) return undefined;
  const path = source.replace(/^file:\/\//i, '').replace(/[?#].*$/, '');
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function toAnnotation(c: Candidate, input: ImportInput, kindAt: (start: number, end: number) => ClaimKind): Annotation {
  const createdAt = c.created ?? input.now;
  const updatedAt = c.modified && c.modified >= createdAt ? c.modified : createdAt;
  const status = c.status ?? 'unreviewed';
  const start = Math.max(0, Math.min(c.start ?? 0, input.text.length));
  const a: Annotation = {
    id: c.id,
    anchor: { exact: c.exact, prefix: c.prefix, suffix: c.suffix, start, end: start + c.exact.length },
    kind: c.kind ?? kindAt(start, start + c.exact.length),
    status,
    sources: c.sources,
    note: c.note,
    history: [{ action: 'created', by: c.creator ?? input.by, at: createdAt, to: status, detail: 'imported from a Web Annotation file' }],
    createdAt,
    updatedAt,
    // Until re-anchoring finds it, it is not placed.
    orphaned: true,
  };
  if (status === 'verified') a.verifiedTextHash = hashText(c.exact);
  return a;
}

export function importWebAnnotations(input: ImportInput): ImportResult {
  let root: unknown;
  try {
    root = JSON.parse(input.json.charCodeAt(0) === 0xfeff ? input.json.slice(1) : input.json);
  } catch {
    return { ok: false, error: 'not a JSON file' };
  }
  const raw = annotationList(root);
  if (typeof raw === 'string') return { ok: false, error: raw };
  if (raw.length > MAX_IMPORT_ANNOTATIONS)
    return { ok: false, error: `the file holds ${raw.length} annotations; at most ${MAX_IMPORT_ANNOTATIONS} can be imported at once` };
  const summary: ImportSummary = { added: 0, alreadyPresent: 0, notFound: 0, sourcesDropped: 0 };
  const candidates = raw.map((r) => candidate(r, summary, input.now)).filter((c): c is Candidate => c !== undefined);
  if (candidates.length === 0) return { ok: false, error: 'no annotation in the file has a TextQuoteSelector to place it with' };

  const otherFile = candidates
    .map((c) => (c.source !== undefined ? targetFileName(c.source) : undefined))
    .find((name) => name !== undefined && name !== input.draftName);
  if (otherFile !== undefined)
    return { ok: false, error: `the annotations are for "${otherFile}", not "${input.draftName}": nothing was imported` };

  let claims: ReturnType<typeof detectClaims> | undefined;
  const kindAt = (start: number, end: number): ClaimKind => {
    claims ??= detectClaims(input.text, input.language);
    return claims.find((cl) => cl.start < end && start < cl.end)?.kind ?? 'event';
  };
  const existing = input.sidecar?.annotations ?? [];
  const ids = new Set(existing.map((a) => a.id));
  const spans = new Set(existing.filter((a) => !a.orphaned).map((a) => `${a.anchor.start}:${a.anchor.end}`));
  const added: Annotation[] = [];
  for (const c of candidates) {
    if (ids.has(c.id)) {
      summary.alreadyPresent++;
      continue;
    }
    const unplaced = toAnnotation(c, input, kindAt);
    const placed = reanchorOne(unplaced, input.text, input.by, input.now);
    if (placed.annotation.orphaned === true) {
      summary.notFound++;
      continue;
    }
    const a = placed.annotation;
    // Placing it is part of importing it, not a re-attachment of an orphan.
    a.history = a.history.filter((h) => h.action !== 'reattached');
    a.updatedAt = a.history.length > 1 ? (a.history.at(-1)?.at ?? unplaced.updatedAt) : unplaced.updatedAt;
    const span = `${a.anchor.start}:${a.anchor.end}`;
    if (spans.has(span)) {
      summary.alreadyPresent++;
      continue;
    }
    ids.add(a.id);
    spans.add(span);
    added.push(a);
  }
  if (added.length === 0 && summary.alreadyPresent === 0) {
    return {
      ok: false,
      error: `none of the ${candidates.length} annotation(s) quote text that is in "${input.draftName}": they were made on another document`,
    };
  }
  summary.added = added.length;
  const base = input.sidecar ?? emptySidecar(input.draftName);
  const file = { ...base, annotations: [...existing, ...added] };
  // Whatever the file held, what is written must read back: the caller stores it without another check.
  try {
    validateSidecarV1(file as unknown as Record<string, unknown>);
  } catch (error) {
    return {
      ok: false,
      error: `the annotations would not make a valid sidecar (${error instanceof Error ? error.message : String(error)}): nothing was imported`,
    };
  }
  return { ok: true, file, summary };
}
