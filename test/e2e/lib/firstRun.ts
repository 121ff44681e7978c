import { join } from 'node:path';
import type { WorkbenchTarget } from './codeServer';
import { repoRoot } from './paths';

/** The sample draft `npm start` opens first: it has claims of most kinds, so the highlights show at once. */
export const FIRST_DRAFT = 'river-pollution-fine.md';

export function samplesFolder(root = repoRoot()): string {
  return join(root, 'samples');
}

/**
 * What `npm start` opens in code-server: the samples folder with one draft in an editor (the
 * payload's openFile). samples/.vscode/tasks.json shows the Fact-Check desk once the folder is open.
 */
export function firstRunTarget(
  extensionDevelopmentPath: string,
  folder = samplesFolder(),
  file: string | undefined = join(folder, FIRST_DRAFT),
): WorkbenchTarget {
  return { folder, extensionDevelopmentPath, ...(file ? { openFile: file } : {}) };
}
