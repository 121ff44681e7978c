import * as vscode from 'vscode';
import type { FileStore, UserPort, WorkspacePort } from '../service/ports';
import { serviceMessages } from './serviceMessages';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The file calls the extension makes (a subset of vscode.workspace.fs, same contract). */
export interface WorkspaceFileSystem {
  stat(uri: vscode.Uri): Thenable<vscode.FileStat>;
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
  writeFile(uri: vscode.Uri, content: Uint8Array): Thenable<void>;
  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite?: boolean }): Thenable<void>;
  delete(uri: vscode.Uri): Thenable<void>;
  createDirectory(uri: vscode.Uri): Thenable<void>;
  readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]>;
}

/** The host's own disk for file: URIs, when the platform has one (desktop/localFiles.ts); set once at activation. */
let localFiles: WorkspaceFileSystem | undefined;

export function useLocalFiles(files: WorkspaceFileSystem | undefined): void {
  localFiles = files;
}

function filesFor(uri: vscode.Uri): WorkspaceFileSystem {
  return localFiles && uri.scheme === 'file' ? localFiles : vscodeFs;
}

const vscodeFs: WorkspaceFileSystem = {
  stat: (uri) => vscode.workspace.fs.stat(uri),
  readFile: (uri) => vscode.workspace.fs.readFile(uri),
  writeFile: (uri, content) => vscode.workspace.fs.writeFile(uri, content),
  rename: (from, to, options) => vscode.workspace.fs.rename(from, to, options),
  delete: (uri) => vscode.workspace.fs.delete(uri, { useTrash: false }),
  createDirectory: (uri) => vscode.workspace.fs.createDirectory(uri),
  readDirectory: (uri) => vscode.workspace.fs.readDirectory(uri),
};

/**
 * Every file call of the extension: vscode.workspace.fs (browser, virtual and remote file systems),
 * or the local disk directly for file: URIs in a Node host, which skips a round trip through the workbench.
 */
export const workspaceFs: WorkspaceFileSystem = {
  stat: (uri) => filesFor(uri).stat(uri),
  readFile: (uri) => filesFor(uri).readFile(uri),
  writeFile: (uri, content) => filesFor(uri).writeFile(uri, content),
  rename: (from, to, options) => filesFor(from).rename(from, to, options),
  delete: (uri) => filesFor(uri).delete(uri),
  createDirectory: (uri) => filesFor(uri).createDirectory(uri),
  readDirectory: (uri) => filesFor(uri).readDirectory(uri),
};

/** The service layer's file store, in text, over workspaceFs. */
export const vscodeFileStore: FileStore<vscode.Uri> = {
  stat: async (uri) => workspaceFs.stat(uri),
  readText: async (uri) => decoder.decode(await workspaceFs.readFile(uri)),
  writeText: async (uri, text) => workspaceFs.writeFile(uri, encoder.encode(text)),
  rename: async (from, to, options) => workspaceFs.rename(from, to, options),
  delete: async (uri) => workspaceFs.delete(uri),
  createDirectory: async (uri) => workspaceFs.createDirectory(uri),
  readDirectory: async (uri) => workspaceFs.readDirectory(uri),
  errorCode: (error) => (error instanceof vscode.FileSystemError ? error.code : undefined),
};

/** The service layer's workspace: folders, relative names and file watchers of the open window. */
export const vscodeWorkspace: WorkspacePort<vscode.Uri> = {
  fs: vscodeFileStore,
  folderOf: (uri) => vscode.workspace.getWorkspaceFolder(uri)?.uri,
  relativeName: (uri) => vscode.workspace.asRelativePath(uri, false),
  watch(glob, base, onEvent) {
    const watcher = vscode.workspace.createFileSystemWatcher(base ? new vscode.RelativePattern(base, glob) : glob);
    const listeners = [watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent)];
    return vscode.Disposable.from(watcher, ...listeners);
  },
};

/** Notifications through the workbench, with the service's sentences translated. */
export const vscodeUser: UserPort<vscode.Uri> = {
  showError(message, open) {
    if (!open) {
      void vscode.window.showErrorMessage(message);
      return;
    }
    const openFile = vscode.l10n.t('Open File');
    void vscode.window
      .showErrorMessage(message, openFile)
      .then((choice) => (choice === openFile ? vscode.window.showTextDocument(open) : undefined));
  },
  messages: serviceMessages,
};
