import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { readConfig } from './config';

const GIT_TIMEOUT_MS = 1500;

/** `git config user.name` in dir, or undefined when git is missing, slow or has no name set. */
function gitUserName(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd: dir, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = error ? '' : String(stdout).trim();
        resolve(name === '' ? undefined : name);
      });
    } catch {
      resolve(undefined);
    }
  });
}

let cachedOsUserName: string | undefined;

function osUserName(): string {
  cachedOsUserName ??= readOsUserName();
  return cachedOsUserName;
}

function readOsUserName(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No passwd entry (containers): fall through to the environment.
  }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim() || 'editor';
}

/**
 * Who is acting, as recorded in annotation history: the factCheck.editorName setting, else git's
 * user.name for the draft's workspace folder (file: drafts only), else the OS user. Git is asked once
 * per folder; the answer is kept until the settings change.
 */
export class EditorName implements vscode.Disposable {
  private readonly gitNames = new Map<string, Promise<string | undefined>>();
  /** Answers git already gave, for callers that cannot wait (offset updates on every keystroke). */
  private readonly knownGitNames = new Map<string, string | undefined>();
  private readonly listener: vscode.Disposable;
  /** The setting, read once per change: `known` runs on every keystroke. */
  private configured = readConfig().editorName;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('factCheck.editorName')) return;
      this.configured = readConfig().editorName;
      this.gitNames.clear();
      this.knownGitNames.clear();
    });
  }

  async forDocument(uri: vscode.Uri): Promise<string> {
    if (this.configured !== '') return this.configured;
    const dir = this.gitDirFor(uri);
    if (dir !== undefined) {
      let pending = this.gitNames.get(dir);
      if (!pending) {
        pending = gitUserName(dir).then((name) => {
          this.knownGitNames.set(dir, name);
          return name;
        });
        this.gitNames.set(dir, pending);
      }
      const name = await pending;
      if (name !== undefined) return name;
    }
    return osUserName();
  }

  /** The name without waiting: git's answer only once it is known (ask forDocument early to warm it). */
  known(uri: vscode.Uri): string {
    if (this.configured !== '') return this.configured;
    const dir = this.gitDirFor(uri);
    const gitName = dir === undefined ? undefined : this.knownGitNames.get(dir);
    if (dir !== undefined && !this.gitNames.has(dir)) void this.forDocument(uri);
    return gitName ?? osUserName();
  }

  /** Where to run git: the workspace folder of a file: draft, else the draft's own folder. */
  private gitDirFor(uri: vscode.Uri): string | undefined {
    if (uri.scheme === 'file') {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      return folder?.uri.scheme === 'file' ? folder.uri.fsPath : vscode.Uri.joinPath(uri, '..').fsPath;
    }
    const first = vscode.workspace.workspaceFolders?.[0];
    return first?.uri.scheme === 'file' ? first.uri.fsPath : undefined;
  }

  dispose(): void {
    this.listener.dispose();
  }
}
