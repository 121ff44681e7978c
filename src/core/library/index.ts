/** The claim library: reviewed annotations of other drafts, matched against a draft's claims. */
export { fingerprint, stem, type ClaimFingerprint } from './fingerprint';
export {
  ClaimLibrary,
  CONFLICT_SIMILARITY,
  LIBRARY_STATUSES,
  MATCH_SIMILARITY,
  compareFingerprints,
  libraryEntries,
  type LibraryEntry,
  type LibraryMatch,
  type MatchOptions,
} from './claimLibrary';
export { draftPathOfSidecar } from './sidecarPaths';
