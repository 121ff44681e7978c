import * as vscode from 'vscode';
import type { ServiceMessages } from '../service/messages';

/** The service layer's sentences, translated. */
export const serviceMessages: ServiceMessages = {
  isLink: (name) =>
    vscode.l10n.t(
      '{0} is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)',
      name,
    ),
  insideLink: (name, folder) =>
    vscode.l10n.t(
      '{0} is inside {1}, which is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)',
      name,
      folder,
    ),
  notRegularFile: (name) => vscode.l10n.t('{0} is not a regular file', name),
  writeRefused: () => vscode.l10n.t('the file system is read-only or refused the write'),
  unreadable: (name, reason) =>
    vscode.l10n.t('Fact-Check: {0} could not be read: {1}. Your changes are kept in memory until it is fixed.', name, reason),
  notSaved: (name, reason) => vscode.l10n.t('{0} could not be saved: {1}', name, reason),
  notSavedKept: (name, reason) =>
    vscode.l10n.t('Fact-Check: {0} could not be saved: {1}. Your changes are kept in memory and saved with the next change.', name, reason),
  notMoved: (name, reason) => vscode.l10n.t('Fact-Check: the annotations of {0} could not be moved: {1}', name, reason),
  selectClaimFirst: () => vscode.l10n.t('Select the text of the claim first.'),
  noLongerAnnotated: () => vscode.l10n.t('This claim is no longer annotated (it may have been removed in another window).'),
  claimChanged: () => vscode.l10n.t('This claim has changed since it was shown. Try again.'),
};
