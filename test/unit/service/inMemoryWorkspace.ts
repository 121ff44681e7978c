import type { ContentChange } from '../../../src/core/annotations/contentChanges';
import type { ServiceMessages } from '../../../src/service/messages';
import {
  FileKind,
  type Disposable,
  type FileStat,
  type FileStore,
  type ResourceUri,
  type UserPort,
  type WorkspacePort,
} from '../../../src/service/ports';
import type { ReviewDocument } from '../../../src/service/review/reviewPorts';

/** A URI for the in-memory workspace: `file:///ws/story.md`, `untitled:Untitled-1`. */
export class MemoryUri implements ResourceUri {
  constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}

  static file(path: string): MemoryUri {
    return new MemoryUri('file', path);
  }

  with(change: { path: string }): this {
    return new MemoryUri(this.scheme, change.path) as this;
  }

  toString(): string {
    return this.scheme === 'file' ? `file://${this.path}` : `${this.scheme}:${this.path}`;
  }
}

interface Entry {
  text: string;
  mtime: number;
  /** A symbolic link (its text stands for the target's, which must never be read through it). */
  link: boolean;
}

interface Watch {
  glob: string;
  base: MemoryUri | undefined;
  onEvent: (uri: MemoryUri) => void;
}

class FileSystemError extends Error {
  constructor(
    readonly code: string,
    uri: MemoryUri,
  ) {
    super(`${code}: ${uri.path}`);
  }
}

/**
 * The service layer's workspace in memory: files, folders and links by path, watchers that fire
 * (asynchronously, like VS Code's) on every change, one or more workspace folders. The test double
 * the review and storage logic is unit-tested with, in plain Node.
 */
export class InMemoryWorkspace implements WorkspacePort<MemoryUri> {
  readonly files = new Map<string, Entry>();
  readonly folders = new Set<string>();
  private readonly watches = new Set<Watch>();
  /** When false, watchers stay silent: a change another window made that this one has not heard of yet. */
  watchersOn = true;
  /** When set, writes fail with this file system code (e.g. NoPermissions). */
  failWrites: string | undefined;
  readonly fs: FileStore<MemoryUri>;

  constructor(readonly roots: MemoryUri[] = [MemoryUri.file('/ws')]) {
    for (const root of roots) this.addFolders(root.path);
    this.fs = {
      stat: async (uri) => this.stat(uri),
      readText: async (uri) => this.entry(uri).text,
      writeText: async (uri, text) => this.write(uri, text),
      rename: async (from, to, options) => this.rename(from, to, options.overwrite),
      delete: async (uri) => this.remove(uri),
      createDirectory: async (uri) => this.addFolders(uri.path),
      readDirectory: async (uri) => this.list(uri),
      errorCode: (error) => (error instanceof FileSystemError ? error.code : undefined),
    };
  }

  uri(path: string): MemoryUri {
    return MemoryUri.file(path);
  }

  /** A file written as another window or tool would: the watchers hear of it. */
  put(path: string, text: string, options: { link?: boolean; mtime?: number } = {}): void {
    this.addFolders(path.slice(0, path.lastIndexOf('/')));
    this.files.set(path, { text, mtime: options.mtime ?? Date.now(), link: options.link === true });
    this.notify(path);
  }

  read(path: string): string | undefined {
    return this.files.get(path)?.text;
  }

  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  folderOf(uri: MemoryUri): MemoryUri | undefined {
    return this.roots.find((root) => uri.scheme === root.scheme && uri.path.startsWith(`${root.path}/`));
  }

  relativeName(uri: MemoryUri): string {
    const root = this.folderOf(uri);
    return root ? uri.path.slice(root.path.length + 1) : uri.path;
  }

  watch(glob: string, base: MemoryUri | undefined, onEvent: (uri: MemoryUri) => void): Disposable {
    const watch: Watch = { glob, base, onEvent };
    this.watches.add(watch);
    return { dispose: () => this.watches.delete(watch) };
  }

