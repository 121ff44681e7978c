import type * as vscode from 'vscode';
import type { WorkspaceFileSystem } from './workspacePorts';
import type { RunChecksOptions, SourceCheckJob } from '../core/sources/runChecks';

/**
 * What differs between the desktop build (Node extension host) and the browser build (web worker
 * extension host: vscode.dev, github.dev, code-server). The entry file picks the implementation;
 * everything else in src/extension runs unchanged in both.
 */
export interface HostPlatform {
  /** Which build is running, for the log and the tests. */
  readonly kind: 'desktop' | 'web';
  readonly userNames: UserNameSource;
  /**
   * Runs Check Sources (fetching pages and reading them with the HTML parser); undefined in the
   * browser, where a page may not read other sites (CORS), so the command points to the desktop
   * app and the CLI instead, and the browser bundle carries neither fetcher nor parser.
   */
  readonly sourceChecks?: (timeoutMs?: number) => SourceCheckRunner;
  /** file: URIs read and written through Node on the host's own disk; undefined in the browser (workspace.fs only). */
  readonly localFiles?: WorkspaceFileSystem;
}

/** runSourceChecks with the platform's fetcher. */
export type SourceCheckRunner = <T>(jobs: readonly SourceCheckJob<T>[], options: Omit<RunChecksOptions<T>, 'fetcher'>) => Promise<number>;

/** Who is acting, when the factCheck.editorName setting is empty. */
export interface UserNameSource {
  /** git's user.name for drafts below folder, or undefined when git is unavailable or has none. */
  gitUserName(folder: vscode.Uri): Promise<string | undefined>;
  /** The last resort: the account name of this machine (desktop) or a generic name (browser). */
  fallbackName(): string;
}
