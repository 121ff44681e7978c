/**
 * The sentences the service layer shows to people. The extension supplies them through
 * vscode.l10n.t (src/extension/serviceMessages.ts, where the l10n tooling finds them); the unit
 * tests supply English ones.
 */
export interface ServiceMessages {
  /** The file itself is a symbolic link. */
  isLink(name: string): string;
  /** A folder on the way to the file (`folder`, workspace-relative) is a symbolic link. */
  insideLink(name: string, folder: string): string;
  notRegularFile(name: string): string;
  writeRefused(): string;
  unreadable(name: string, reason: string): string;
  /** The store error shown in the desk after a failed write. */
  notSaved(name: string, reason: string): string;
  /** The notification after a failed write. */
  notSavedKept(name: string, reason: string): string;
  notMoved(name: string, reason: string): string;
  selectClaimFirst(): string;
  noLongerAnnotated(): string;
  claimChanged(): string;
}
