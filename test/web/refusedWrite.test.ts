import * as assert from './assert';
import * as vscode from 'vscode';
import { getApi, waitFor } from './helpers';

const SCHEME = 'fc-locked';
const DRAFT = "The city council approved a $4.2 billion budget on Tuesday, the largest in the city's history.\n";

/**
 * A repository the browser can read but not write (as a read-only virtual repository): the draft
 * opens, every write of a sidecar is refused with NoPermissions.
 */
class RefusingFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  readonly files = new Map<string, Uint8Array>([['/story.md', new TextEncoder().encode(DRAFT)]]);
  refused = 0;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.byteLength };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((path) => [path.slice(1), vscode.FileType.File]);
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return data;
  }
  createDirectory(): void {
    // The root exists.
  }
  writeFile(uri: vscode.Uri): void {
    this.refused++;
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

describe('web: a sidecar write the file system refuses', () => {
  const provider = new RefusingFileSystem();
  let registration: vscode.Disposable;

  before(() => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, provider, { isCaseSensitive: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registration.dispose();
  });

  it('says the file system refused it and keeps the annotation in memory', async () => {
    const api = await getApi();
    const draft = vscode.Uri.from({ scheme: SCHEME, path: '/story.md' });
    const document = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('factCheck.flagUnverified', { uri: draft.toString(), claimStart: 0 });
    await api.flush();
    const review = await waitFor(() => {
      const current = api.getReview(draft);
      return current?.storeError ? current : undefined;
    }, 'the write error in the review');
    assert.ok(provider.refused > 0, 'the store tried to write');
    assert.match(
      review.storeError ?? '',
      /story\.md\.factcheck\.json could not be saved: the file system is read-only or refused the write/,
    );
    assert.equal(review.items.find((i) => i.start === 0)?.status, 'unverified', 'the annotation stays in memory');
    assert.equal(provider.files.size, 1, 'nothing was written');
  });
});
