/**
 * The annotation model: pure functions over immutable annotations and sidecar files.
 * Every update returns a new object (or the same one when nothing changed); `by` is
 * the editor's name and `now` an ISO 8601 time, passed in so results are deterministic.
 */
export * from './types';
export { newId } from '../util/ids';
export { hashText } from '../util/hash';
export { CONTEXT_LENGTH, makeAnchor } from './anchor';
export { validateSourceUrl } from './sourceUrl';
export {
  addSource,
  createAnnotation,
  editSource,
  reattachAnnotation,
  removeSource,
  reuseVerification,
  setNote,
  setStatus,
  type NewAnnotation,
  type ReusedVerification,
  type SourceFields,
} from './model';
export { applyContentChanges, type ContentChange } from './contentChanges';
export { reanchor, REANCHOR_ACTOR, type ReanchorResult } from './reanchor';
export { serializeSidecar, emptySidecar } from './sidecarFormat';
export { parseSidecar, needsMigration, type ParseSidecarResult } from './sidecarParse';
export {
  MERGE_ACTOR,
  mergeSidecars,
  mergeWithDisk,
  NOTE_MERGE_SEPARATOR,
  type MergeConflict,
  type MergeOptions,
  type MergeResult,
} from './merge';
