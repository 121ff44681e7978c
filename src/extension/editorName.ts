import * as vscode from 'vscode';
import { DisposableBase } from '../service/disposable';
import type { FactCheckConfiguration } from './configuration';
import type { UserNameSource } from './platform';

/**
 * Who is acting, as recorded in annotation history: the factCheck.editorName setting, else git's
 * user.name for the draft's workspace folder, else the platform's fallback (the OS user on the
 * desktop). Git is asked once per folder; the answer is kept until the settings change.
 */
export class EditorName extends DisposableBase {
  private readonly gitNames = new Map<string, Promise<string | undefined>>();
  /** Answers git already gave, for callers that cannot wait (offset updates on every keystroke). */
  private readonly knownGitNames = new Map<string, string | undefined>();

  constructor(
    private readonly names: UserNameSource,
    private readonly config: FactCheckConfiguration,
  ) {
    super();
    this._register(
      config.onDidChange((e) => {
        if (!e.affectsConfiguration('factCheck.editorName')) return;
        this.gitNames.clear();
        this.knownGitNames.clear();
      }),
    );
  }

  /** The setting, read once per change by the configuration service: `known` runs on every keystroke. */
  private get configured(): string {
    return this.config.current.editorName;
  }

  async forDocument(uri: vscode.Uri): Promise<string> {
    if (this.configured !== '') return this.configured;
    const dir = this.gitDirFor(uri);
    if (dir !== undefined) {
      const key = dir.toString();
      let pending = this.gitNames.get(key);
      if (!pending) {
        pending = this.names.gitUserName(dir).then((name) => {
          this.knownGitNames.set(key, name);
          return name;
        });
        this.gitNames.set(key, pending);
      }
      const name = await pending;
      if (name !== undefined) return name;
    }
    return this.names.fallbackName();
  }

  /** The name without waiting: git's answer only once it is known (ask forDocument early to warm it). */
  known(uri: vscode.Uri): string {
    if (this.configured !== '') return this.configured;
    const dir = this.gitDirFor(uri);
    const key = dir?.toString();
    const gitName = key === undefined ? undefined : this.knownGitNames.get(key);
    if (key !== undefined && !this.gitNames.has(key)) void this.forDocument(uri);
    return gitName ?? this.names.fallbackName();
  }

  /** Where to ask git: the draft's workspace folder, else (file: drafts) the draft's own folder, else the first folder. */
  private gitDirFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) return folder.uri;
    if (uri.scheme === 'file') return vscode.Uri.joinPath(uri, '..');
    return vscode.workspace.workspaceFolders?.[0]?.uri;
  }
}
