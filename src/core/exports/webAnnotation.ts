/**
 * W3C Web Annotation (JSON-LD, http://www.w3.org/ns/anno.jsonld) export of a draft's annotations:
 * each targets the draft with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (start, end); its bodies carry the note (purpose commenting), the claim kind (tagging), the status
 * (assessing) and one SpecificResource per source (linking; the supporting quote as its selector).
 */
import type { Annotation } from '../annotations/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Annotation ids are URNs, so they survive a round trip without a server. */
export const ID_PREFIX = 'urn:draft-factcheck:annotation:';
/** Tag bodies that carry the claim kind and status start with these, so other tools show them as tags. */
export const KIND_TAG = 'factcheck:kind:';

export type WebAnnotation = Record<string, unknown>;

function creatorOf(a: Annotation): string | undefined {
  return a.history.find((h) => h.action === 'created')?.by ?? a.history[0]?.by;
}

export function toWebAnnotation(a: Annotation, draftSource: string): WebAnnotation {
  const bodies: Record<string, unknown>[] = [];
  if (a.note.trim() !== '') bodies.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  bodies.push({ type: 'TextualBody', purpose: 'tagging', value: `${KIND_TAG}${a.kind}` });
  bodies.push({ type: 'TextualBody', purpose: 'assessing', value: a.status });
  for (const s of a.sources) {
    const body: Record<string, unknown> = {
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: s.url, type: 'Text', title: s.title },
      creator: { type: 'Person', name: s.addedBy },
      created: s.addedAt,
    };
    if (s.quote !== undefined) body.selector = { type: 'TextQuoteSelector', exact: s.quote };
    if (s.note !== undefined) body.description = s.note;
    bodies.push(body);
  }
  const { anchor } = a;
  const annotation: WebAnnotation = {
    '@context': ANNO_CONTEXT,
    id: `${ID_PREFIX}${a.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.createdAt,
    modified: a.updatedAt,
  };
  const creator = creatorOf(a);
  if (creator !== undefined) annotation.creator = { type: 'Person', name: creator };
  annotation.body = bodies;
  annotation.target = {
    source: draftSource,
    selector: [
      { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
      { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
    ],
  };
  return annotation;
}

/**
 * The annotations of a draft as a W3C AnnotationCollection with one page. draftSource names the
 * draft (a workspace-relative path or URI); import checks it against the draft it is given.
 * Dismissed annotations are included (their status says so); orphans too, at their last place.
 */
export function webAnnotationCollection(annotations: readonly Annotation[], draftSource: string, label: string): Record<string, unknown> {
  return annotationCollection(
    annotations.map((a) => toWebAnnotation(a, draftSource)),
    label,
  );
}

/** Web Annotations (of one draft or several) as an AnnotationCollection with one page. */
export function annotationCollection(items: readonly WebAnnotation[], label: string): Record<string, unknown> {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function webAnnotationJson(collection: Record<string, unknown>): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
