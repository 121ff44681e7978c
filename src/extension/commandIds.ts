/** Every command id the extension contributes; package.json must list exactly these (a unit test checks). */
export enum CommandId {
  ScanDocument = 'factCheck.scanDocument',
  AttachSource = 'factCheck.attachSource',
  FlagUnverified = 'factCheck.flagUnverified',
  MarkVerified = 'factCheck.markVerified',
  MarkDisputed = 'factCheck.markDisputed',
  ClearStatus = 'factCheck.clearStatus',
  DismissClaim = 'factCheck.dismissClaim',
  MarkSelectionAsClaim = 'factCheck.markSelectionAsClaim',
  NextClaim = 'factCheck.nextClaim',
  PreviousClaim = 'factCheck.previousClaim',
  NextUnverifiedClaim = 'factCheck.nextUnverifiedClaim',
  ToggleHighlights = 'factCheck.toggleHighlights',
  ShowSidebar = 'factCheck.showSidebar',
  ReattachOrphan = 'factCheck.reattachOrphan',
  CheckSources = 'factCheck.checkSources',
  OpenArchivedCopy = 'factCheck.openArchivedCopy',
  SuggestArchiveLink = 'factCheck.suggestArchiveLink',
  ReuseVerification = 'factCheck.reuseVerification',
  RefreshDrafts = 'factCheck.refreshDrafts',
  SignOff = 'factCheck.signOff',
  RevokeSignOff = 'factCheck.revokeSignOff',
  CheckDraft = 'factCheck.checkDraft',
  ExportReport = 'factCheck.exportReport',
  ExportClaimReview = 'factCheck.exportClaimReview',
  ExportWebAnnotations = 'factCheck.exportWebAnnotations',
  ImportWebAnnotations = 'factCheck.importWebAnnotations',
}

/** Context keys for `when` clauses. */
export enum ContextKey {
  IsDraft = 'factCheck.isDraft',
  ClaimAtCursor = 'factCheck.claimAtCursor',
  HighlightsVisible = 'factCheck.highlightsVisible',
}

export const DESK_VIEW_ID = 'factCheck.desk';
export const VIEW_CONTAINER_ID = 'factCheck';
export const DRAFTS_VIEW_ID = 'factCheck.drafts';
