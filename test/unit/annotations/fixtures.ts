import { createAnnotation, type Annotation, type SidecarFile } from '../../../src/core/annotations';

/** A short draft used across the annotation tests. */
export const DRAFT = [
  '# Budget story',
  '',
  'The council spent £4.2 million on consultants last year, up from £1.1 million in 2019.',
  '',
  'No other council in the region has published its figures, according to the mayor.',
  '',
  'Critics say the spending caused the closure of three libraries.',
  '',
].join('\n');

export const T0 = '2026-01-10T09:00:00.000Z';
export const T1 = '2026-01-10T10:00:00.000Z';
export const T2 = '2026-01-10T11:00:00.000Z';
export const T3 = '2026-01-10T12:00:00.000Z';

/** An annotation on the first occurrence of quote in text. */
export function annotate(text: string, quote: string, extra: Partial<Parameters<typeof createAnnotation>[0]> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return createAnnotation({ text, start, end: start + quote.length, kind: 'statistic', by: 'Ana', now: T0, ...extra });
}

export function sidecar(annotations: Annotation[], draft = 'story.md'): SidecarFile {
  return { version: 1, draft, annotations };
}

/** Checks that an annotation's anchor points at its quote in text. */
export function slice(text: string, a: Annotation): string {
  return text.slice(a.anchor.start, a.anchor.end);
}
