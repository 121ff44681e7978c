import { execFile } from 'node:child_process';
import * as os from 'node:os';
import type * as vscode from 'vscode';
import type { UserNameSource } from '../platform';

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

function readOsUserName(): string {
  try {
    const name = os.userInfo().username.trim();
    if (name !== '') return name;
  } catch {
    // No passwd entry (containers): fall through to the environment.
  }
  return (process.env.USER ?? process.env.USERNAME ?? '').trim() || 'editor';
}

/** Desktop: git on this machine (file: folders only), else the OS user. */
export function desktopUserNames(): UserNameSource {
  let osUserName: string | undefined;
  return {
    gitUserName: (folder: vscode.Uri) => (folder.scheme === 'file' ? gitUserName(folder.fsPath) : Promise.resolve(undefined)),
    fallbackName: () => (osUserName ??= readOsUserName()),
  };
}
