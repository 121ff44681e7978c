import * as vscode from 'vscode';
import type { FileStore, UserPort, WorkspacePort } from '../service/ports';
import { serviceMessages } from './serviceMessages';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The service layer's file store over vscode.workspace.fs (desktop, browser and virtual file systems alike). */
export const vscodeFileStore: FileStore<vscode.Uri> = {
  stat: async (uri) => vscode.workspace.fs.stat(uri),
  readText: async (uri) => decoder.decode(await vscode.workspace.fs.readFile(uri)),
  writeText: async (uri, text) => vscode.workspace.fs.writeFile(uri, encoder.encode(text)),
  rename: async (from, to, options) => vscode.workspace.fs.rename(from, to, options),
  delete: async (uri) => vscode.workspace.fs.delete(uri, { useTrash: false }),
  createDirectory: async (uri) => vscode.workspace.fs.createDirectory(uri),
  readDirectory: async (uri) => vscode.workspace.fs.readDirectory(uri),
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
