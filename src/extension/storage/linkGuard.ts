import * as vscode from 'vscode';

/**
 * Sidecars come through git from other people, so a committed `story.md.factcheck.json` may be a
 * symbolic link to /etc/passwd or ~/.ssh/id_rsa, and `.factcheck/` or a draft folder may link out of
 * the workspace. Reading through such a link would copy the target into the workspace (the
 * corrupt-file backup); writing through it would land outside. So nothing is read or written where
 * any path segment from the workspace folder down is a link. Uses only vscode.workspace.fs (stat
 * reports the SymbolicLink bit), so it works the same in the browser.
 */

/** Why the file at uri must not be read or written, or undefined when it may be. */
export async function linkProblem(uri: vscode.Uri): Promise<string | undefined> {
  for (const segment of segmentsToCheck(uri)) {
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(segment)).type;
    } catch {
      return undefined; // nothing exists from here down: what gets created is a plain file in plain folders
    }
    if ((type & vscode.FileType.SymbolicLink) !== 0) {
      if (segment.toString() === uri.toString()) {
        return vscode.l10n.t('{0} is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)', baseName(uri));
      }
      return vscode.l10n.t(
        '{0} is inside {1}, which is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)',
        baseName(uri),
        relativeName(segment),
      );
    }
    if (segment.toString() === uri.toString() && (type & vscode.FileType.File) === 0) {
      return vscode.l10n.t('{0} is not a regular file', baseName(uri));
    }
  }
  return undefined;
}

/** The folders below the workspace folder down to uri, and uri itself (only uri when it is outside every folder). */
function segmentsToCheck(uri: vscode.Uri): vscode.Uri[] {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return [uri];
  const root = folder.uri.path.replace(/\/+$/, '');
  const parts = uri.path.slice(root.length).split('/').filter((p) => p !== '');
  const segments: vscode.Uri[] = [];
  let path = root;
  for (const part of parts) {
    path += `/${part}`;
    segments.push(uri.with({ path }));
  }
  return segments;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function relativeName(segment: vscode.Uri): string {
  return vscode.workspace.asRelativePath(segment, false);
}
