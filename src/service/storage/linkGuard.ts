import { fileNameOf } from '../../core/util/fileName';
import type { ServiceMessages } from '../messages';
import { FileKind, type ResourceUri, type WorkspacePort } from '../ports';

/**
 * Sidecars come through git from other people, so a committed `story.md.factcheck.json` may be a
 * symbolic link to /etc/passwd or ~/.ssh/id_rsa, and `.factcheck/` or a draft folder may link out of
 * the workspace. Reading through such a link would copy the target into the workspace (the
 * corrupt-file backup); writing through it would land outside. So nothing is read or written where
 * any path segment from the workspace folder down is a link. Uses only the file store's stat
 * (vscode.workspace.fs reports the SymbolicLink bit), so it works the same in the browser.
 */

/** Why the file at uri must not be read or written, or undefined when it may be. */
export async function linkProblem<U extends ResourceUri>(
  workspace: WorkspacePort<U>,
  messages: ServiceMessages,
  uri: U,
): Promise<string | undefined> {
  for (const segment of segmentsToCheck(workspace, uri)) {
    let type: number;
    try {
      type = (await workspace.fs.stat(segment)).type;
    } catch {
      return undefined; // nothing exists from here down: what gets created is a plain file in plain folders
    }
    if ((type & FileKind.SymbolicLink) !== 0) {
      if (segment.toString() === uri.toString()) return messages.isLink(fileNameOf(uri));
      return messages.insideLink(fileNameOf(uri), workspace.relativeName(segment));
    }
    if (segment.toString() === uri.toString() && (type & FileKind.File) === 0) {
      return messages.notRegularFile(fileNameOf(uri));
    }
  }
  return undefined;
}

/** The folders below the workspace folder down to uri, and uri itself (only uri when it is outside every folder). */
function segmentsToCheck<U extends ResourceUri>(workspace: WorkspacePort<U>, uri: U): U[] {
  const folder = workspace.folderOf(uri);
  if (!folder) return [uri];
  const root = folder.path.replace(/\/+$/, '');
  const parts = uri.path
    .slice(root.length)
    .split('/')
    .filter((p) => p !== '');
  const segments: U[] = [];
  let path = root;
  for (const part of parts) {
    path += `/${part}`;
    segments.push(uri.with({ path }));
  }
  return segments;
}