  private stat(uri: MemoryUri): FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: FileKind.File | (file.link ? FileKind.SymbolicLink : 0), mtime: file.mtime };
    if (this.folders.has(uri.path)) return { type: FileKind.Directory, mtime: 0 };
    throw new FileSystemError('FileNotFound', uri);
  }

  private entry(uri: MemoryUri): Entry {
    const file = this.files.get(uri.path);
    if (!file) throw new FileSystemError('FileNotFound', uri);
    return file;
  }

  private write(uri: MemoryUri, text: string): void {
    if (this.failWrites) throw new FileSystemError(this.failWrites, uri);
    this.put(uri.path, text);
  }

  private rename(from: MemoryUri, to: MemoryUri, overwrite: boolean): void {
    if (this.failWrites) throw new FileSystemError(this.failWrites, from);
    if (!overwrite && (this.files.has(to.path) || this.folders.has(to.path))) throw new FileSystemError('FileExists', to);
    const file = this.files.get(from.path);
    if (file) {
      this.files.delete(from.path);
      this.put(to.path, file.text, { mtime: file.mtime });
      this.notify(from.path);
      return;
    }
    if (!this.folders.has(from.path)) throw new FileSystemError('FileNotFound', from);
    for (const [path, entry] of [...this.files]) {
      if (!path.startsWith(`${from.path}/`)) continue;
      this.files.delete(path);
      this.put(to.path + path.slice(from.path.length), entry.text, { mtime: entry.mtime, link: entry.link });
      this.notify(path);
    }
    for (const folder of [...this.folders]) if (folder === from.path || folder.startsWith(`${from.path}/`)) this.folders.delete(folder);
    this.addFolders(to.path);
  }

  private remove(uri: MemoryUri): void {
    if (!this.files.delete(uri.path)) throw new FileSystemError('FileNotFound', uri);
    this.notify(uri.path);
  }

  private list(uri: MemoryUri): [string, number][] {
    if (!this.folders.has(uri.path)) throw new FileSystemError('FileNotFound', uri);
    const prefix = `${uri.path}/`;
    const names = new Map<string, number>();
    for (const path of this.files.keys())
      if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) names.set(path.slice(prefix.length), FileKind.File);
    for (const path of this.folders)
      if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) names.set(path.slice(prefix.length), FileKind.Directory);
    return [...names];
  }

  private addFolders(path: string): void {
    let current = '';
    for (const part of path.split('/').filter((p) => p !== '')) {
      current += `/${part}`;
      this.folders.add(current);
    }
  }

  private notify(path: string): void {
    if (!this.watchersOn) return;
    const uri = MemoryUri.file(path);
    for (const watch of this.watches) {
      const matches = watch.base ? path === `${watch.base.path}/${watch.glob}` : path.endsWith(watch.glob.replace(/^\*\*\/\*/, ''));
      if (matches) setTimeout(() => watch.onEvent(uri), 0);
    }
  }
}

/** Errors shown to the user, with the file offered to open; the service's sentences in English. */
export class RecordingUser implements UserPort<MemoryUri> {
  readonly errors: { message: string; open?: string }[] = [];
  readonly messages: ServiceMessages = {
    isLink: (name) =>
      `${name} is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)`,
    insideLink: (name, folder) =>
      `${name} is inside ${folder}, which is a symbolic link; Fact-Check does not read or write files through links (they may point outside the workspace)`,
    notRegularFile: (name) => `${name} is not a regular file`,
    writeRefused: () => 'the file system is read-only or refused the write',
    unreadable: (name, reason) => `Fact-Check: ${name} could not be read: ${reason}. Your changes are kept in memory until it is fixed.`,
    notSaved: (name, reason) => `${name} could not be saved: ${reason}`,
    notSavedKept: (name, reason) =>
      `Fact-Check: ${name} could not be saved: ${reason}. Your changes are kept in memory and saved with the next change.`,
    notMoved: (name, reason) => `Fact-Check: the annotations of ${name} could not be moved: ${reason}`,
    selectClaimFirst: () => 'Select the text of the claim first.',
    noLongerAnnotated: () => 'This claim is no longer annotated (it may have been removed in another window).',
    claimChanged: () => 'This claim has changed since it was shown. Try again.',
  };

  showError(message: string, open?: MemoryUri): void {
    this.errors.push({ message, open: open?.path });
  }
}

/** An open document: the editor's buffer, its version and whether it is dirty or untitled. */
export class MemoryDocument implements ReviewDocument<MemoryUri> {
  version = 1;
  isDirty = false;
  readonly uri: string;

  constructor(
    readonly resource: MemoryUri,
    private text: string,
    readonly languageId = 'markdown',
  ) {
    this.uri = resource.toString();
  }

  get isUntitled(): boolean {
    return this.resource.scheme === 'untitled';
  }

  getText(): string {
    return this.text;
  }

  /** Replaces [offset, offset + length) with text, as one keystroke or paste; returns the change event's entries. */
  edit(offset: number, length: number, text: string, options: { dirty?: boolean } = {}): ContentChange[] {
    this.text = this.text.slice(0, offset) + text + this.text.slice(offset + length);
    this.version++;
    this.isDirty = options.dirty ?? true;
    return [{ rangeOffset: offset, rangeLength: length, text }];
  }
}
