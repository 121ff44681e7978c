import type { ClaimKind } from '../claims/types';
import { isClaimKind } from '../claims/types';
import { hashText } from '../util/hash';
import { newId } from '../util/ids';
import { makeAnchor, sameAnchor } from './anchor';
import { validateSourceUrl } from './sourceUrl';
import type { Anchor, Annotation, ClaimStatus, HistoryEntry, Source } from './types';
import { isClaimStatus } from './types';

/** What an editor types when attaching a source. */
export interface SourceFields {
  url: string;
  title: string;
  quote?: string;
  note?: string;
  /** A web-archive copy of the page (http or https); empty removes it. */
  archiveUrl?: string;
}

export interface NewAnnotation {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  by: string;
  now: string;
  manual?: boolean;
  status?: ClaimStatus;
}

function entry(
  action: HistoryEntry['action'],
  by: string,
  at: string,
  extra: Omit<HistoryEntry, 'action' | 'by' | 'at'> = {},
): HistoryEntry {
  return { action, by, at, ...extra };
}

/** The annotation with one more history entry and updatedAt = at. */
function record(a: Annotation, change: Partial<Annotation>, historyEntry: HistoryEntry): Annotation {
  return { ...a, ...change, history: [...a.history, historyEntry], updatedAt: historyEntry.at };
}

/** Drops the verification fields, which only mean something while the status is verified. */
function withoutVerification(a: Annotation): Annotation {
  const { verifiedTextHash: _hash, changedSinceVerification: _changed, ...rest } = a;
  return rest;
}

/** A new annotation on text[start, end); history starts with 'created'. */
export function createAnnotation(p: NewAnnotation): Annotation {
  if (p.end <= p.start) throw new Error('Select the text of the claim first: the selection is empty.');
  if (!isClaimKind(p.kind)) throw new Error(`"${String(p.kind)}" is not a kind of claim.`);
  const status = p.status ?? 'unreviewed';
  if (!isClaimStatus(status)) throw new Error(`"${String(status)}" is not a claim status.`);
  const anchor = makeAnchor(p.text, p.start, p.end);
  const created: Annotation = {
    id: newId(),
    anchor,
    kind: p.kind,
    status,
    sources: [],
    note: '',
    history: [entry('created', p.by, p.now, { to: status })],
    createdAt: p.now,
    updatedAt: p.now,
  };
  if (p.manual) created.manual = true;
  if (status === 'verified') created.verifiedTextHash = hashText(anchor.exact);
  return created;
}

/**
 * Changes the status, recording from/to. Marking verified stores the hash of the text
 * that was verified and clears changedSinceVerification (re-verifying a changed claim
 * is a real change even though the status stays 'verified').
 */
export function setStatus(a: Annotation, status: ClaimStatus, by: string, now: string): Annotation {
  if (!isClaimStatus(status)) throw new Error(`"${String(status)}" is not a claim status.`);
  const reverify = status === 'verified' && (a.changedSinceVerification === true || a.verifiedTextHash !== hashText(a.anchor.exact));
  if (status === a.status && !reverify) return a;
  const base = withoutVerification(a);
  const change: Partial<Annotation> = { status };
  if (status === 'verified') change.verifiedTextHash = hashText(a.anchor.exact);
  return record(base, change, entry('status', by, now, { from: a.status, to: status }));
}

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw new Error('Give the source a title.');
  return trimmed;
}

function requireUrl(url: string): string {
  const problem = validateSourceUrl(url);
  if (problem !== undefined) throw new Error(problem);
  return url.trim();
}

/** Optional text fields: trimmed, and left out when empty so the sidecar stays small. */
function optionalText(source: Source, key: 'quote' | 'note', value: string | undefined): void {
  const trimmed = value?.trim();
  if (trimmed) source[key] = trimmed;
  else delete source[key];
}

/** Attaches a source (validated); the new source is the last of result.sources. */
export function addSource(a: Annotation, input: SourceFields, by: string, now: string, id: string = newId()): Annotation {
  const source: Source = { id, url: requireUrl(input.url), title: requireTitle(input.title), addedBy: by, addedAt: now };
  optionalText(source, 'quote', input.quote);
  optionalText(source, 'note', input.note);
  if (a.sources.some((s) => s.id === id)) throw new Error(`This claim already has a source with id ${id}.`);
  return record(a, { sources: [...a.sources, source] }, entry('source-added', by, now, { detail: source.url }));
}

function findSource(a: Annotation, sourceId: string): number {
  const index = a.sources.findIndex((s) => s.id === sourceId);
  if (index < 0) throw new Error('That source is no longer attached to this claim (it may have been removed by someone else).');
  return index;
}

/** Edits a source's fields (validated); empty quote/note remove them. */
export function editSource(a: Annotation, sourceId: string, patch: Partial<SourceFields>, by: string, now: string): Annotation {
  const index = findSource(a, sourceId);
  const old = a.sources[index];
  const edited: Source = { ...old };
  if (patch.url !== undefined) edited.url = requireUrl(patch.url);
  if (patch.title !== undefined) edited.title = requireTitle(patch.title);
  if (patch.quote !== undefined) optionalText(edited, 'quote', patch.quote);
  if (patch.note !== undefined) optionalText(edited, 'note', patch.note);
  if (patch.archiveUrl !== undefined) {
    if (patch.archiveUrl.trim() === '') delete edited.archiveUrl;
    else edited.archiveUrl = requireUrl(patch.archiveUrl);
  }
  const unchanged =
    edited.url === old.url &&
    edited.title === old.title &&
    edited.quote === old.quote &&
    edited.note === old.note &&
    edited.archiveUrl === old.archiveUrl;
  if (unchanged) return a;
  edited.editedBy = by;
  edited.editedAt = now;
  const sources = a.sources.map((s, i) => (i === index ? edited : s));
  return record(a, { sources }, entry('source-edited', by, now, { detail: edited.url }));
}

