import * as vscode from 'vscode';

/** The open text document of uri, if it is open (compared by URI string, as VS Code keys documents). */
export function openDocumentFor(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}
