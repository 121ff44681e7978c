/**
 * The report's English words, one table for the Markdown and HTML formats (and the CSV's status column):
 * each format adds only its markup around them. `{0}`-style placeholders are filled by fillPlaceholders.
 */
export const REPORT_LABELS = {
  title: 'Fact-check report: {0}',
  titleOfDrafts: 'Fact-check report: {0} drafts',
  draft: 'Draft',
  date: 'Date',
  editors: 'Editors',
  signOff: 'Sign-off',
  state: 'State',
  notSignedOff: 'not signed off',
  signedOff: 'signed off',
  signedOffBy: 'signed off by {0}',
  by: 'by {0}',
  changedSinceSignOff: 'changed since sign-off',
  error: 'Error:',
  unreadable: 'the fact-check record cannot be read: {0}',
  summary: 'Summary:',
  summaryOne: '1 claim: {0} verified, {1} unverified, {2} disputed, {3} unreviewed',
  summaryMany: '{4} claims: {0} verified, {1} unverified, {2} disputed, {3} unreviewed',
  noClaims: 'No claims.',
  line: 'line {0}',
  checkWorthiness: 'Check-worthiness: {0}',
  note: 'Note: {0}',
  source: 'Source:',
  addedBy: 'added by {0}, {1}',
  history: 'History',
  historyLatest: 'History (latest {0} of {1})',
  changedSinceVerification: 'verified, changed since',
} as const;