export function removeSource(a: Annotation, sourceId: string, by: string, now: string): Annotation {
  const index = findSource(a, sourceId);
  const removed = a.sources[index];
  const sources = a.sources.filter((_, i) => i !== index);
  return record(a, { sources }, entry('source-removed', by, now, { detail: removed.url }));
}

/** Replaces the editor's note (trimmed at the end only: leading indentation may be meaningful). */
export function setNote(a: Annotation, note: string, by: string, now: string): Annotation {
  if (typeof note !== 'string') throw new Error('A note must be text.');
  const cleaned = note.replace(/\s+$/, '');
  if (cleaned === a.note) return a;
  return record(a, { note: cleaned }, entry('note', by, now));
}

/**
 * Moves an annotation to a new anchor (edits, re-anchoring, re-attaching). When the
 * quoted text differs from the verified text, a verified claim is flagged
 * changedSinceVerification with one 'text-changed' entry (not one per keystroke);
 * its status is kept. When the text is back to what was verified, the flag clears.
 */
export function moveTo(a: Annotation, anchor: Anchor, by: string, now: string): Annotation {
  const wasOrphaned = a.orphaned === true;
  if (!wasOrphaned && sameAnchor(a.anchor, anchor)) return a;
  // Spread over the old anchor: keys this version does not know stay with the annotation.
  let next: Annotation = { ...a, anchor: { ...a.anchor, ...anchor } };
  delete next.orphaned;
  if (wasOrphaned) next = record(next, {}, entry('reattached', by, now, { detail: `${anchor.start}-${anchor.end}` }));
  if (a.status === 'verified' && a.verifiedTextHash !== undefined) {
    const changed = hashText(anchor.exact) !== a.verifiedTextHash;
    if (changed && a.changedSinceVerification !== true) {
      next = record(next, { changedSinceVerification: true }, entry('text-changed', by, now, { from: a.anchor.exact, to: anchor.exact }));
    } else if (!changed && a.changedSinceVerification === true) {
      next = { ...next };
      delete next.changedSinceVerification;
    }
  }
  return next;
}

/**
 * Marks an annotation orphaned: its text is gone. It keeps its last quote and context
 * (so it can be found again) and collapses to a position inside the current text.
 */
export function orphan(a: Annotation, position: number, by: string, now: string): Annotation {
  const anchor: Anchor = { ...a.anchor, start: position, end: position };
  if (a.orphaned === true) return sameAnchor(a.anchor, anchor) ? a : { ...a, anchor };
  return record({ ...a, anchor }, { orphaned: true }, entry('orphaned', by, now, { detail: a.anchor.exact }));
}

/** Re-attaches an annotation (orphaned or not) to text[start, end) chosen by an editor. */
export function reattachAnnotation(a: Annotation, text: string, start: number, end: number, by: string, now: string): Annotation {
  if (end <= start) throw new Error('Select the text to attach the claim to: the selection is empty.');
  const anchor = makeAnchor(text, start, end);
  const moved = moveTo(a, anchor, by, now);
  // moveTo only records re-attaching orphans; an editor moving a live claim is worth a record too.
  if (a.orphaned === true || moved === a) return moved;
  return record(moved, {}, entry('reattached', by, now, { detail: `${start}-${end}` }));
}

/** What the claim library offers for reuse: another draft's reviewed annotation. */
export interface ReusedVerification {
  /** `path#id` of the annotation reused (recorded in the history entry). */
  origin: string;
  status: ClaimStatus;
  sources: readonly Source[];
}

/**
 * Copies another draft's status and sources onto this annotation, with one `reused` history
 * entry whose detail is `path#id`. Sources already attached (same URL) are not added twice;
 * copied ones keep their quote and note and get fresh ids, added by the editor who reused them.
 */
export function reuseVerification(a: Annotation, reused: ReusedVerification, by: string, now: string): Annotation {
  if (!isClaimStatus(reused.status) || reused.status === 'unreviewed' || reused.status === 'dismissed') {
    throw new Error('Only a verified, flagged or disputed claim can be reused.');
  }
  const urls = new Set(a.sources.map((s) => s.url));
  const copies: Source[] = [];
  for (const source of reused.sources) {
    if (validateSourceUrl(source.url) !== undefined || urls.has(source.url)) continue;
    urls.add(source.url);
    const copy: Source = { id: newId(), url: source.url, title: source.title || source.url, addedBy: by, addedAt: now };
    if (source.quote) copy.quote = source.quote;
    if (source.note) copy.note = source.note;
    copies.push(copy);
  }
  const base = withoutVerification(a);
  const change: Partial<Annotation> = { status: reused.status, sources: [...a.sources, ...copies] };
  if (reused.status === 'verified') change.verifiedTextHash = hashText(a.anchor.exact);
  return record(base, change, entry('reused', by, now, { from: a.status, to: reused.status, detail: reused.origin }));
}
