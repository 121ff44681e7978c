/**
 * Standard exports and imports, pure: schema.org ClaimReview JSON-LD for reviewed claims, and
 * W3C Web Annotation export and import (TextQuoteSelector + TextPositionSelector).
 */
export * from './claimReview';
export {
  annotationCollection,
  ANNO_CONTEXT,
  ID_PREFIX,
  KIND_TAG,
  toWebAnnotation,
  webAnnotationCollection,
  webAnnotationJson,
  type WebAnnotation,
} from './webAnnotation';
export {
  importWebAnnotations,
  MAX_IMPORT_ANNOTATIONS,
  type ImportInput,
  type ImportResult,
  type ImportSummary,
} from './webAnnotationImport';
