import { workspaceFs } from '../workspacePorts';
import * as vscode from 'vscode';
import { parseSidecar } from '../../core/annotations/sidecarParse';
import { ClaimLibrary, draftPathOfSidecar, libraryEntries, type LibraryEntry } from '../../core/library';
import { afterActivation } from '../afterActivation';
import { DelayedTask } from '../delayedTask';
import { DisposableBase } from '../../service/disposable';
import type { FactCheckConfiguration } from '../configuration';
import { errorText } from '../../core/util/errorText';
import { fileNameOf } from '../../core/util/fileName';
import { ignoredCreatedPath, sweepOfCreated } from '../../service/library/createdPaths';

const SIDECAR_GLOB = '**/*.factcheck.json';
/** Reading many sidecars at start-up yields to the event loop after this long. */
const SLICE_MS = 40;
/** Bursts of file events (a git checkout) are read once. */
const RELOAD_DELAY_MS = 200;
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** Re-checking every sidecar's time when the window regains focus, at most this often. */
const RECHECK_MIN_INTERVAL_MS = 30_000;
/** New folders are listed this long after the first creation of a burst, when a checkout has written them. */
const NEW_FOLDER_SWEEP_MS = 1500;
/** More new paths than this in one burst: the whole library is reconciled instead. */
const MAX_SWEPT_PATHS = 200;

/** The draft a sidecar belongs to, as a URI string: the key under which its entries are indexed. */
export function draftKeyOfSidecar(sidecar: vscode.Uri): string | undefined {
  const path = draftPathOfSidecar(sidecar.path);
  return path === undefined ? undefined : sidecar.with({ path }).toString();
}

/**
 * The claim library of the workspace: the reviewed annotations of every sidecar in the workspace
 * folders and under the folders of `factCheck.library.paths`, kept up to date by file watchers.
 * Files are read through vscode.workspace.fs (so it works on virtual and remote file systems),
 * a slice at a time. A sidecar that cannot be read is reported once, by name, and skipped.
 */
export class WorkspaceLibrary extends DisposableBase {
  readonly library = new ClaimLibrary();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires (coalesced) after entries were added, changed or removed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Sidecars (URI strings) that could not be read, with why: each is reported once until it reads again. */
  readonly problems = new Map<string, string>();
  private readonly draftOfSidecar = new Map<string, string>();
  /** Modification time of each sidecar when it was last read. */
  private readonly modifiedAt = new Map<string, number>();
  /** Sidecars a watcher or this window changed while a reconcile ran: the reconcile's older listing must not undo them. */
  private readonly handledDuringReconcile = new Set<string>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private watchers: vscode.Disposable[] = [];
  /** Paths (URI strings) created since the last sweep of new folders. */
  private readonly created = new Set<string>();
  /** The workspace and library folders the watchers cover, as URI prefixes ending in '/': set with the watchers. */
  private coveredPrefixes: string[] = [];
  private readonly sweepLater = new DelayedTask(NEW_FOLDER_SWEEP_MS, () => void this.sweepCreated());
  /** undefined until the first build starts: after activate() has returned, or on first use. */
  private building: Promise<void> | undefined;
  private generation = 0;
  /** Changes are announced once per burst. */
  private readonly announceLater = new DelayedTask(50, () => this.changeEmitter.fire());

