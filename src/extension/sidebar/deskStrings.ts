import * as vscode from 'vscode';
import { DESK_STRINGS } from '../../webview/strings';

/** The desk's strings in the display language (vscode.l10n bundles), sent to the webview on `ready`. */
export function translatedDeskStrings(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [key, english] of Object.entries(DESK_STRINGS)) table[key] = vscode.l10n.t(english);
  return table;
}
