/**
 * The ports of the service layer (src/service): what the review and storage logic needs from its
 * host, and nothing more. The extension implements them over the vscode API
 * (src/extension/workspacePorts.ts); the unit tests over memory (test/unit/service/inMemoryWorkspace.ts).
 * Like vscode-markdown-languageservice's IWorkspace: the logic never imports 'vscode' or node: built-ins.
 */

import type { ServiceMessages } from './messages';

/** The smallest URI the service needs. vscode.Uri satisfies it as it is; tests use a small class of their own. */
export interface ResourceUri {
  readonly scheme: string;
  readonly path: string;
  with(change: { path: string }): this;
  toString(): string;
}

/** The same bits as vscode.FileType. */
export const FileKind = { File: 1, Directory: 2, SymbolicLink: 64 } as const;

export interface FileStat {
  /** FileKind bits. */
  readonly type: number;
  /** Modification time, ms since the epoch. */
  readonly mtime: number;
}

export interface Disposable {
  dispose(): void;
}

/** The file system of the workspace (vscode.workspace.fs), in text. Every method rejects when it fails. */
export interface FileStore<U extends ResourceUri> {
  /** Rejects when nothing is there. */
  stat(uri: U): Promise<FileStat>;
  /** The file's text (UTF-8); rejects when it is absent (see isNotFound). */
  readText(uri: U): Promise<string>;
  writeText(uri: U, text: string): Promise<void>;
  rename(from: U, to: U, options: { overwrite: boolean }): Promise<void>;
  delete(uri: U): Promise<void>;
  /** Creates the folder and its parents; no error when it exists. */
  createDirectory(uri: U): Promise<void>;
  readDirectory(uri: U): Promise<[string, number][]>;
  /** The file system's code for a failure (vscode.FileSystemError.code), if it has one. */
  errorCode(error: unknown): string | undefined;
}

/** The workspace around the files: its folders and its file watcher. */
export interface WorkspacePort<U extends ResourceUri> {
  readonly fs: FileStore<U>;
  /** The workspace folder holding uri, if any. */
  folderOf(uri: U): U | undefined;
  /** uri relative to its workspace folder, for messages. */
  relativeName(uri: U): string;
  /** Calls back when a file matching glob (below base, or anywhere in the workspace) is created, changed or deleted. */
  watch(glob: string, base: U | undefined, onEvent: (uri: U) => void): Disposable;
}

/** The user-facing side: error notifications and the sentences they are made of. */
export interface UserPort<U extends ResourceUri> {
  /** Shows an error; with `open`, offers to open that file. */
  showError(message: string, open?: U): void;
  readonly messages: ServiceMessages;
}

/** Where problems are logged (the extension's LogOutputChannel). */
export interface LogPort {
  error(message: string): void;
  info(message: string): void;
}
