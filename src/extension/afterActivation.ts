import * as vscode from 'vscode';

/**
 * Runs a feature's first refresh (which detects the claims of the open drafts) in a task of its own
 * once activate() has returned, so activation stays short even with a long draft open: the commands,
 * views and listeners exist at once, the highlights follow a moment later.
 */
export function afterActivation(refresh: () => void): vscode.Disposable {
  const timer = setTimeout(refresh, 0);
  return new vscode.Disposable(() => clearTimeout(timer));
}