  constructor(
    private readonly log: vscode.LogOutputChannel,
    settings: FactCheckConfiguration,
  ) {
    super();
    const rebuildIfBuilt = () => {
      if (this.building) this.building = this.rebuild();
    };
    this._register(
      this.changeEmitter,
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('factCheck.library.paths')) rebuildIfBuilt();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(rebuildIfBuilt),
      // Saves and file operations made in this window, besides the watchers: a watcher starts late on a
      // new workspace (a sidecar saved meanwhile was never indexed) and is blind where files.watcherExclude says.
      vscode.workspace.onDidSaveTextDocument((document) => this.changedHere(document.uri)),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => this.changedHere(uri))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.changedHere(uri, true))),
      // Finding and reading every sidecar is no part of activation.
      afterActivation(() => void this.whenReady()),
      this.recheckOnFocus(),
    );
  }

  /** Resolves once the current (re)build has read every sidecar (starting the first build if none has started). */
  whenReady(): Promise<void> {
    this.building ??= this.rebuild();
    return this.building;
  }

  entry(draftKey: string, id: string): LibraryEntry | undefined {
    return this.library.find(draftKey, id);
  }

  /** A library draft as editors name it: relative to its workspace folder, else its path. */
  displayPath(draftKey: string): string {
    const uri = vscode.Uri.parse(draftKey);
    return vscode.workspace.asRelativePath(
      uri,
      vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1,
    );
  }

  /** The extra library folders from the setting, resolved against the first workspace folder. */
  private libraryFolders(): vscode.Uri[] {
    const paths = vscode.workspace.getConfiguration('factCheck').get<unknown>('library.paths', []);
    if (!Array.isArray(paths)) return [];
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const folders: vscode.Uri[] = [];
    for (const path of paths) {
      if (typeof path !== 'string' || path.trim() === '') continue;
      const trimmed = path.trim();
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(trimmed)) folders.push(vscode.Uri.parse(trimmed));
      else if (trimmed.startsWith('/') || /^[A-Za-z]:[\\/]/.test(trimmed)) folders.push(vscode.Uri.file(trimmed));
      else if (root) folders.push(vscode.Uri.joinPath(root, trimmed));
    }
    return folders;
  }

  /** Starts watching (again) and reconciles the index with the sidecars on disk. */
  private async rebuild(): Promise<void> {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    // Worked out once here, not for each of a checkout's thousands of creation events.
    this.coveredPrefixes = [...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri), ...this.libraryFolders()].map((folder) =>
      folder.toString().replace(/\/?$/, '/'),
    );
    if (vscode.workspace.workspaceFolders?.length) {
      this.watch(vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB));
      this.watchCreated(vscode.workspace.createFileSystemWatcher('**/*', false, true, true));
    }
    for (const folder of this.libraryFolders()) {
      this.watch(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SIDECAR_GLOB)));
      this.watchCreated(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, true));
    }
    await this.reconcile();
  }

  /**
   * Brings the index in line with the sidecars on disk: new and changed ones (by modification time) are
   * read, gone ones are forgotten, the rest is left as it is. Events handled meanwhile are never undone.
   */
  private async reconcile(): Promise<void> {
    const generation = ++this.generation;
    this.handledDuringReconcile.clear();
    const started = Date.now();
    const sidecars: vscode.Uri[] = [];
    if (vscode.workspace.workspaceFolders?.length) sidecars.push(...(await vscode.workspace.findFiles(SIDECAR_GLOB, '**/node_modules/**')));
    for (const folder of this.libraryFolders()) sidecars.push(...(await this.walk(folder, true)));
    if (generation !== this.generation) return;
    const listed = new Set<string>();
    let read = 0;
    let sliceStart = Date.now();
    for (const sidecar of sidecars) {
      const key = sidecar.toString();
      if (listed.has(key)) continue;
      listed.add(key);
      if (!this.handledDuringReconcile.has(key) && (await this.changedOnDisk(sidecar))) {
        await this.load(sidecar);
        read++;
      }
      if (generation !== this.generation) return;
      if (Date.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
    }
    for (const key of [...this.draftOfSidecar.keys(), ...this.problems.keys()])
      if (!listed.has(key) && !this.handledDuringReconcile.has(key) && key.endsWith('.factcheck.json'))
        this.forget(vscode.Uri.parse(key), false);
    this.log.info(
      `Claim library: ${this.library.size} reviewed annotations from ${listed.size} sidecars (${read} read) in ${Date.now() - started} ms.`,
    );
    this.announce();
  }

  /** Not yet read, or modified since it was read (a sidecar whose time cannot be read counts as changed). */
  private async changedOnDisk(sidecar: vscode.Uri): Promise<boolean> {
    const known = this.modifiedAt.get(sidecar.toString());
    if (known === undefined) return true;
    try {
      return (await workspaceFs.stat(sidecar)).mtime !== known;
    } catch {
      return true;
    }
  }

  /**
   * A watcher can miss a whole folder created in a burst (a git checkout: the folder's files land before
   * the watch on it does), and nothing tells us. Coming back to the window re-checks, at most this often.
   */
  private recheckOnFocus(): vscode.Disposable {
    let last = Date.now();
    return vscode.window.onDidChangeWindowState((state) => {
      if (!state.focused || !this.building || Date.now() - last < RECHECK_MIN_INTERVAL_MS) return;
      last = Date.now();
      this.building = this.building.then(() => this.reconcile());
    });
  }

  private watch(watcher: vscode.FileSystemWatcher): void {
    this.watchers.push(
      watcher,
      watcher.onDidCreate((uri) => this.schedule(uri)),
      watcher.onDidChange((uri) => this.schedule(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
    );
  }

  /** Creations anywhere the library covers: a new folder's sidecars are looked for a moment later (sweepCreated). */
  private watchCreated(watcher: vscode.FileSystemWatcher): void {
    this.watchers.push(
      watcher,
      watcher.onDidCreate((uri) => {
        if (uri.path.endsWith('.factcheck.json')) return; // the sidecar watchers have it
        const relative = this.coveredPath(uri);
        if (relative === undefined || ignoredCreatedPath(relative)) return;
        this.created.add(uri.toString());
        this.sweepLater.throttle();
      }),
    );
  }

  /** uri's path below the workspace or library folder holding it, or undefined when the library does not cover it. */
  private coveredPath(uri: vscode.Uri): string | undefined {
    const key = uri.toString();
    const prefix = this.coveredPrefixes.find((p) => key.startsWith(p));
    return prefix === undefined ? undefined : decodeURIComponent(key.slice(prefix.length));
  }

  /**
   * Lists the folders created in the last burst for sidecars the watchers did not report (see CreatedSweep):
   * new and changed ones are read. A burst too big to look at path by path reconciles the whole library.
   */
  private async sweepCreated(): Promise<void> {
    const sweep = sweepOfCreated(this.created, MAX_SWEPT_PATHS);
    this.created.clear();
    if (!this.building) return;
    if (sweep.kind === 'all') {
      this.building = this.building.then(() => this.reconcile());
      return;
    }
    let read = 0;
    for (const key of sweep.paths) {
      const folder = vscode.Uri.parse(key);
      try {
        if (!((await workspaceFs.stat(folder)).type & vscode.FileType.Directory)) continue;
      } catch {
        continue; // gone again, or unreadable: nothing to list
      }
      for (const sidecar of await this.walk(folder, false)) {
        if (!(await this.changedOnDisk(sidecar))) continue;
        this.handledDuringReconcile.add(sidecar.toString());
        await this.load(sidecar);
        read++;
      }
    }
    if (read === 0) return;
    this.log.info(`Claim library: ${read} sidecars not yet read found in new folders (a watcher can miss what lands below a new folder).`);
    this.announce();
  }

  /** Every sidecar below a library folder; a missing folder is reported once. */
  private async walk(folder: vscode.Uri, top: boolean): Promise<vscode.Uri[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await workspaceFs.readDirectory(folder);
    } catch (error) {
      if (top)
        this.report(
          folder.toString(),
          vscode.l10n.t(
            'Fact-Check: the claim library folder {0} cannot be read ({1}); it is skipped.',
            folder.fsPath || folder.toString(),
            errorText(error),
          ),
        );
      return [];
    }
    const found: vscode.Uri[] = [];
    for (const [name, type] of entries) {
      if ((name.startsWith('.') && name !== '.factcheck') || SKIPPED_FOLDERS.has(name)) continue;
      const child = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) found.push(...(await this.walk(child, false)));
      else if (name.endsWith('.factcheck.json')) found.push(child);
    }
    return found;
  }

  /** A sidecar saved, created or deleted in this window, if the library covers it (its workspace or library folders). */
  private changedHere(uri: vscode.Uri, deleted = false): void {
    if (!this.building || !uri.path.endsWith('.factcheck.json')) return;
    const inLibraryFolder = this.libraryFolders().some((folder) => uri.toString().startsWith(folder.toString().replace(/\/?$/, '/')));
    if (!vscode.workspace.getWorkspaceFolder(uri) && !inLibraryFolder) return;
    if (deleted) this.forget(uri);
    else this.schedule(uri);
  }

  private schedule(sidecar: vscode.Uri): void {
    const key = sidecar.toString();
    this.handledDuringReconcile.add(key);
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.load(sidecar).then(() => this.announce());
      }, RELOAD_DELAY_MS),
    );
  }

  private forget(sidecar: vscode.Uri, handled = true): void {
    const draft = this.draftOfSidecar.get(sidecar.toString());
    if (handled) this.handledDuringReconcile.add(sidecar.toString());
    this.modifiedAt.delete(sidecar.toString());
    this.problems.delete(sidecar.toString());
    if (draft === undefined) return;
    this.library.removeDraft(draft);
    this.draftOfSidecar.delete(sidecar.toString());
    this.announce();
  }

  /** Reads one sidecar into the index; never throws. */
  private async load(sidecar: vscode.Uri): Promise<void> {
    const key = sidecar.toString();
    const draft = draftKeyOfSidecar(sidecar);
    if (draft === undefined) return;
    let text: string;
    try {
      // The time first: a write landing between the two calls is then read again at the next check.
      this.modifiedAt.set(key, (await workspaceFs.stat(sidecar)).mtime);
      text = new TextDecoder('utf-8').decode(await workspaceFs.readFile(sidecar));
    } catch (error) {
      if (isMissing(error)) return this.forget(sidecar, false);
      this.skip(sidecar, draft, errorText(error));
      return;
    }
    const name = fileNameOf(draft);
    const parsed = parseSidecar(text, decodeURIComponent(name));
    if (!parsed.ok) {
      this.skip(sidecar, draft, parsed.error);
      return;
    }
    this.problems.delete(key);
    this.draftOfSidecar.set(key, draft);
    this.library.setDraft(draft, libraryEntries(draft, parsed.file.annotations));
  }

  /** A sidecar that cannot be read leaves the library (its old entries may be wrong) and is reported once. */
  private skip(sidecar: vscode.Uri, draft: string, why: string): void {
    this.library.removeDraft(draft);
    this.draftOfSidecar.delete(sidecar.toString());
    const shown = vscode.workspace.asRelativePath(sidecar);
    this.report(sidecar.toString(), vscode.l10n.t('Fact-Check: the claim library skipped {0}: {1}', shown, why));
  }

  private report(key: string, message: string): void {
    if (this.problems.has(key)) return;
    this.problems.set(key, message);
    this.log.warn(message);
    void vscode.window.showWarningMessage(message);
  }

  private announce(): void {
    this.announceLater.debounce();
  }

  override dispose(): void {
    this.generation++;
    this.announceLater.dispose();
    this.sweepLater.dispose();
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const watcher of this.watchers) watcher.dispose();
    super.dispose();
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}
