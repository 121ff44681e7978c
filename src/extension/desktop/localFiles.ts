import * as vscode from 'vscode';
import type { WorkspaceFileSystem } from '../workspacePorts';
import * as node from './nodeFileSystem';

/** Node's error codes as the FileSystemErrors that workspace.fs would have thrown (callers test those codes). */
function asFileSystemError(error: unknown, uri: vscode.Uri): unknown {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return vscode.FileSystemError.FileNotFound(uri);
    case 'EEXIST':
      return vscode.FileSystemError.FileExists(uri);
    case 'EISDIR':
      return vscode.FileSystemError.FileIsADirectory(uri);
    case 'ENOTDIR':
      return vscode.FileSystemError.FileNotADirectory(uri);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return vscode.FileSystemError.NoPermissions(uri);
    default:
      return error; // ENOSPC, EIO…: Node's own message says what happened
  }
}

async function mapped<T>(uri: vscode.Uri, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asFileSystemError(error, uri);
  }
}

/** file: URIs on the extension host's own disk, through Node (desktop and remote Node hosts; see nodeFileSystem.ts). */
export const localFiles: WorkspaceFileSystem = {
  stat: (uri) => mapped(uri, () => node.statPath(uri.fsPath)),
  readFile: (uri) => mapped(uri, () => node.readPath(uri.fsPath)),
  writeFile: (uri, content) => mapped(uri, () => node.writePath(uri.fsPath, content)),
  rename: (from, to, options) => mapped(to, () => node.renamePath(from.fsPath, to.fsPath, options.overwrite === true)),
  delete: (uri) => mapped(uri, () => node.deletePath(uri.fsPath)),
  createDirectory: (uri) => mapped(uri, () => node.createDirectoryPath(uri.fsPath)),
  readDirectory: (uri) => mapped(uri, () => node.readDirectoryPath(uri.fsPath)),
};
