import * as vscode from 'vscode';
import type { UserNameSource } from '../platform';

/** The parts of the built-in git extension's API (vscode.git, API version 1) used here. */
interface GitApi {
  getRepository(uri: vscode.Uri): { getConfig(key: string): Promise<string> } | null;
}
interface GitExtensionExports {
  getAPI(version: 1): GitApi;
}

/** The name a browser build records when neither the setting nor git gives one. */
export const WEB_FALLBACK_NAME = 'editor';

/**
 * Browser: there is no git binary or OS account. Ask the built-in git extension when it runs in this
 * host (it does not on vscode.dev or github.dev); otherwise the factCheck.editorName setting is the
 * way to put a name in the history, and "editor" stands in.
 */
export function webUserNames(): UserNameSource {
  return {
    async gitUserName(folder) {
      try {
        const git = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
        if (!git) return undefined;
        const exports = git.isActive ? git.exports : await git.activate();
        const name = (await exports.getAPI(1).getRepository(folder)?.getConfig('user.name'))?.trim();
        return name ? name : undefined;
      } catch {
        return undefined; // git disabled, no repository, or an API change: fall back
      }
    },
    fallbackName: () => WEB_FALLBACK_NAME,
  };
}
