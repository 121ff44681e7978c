import { mergeWithDisk, parseSidecar, reanchor, serializeSidecar } from '../../core/annotations';
import { SIDECAR_VERSION, type Annotation, type SidecarFile } from '../../core/annotations/types';
import { errorText } from '../../core/util/errorText';
import { fileNameOf } from '../../core/util/fileName';
import { DisposableBase } from '../disposable';
import { FileKind, type LogPort, type ResourceUri, type UserPort, type WorkspacePort } from '../ports';
import { parentOf } from '../uriPaths';
import { isWritePending, type DraftState } from './draftState';
import {
  backupCorruptFile,
  exists,
  fileStamp,
  readTextFile,
  removeStaleTempFiles,
  siblingUri,
  writeFileIfAbsent,
  writeTextFileAtomic,
} from './sidecarFiles';
import { linkProblem } from './linkGuard';
import { draftFileName, mirrorFolderFor, SIDECAR_SUFFIX, sidecarUriFor, type SidecarLocation } from './sidecarLocation';

/** Edits in quick succession become one write. */
const WRITE_DELAY_MS = 300;

export interface StoreHost<U extends ResourceUri> {
  /** Current text of the open draft, if it is open. */
  textOf(draft: U): string | undefined;
  sidecarLocation(): SidecarLocation;
  /** Annotations of a draft changed without an edit in this window (load, merge, error). */
  changed(draft: U): void;
}

/** The ports the store works through. */
export interface StorePorts<U extends ResourceUri> {
  readonly workspace: WorkspacePort<U>;
  readonly user: UserPort<U>;
  readonly log: LogPort;
}

function sameAnnotations(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A reader's message ready to be followed by our own ". …": without its closing full stop. */
function clause(message: string): string {
  return message.trim().replace(/[.。]+$/u, '');
}

/** The file as last read from disk with new annotations: keys this version does not know are written back. */
function fileWith(known: SidecarFile | undefined, draft: string, annotations: Annotation[]): SidecarFile {
  return { ...known, version: SIDECAR_VERSION, draft, annotations };
}

/**
 * A write the file system refused for good (a read-only virtual repository in the browser, a
 * read-only mount, no permission) in plain words; other errors keep their own message.
 */
function writeErrorText<U extends ResourceUri>(ports: StorePorts<U>, error: unknown): string {
  const code = ports.workspace.fs.errorCode(error) ?? '';
  const refused = code === 'NoPermissions' || /NoPermissions|EROFS|EACCES|EPERM|read-?only/i.test(errorText(error));
  return refused ? ports.user.messages.writeRefused() : errorText(error);
}

/**
 * Keeps each open draft's annotations in memory and in its sidecar file: loads and re-anchors on
 * open, writes atomically a moment after changes, merges changes other windows make, refuses to
 * overwrite a sidecar it cannot read, and moves sidecars along with renamed drafts.
 */
export class SidecarStore<U extends ResourceUri> extends DisposableBase {
  private readonly states = new Map<string, DraftState<U>>();
  private readonly bySidecar = new Map<string, DraftState<U>>();
  private readonly workspace: WorkspacePort<U>;
  private readonly fs: WorkspacePort<U>['fs'];

  constructor(
    private readonly host: StoreHost<U>,
    private readonly ports: StorePorts<U>,
  ) {
    super();
    this.workspace = ports.workspace;
    this.fs = ports.workspace.fs;
    this._register(this.workspace.watch(`**/*${SIDECAR_SUFFIX}`, undefined, (uri) => this.sidecarChangedOnDisk(uri)));
  }

  /** The draft's state, created (and its sidecar loading) on first use. */
  stateFor(draft: U): DraftState<U> {
    const key = draft.toString();
    const existing = this.states.get(key);
    if (existing) {
      existing.closed = false;
      return existing;
    }
    const sidecar = sidecarUriFor(draft, this.host.sidecarLocation(), this.folderOf);
    const state: DraftState<U> = {
      draft,
      sidecar,
      annotations: [],
      signOff: undefined,
      revision: 0,
      savedRevision: 0,
      lastKnownDisk: undefined,
      lastDiskText: undefined,
      storeError: undefined,
      reportedBadText: undefined,
      reportedWriteError: undefined,
      migrationOriginal: undefined,
      textLength: this.host.textOf(draft)?.length ?? 0,
      ready: Promise.resolve(),
      loaded: sidecar === undefined,
      queue: Promise.resolve(),
      writeTimer: undefined,
      closed: false,
      watcher: undefined,
    };
    this.states.set(key, state);
    if (state.sidecar) {
      this.bySidecar.set(state.sidecar.toString(), state);
      this.watchOutsideWorkspace(state, state.sidecar);
      state.ready = this.enqueue(state, () => this.loadOnce(state));
    }
    return state;
  }

  peek(draft: U): DraftState<U> | undefined {
    return this.states.get(draft.toString());
  }

  /** Call after changing state.annotations in memory: the change is written shortly. */
  touch(state: DraftState<U>): void {
    state.revision++;
    this.scheduleWrite(state);
  }

  /** Writes one draft's pending changes now. */
  flushDraft(draft: U): Promise<void> {
    const state = this.peek(draft);
    return state ? this.flushState(state) : Promise.resolve();
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.states.values()].map((state) => this.flushState(state)));
  }

  /** The document closed: write what is pending, then forget it unless it reopened meanwhile. */
  async release(draft: U): Promise<void> {
    const state = this.peek(draft);
    if (!state) return;
    state.closed = true;
    await this.flushState(state);
    if (state.closed && this.states.get(draft.toString()) === state) this.forget(state);
  }

  /**
   * The sidecar location setting changed: write what is pending where it was going, then read each
   * open draft from its new place. Files are not moved; drafts without a file keep their annotations.
   */
  async relocate(): Promise<void> {
    await this.flushAll();
    const location = this.host.sidecarLocation();
    for (const state of [...this.states.values()]) {
      if (sidecarUriFor(state.draft, location, this.folderOf)?.toString() === state.sidecar?.toString()) continue;
      this.forget(state);
      this.host.changed(state.draft);
    }
  }

  /** Another window or a tool changed a sidecar file: re-read and merge it into the open draft. */
  sidecarChangedOnDisk(sidecar: U): void {
    const state = this.bySidecar.get(sidecar.toString());
    if (!state) return;
    void this.enqueue(state, async () => {
      const text = await this.readSidecar(state);
      if (text === null || (text === state.lastDiskText && state.storeError === undefined)) return;
      this.absorbDisk(state, text);
    });
  }

  /**
   * A draft was renamed or moved: move its sidecar (with the new draft name inside), or in the
   * workspaceFolder mode the mirror folder of a renamed folder. Deleting a draft keeps its sidecar.
   */
  async moveWithDraft(oldUri: U, newUri: U): Promise<void> {
    const location = this.host.sidecarLocation();
    let isFolder = false;
    try {
      isFolder = ((await this.fs.stat(newUri)).type & FileKind.Directory) !== 0;
    } catch {
      return;
    }
    for (const state of [...this.states.values()]) {
      if (state.draft.toString() === oldUri.toString() || (isFolder && state.draft.path.startsWith(oldUri.path + '/'))) {
        await this.flushState(state);
        this.forget(state);
      }
    }
    if (isFolder) {
      const from = mirrorFolderFor(oldUri, location, this.folderOf);
      const to = mirrorFolderFor(newUri, location, this.folderOf);
      if (from && to && (await exists(this.fs, from)) && !(await exists(this.fs, to))) {
        await this.fs.createDirectory(parentOf(to));
        await this.fs.rename(from, to, { overwrite: false });
      }
      // Drafts of the renamed folder may have opened (and found nothing) before their sidecars arrived.
      for (const state of this.states.values()) {
        if (state.sidecar && state.draft.path.startsWith(newUri.path + '/')) this.sidecarChangedOnDisk(state.sidecar);
      }
      return;
    }
    const from = sidecarUriFor(oldUri, location, this.folderOf);
    const to = sidecarUriFor(newUri, location, this.folderOf);
    if (!from || !to || from.toString() === to.toString()) return;
    // A sidecar reached through a link stays where it is (see linkGuard).
    if ((await this.linkProblem(from)) !== undefined || (await this.linkProblem(to)) !== undefined) return;
    const text = await readTextFile(this.fs, from);
    if (text === undefined) return;
    const parsed = parseSidecar(text, draftFileName(oldUri));
    // An unreadable sidecar moves byte for byte: it is never rewritten while invalid.
    const moved = parsed.ok ? serializeSidecar({ ...parsed.file, draft: draftFileName(newUri) }) : text;
    const replaced = await readTextFile(this.fs, to);
    if (replaced !== undefined && replaced !== moved) {
      await writeFileIfAbsent(this.fs, siblingUri(to, `.replaced-${fileStamp(new Date())}.bak`), replaced);
    }
    // Moving rewrites an older format in the current one: keep the original, as any first rewrite does.
    if (parsed.ok && parsed.migratedFrom !== undefined) await writeFileIfAbsent(this.fs, siblingUri(to, '.bak'), text);
    await writeTextFileAtomic(this.fs, to, moved);
    await this.fs.delete(from);
    const reopened = this.peek(newUri);
    if (reopened) this.sidecarChangedOnDisk(to);
  }

  override dispose(): void {
    if (this.isDisposed) return;
    void this.flushAll();
    for (const state of this.states.values()) {
      if (state.writeTimer) clearTimeout(state.writeTimer);
      state.watcher?.dispose();
    }
    super.dispose();
  }

  // --- internals ---

  private readonly folderOf = (uri: U): U | undefined => this.workspace.folderOf(uri);

  private linkProblem(uri: U): Promise<string | undefined> {
    return linkProblem(this.workspace, this.ports.user.messages, uri);
  }

  /** Runs disk work for one draft after the work queued before it; a failure never blocks later steps. */
  private enqueue(state: DraftState<U>, step: () => Promise<void>): Promise<void> {
    const run = state.queue.then(step).catch((error: unknown) => {
      this.ports.log.error(`Sidecar ${state.sidecar?.toString() ?? state.draft.toString()}: ${errorText(error)}`);
      // Never a silent failure: the edits stay in memory and the user is told.
      if (state.sidecar) this.reportUnwritable(state, state.sidecar, errorText(error));
    });
    state.queue = run;
    return run;
  }

  private forget(state: DraftState<U>): void {
    if (state.writeTimer) clearTimeout(state.writeTimer);
    state.writeTimer = undefined;
    state.watcher?.dispose();
    state.watcher = undefined;
    if (this.states.get(state.draft.toString()) === state) this.states.delete(state.draft.toString());
    if (state.sidecar && this.bySidecar.get(state.sidecar.toString()) === state) this.bySidecar.delete(state.sidecar.toString());
  }

  /** The workspace watcher only sees workspace folders; a draft opened from elsewhere gets its own. */
  private watchOutsideWorkspace(state: DraftState<U>, sidecar: U): void {
    if (this.workspace.folderOf(sidecar)) return;
    state.watcher = this.workspace.watch(fileNameOf(sidecar), parentOf(sidecar), (uri) => this.sidecarChangedOnDisk(uri));
  }

  private scheduleWrite(state: DraftState<U>): void {
    if (!state.sidecar) return;
    if (state.writeTimer) clearTimeout(state.writeTimer);
    state.writeTimer = setTimeout(() => {
      state.writeTimer = undefined;
      void this.enqueue(state, () => this.write(state));
    }, WRITE_DELAY_MS);
  }

  private async flushState(state: DraftState<U>): Promise<void> {
    if (state.writeTimer) {
      clearTimeout(state.writeTimer);
      state.writeTimer = undefined;
    }
    await state.ready;
    await this.enqueue(state, () => this.write(state));
  }

  /** The sidecar's text, undefined when absent, or null when it cannot be read (reported as storeError). */
  private async readSidecar(state: DraftState<U>): Promise<string | undefined | null> {
    if (!state.sidecar) return undefined;
    try {
      const problem = await this.linkProblem(state.sidecar);
      if (problem !== undefined) {
        // Refused without reading: a link's target is never read, parsed or backed up.
        this.setStoreError(state, undefined, problem);
        return null;
      }
      return await readTextFile(this.fs, state.sidecar);
    } catch (error) {
      this.setStoreError(state, undefined, errorText(error));
      return null;
    }
  }

  /** Reads the sidecar; whatever the outcome (absent, corrupt, failed), the draft then counts as loaded and is announced. */
  private async loadOnce(state: DraftState<U>): Promise<void> {
    try {
      await this.load(state);
    } finally {
      if (!state.loaded) {
        state.loaded = true;
        this.host.changed(state.draft);
      }
    }
  }

  private async load(state: DraftState<U>): Promise<void> {
    const sidecar = state.sidecar;
    if (!sidecar) return;
    const text = await this.readSidecar(state);
    // Leftovers of a crashed write wait until the draft is shown (the highlights wait for this load);
    // never cleaned up (or listed) in a folder reached through a link, which readSidecar refused.
    if (text !== null)
      void this.enqueue(state, () =>
        removeStaleTempFiles(this.fs, sidecar).then(
          () => undefined,
          () => undefined,
        ),
      );
    if (text === null || text === undefined) return;
    const parsed = parseSidecar(text, draftFileName(state.draft));
    if (!parsed.ok) {
      this.setStoreError(state, text, parsed.error);
      return;
    }
    state.lastKnownDisk = parsed.file;
    state.lastDiskText = text;
    if (parsed.migratedFrom !== undefined) state.migrationOriginal = text;
    // The draft may have changed while the editor was closed: find each annotation again.
    const draftText = this.host.textOf(state.draft);
    const found = draftText === undefined ? undefined : reanchor(parsed.file.annotations, draftText);
    const hadInMemory = state.annotations.length > 0;
    state.annotations = mergeInto(found ? found.annotations : parsed.file.annotations, state.annotations);
    state.signOff ??= parsed.file.signOff;
    state.revision++;
    // Opening must not dirty the working tree: write only when an annotation moved or lost its text
    // (refreshed context around text still in place is not worth a rewrite).
    const moved = found !== undefined && found.moved + found.fuzzy + found.orphaned > 0;
    if (moved || hadInMemory) this.scheduleWrite(state);
    else state.savedRevision = state.revision;
    state.loaded = true;
    this.host.changed(state.draft);
  }

  /** Takes in a sidecar text that differs from what we last saw: merge it with unsaved in-memory changes. */
  private absorbDisk(state: DraftState<U>, text: string | undefined): void {
    if (text === undefined) {
      // Deleted outside: annotations stay in memory and are written again on the next change.
      state.lastKnownDisk = undefined;
      state.lastDiskText = undefined;
      state.storeError = undefined;
      state.reportedBadText = undefined;
      this.host.changed(state.draft);
      return;
    }
    const name = draftFileName(state.draft);
    const parsed = parseSidecar(text, name);
    if (!parsed.ok) {
      this.setStoreError(state, text, parsed.error);
      return;
    }
    state.storeError = undefined;
    state.reportedBadText = undefined;
    if (parsed.migratedFrom !== undefined) state.migrationOriginal = text;
    const base: SidecarFile = state.lastKnownDisk ?? { version: SIDECAR_VERSION, draft: name, annotations: [] };
    const ours = sidecarOf(state.lastKnownDisk, name, state);
    const merged = mergeWithDisk(base, ours, parsed.file);
    state.signOff = merged.signOff;
    const draftText = this.host.textOf(state.draft);
    state.annotations = draftText === undefined ? merged.annotations : reanchor(merged.annotations, draftText).annotations;
    state.lastKnownDisk = parsed.file;
    state.lastDiskText = text;
    state.revision++;
    // Write back only what the merge added to the disk version (positions re-found here are not news).
    if (
      sameAnnotations(merged.annotations, parsed.file.annotations) &&
      JSON.stringify(merged.signOff) === JSON.stringify(parsed.file.signOff)
    )
      state.savedRevision = state.revision;
    else this.scheduleWrite(state);
    this.host.changed(state.draft);
  }

  private setStoreError(state: DraftState<U>, badText: string | undefined, error: string): void {
    const changed = state.storeError !== error;
    state.storeError = error;
    if (badText !== undefined) state.lastDiskText = badText;
    // One message (and one backup) per bad content, or per read failure when there is no content.
    const reportKey = badText ?? `\u0000${error}`;
    if (state.reportedBadText !== reportKey && state.sidecar) {
      state.reportedBadText = reportKey;
      if (badText !== undefined) void backupCorruptFile(this.fs, state.sidecar, badText).catch(() => undefined);
      this.reportUnreadable(state.sidecar, error);
    }
    if (changed) this.host.changed(state.draft);
  }

  private reportUnreadable(sidecar: U, error: string): void {
    const message = this.ports.user.messages.unreadable(fileNameOf(sidecar), clause(error));
    this.ports.user.showError(message, sidecar);
  }

  /** A failed write keeps the changes in memory and says so once per failure, not per retry. */
  private reportUnwritable(state: DraftState<U>, sidecar: U, error: string): void {
    state.storeError = this.ports.user.messages.notSaved(draftFileName(sidecar), error);
    this.host.changed(state.draft);
    if (state.reportedWriteError === error) return;
    state.reportedWriteError = error;
    this.ports.user.showError(this.ports.user.messages.notSavedKept(draftFileName(sidecar), clause(error)));
  }

  private async write(state: DraftState<U>): Promise<void> {
    const sidecar = state.sidecar;
    if (!sidecar || !isWritePending(state)) return;
    // Another window may have written since we last looked: merge first, never clobber it.
    const onDisk = await this.readSidecar(state);
    if (onDisk === null) return;
    if (onDisk !== state.lastDiskText || state.storeError !== undefined) this.absorbDisk(state, onDisk);
    if (state.storeError !== undefined) return; // held in memory until the file is fixed
    const revision = state.revision;
    if (state.annotations.length === 0 && state.signOff === undefined && onDisk === undefined) {
      state.savedRevision = revision; // nothing to keep: no file for a draft nobody annotated
      return;
    }
    const file = sidecarOf(state.lastKnownDisk, draftFileName(state.draft), state);
    const text = serializeSidecar(file);
    if (text !== onDisk) {
      if (state.migrationOriginal !== undefined && onDisk !== undefined) {
        await writeFileIfAbsent(this.fs, siblingUri(sidecar, '.bak'), state.migrationOriginal);
      }
      state.migrationOriginal = undefined;
      state.lastDiskText = text; // set before the rename so the watcher event is recognised as ours
      try {
        await writeTextFileAtomic(this.fs, sidecar, text);
      } catch (error) {
        state.lastDiskText = onDisk;
        this.reportUnwritable(state, sidecar, writeErrorText(this.ports, error));
        return; // still pending: the next change or flush tries again
      }
    }
    state.lastKnownDisk = structuredClone(file);
    state.lastDiskText = text;
    state.savedRevision = revision;
    state.reportedWriteError = undefined;
  }
}

/** What is in memory for a draft, as a sidecar file (the sign-off only when there is one). */
/** The file to write: the last one read (so keys this version does not know are kept), with our annotations and sign-off. */
function sidecarOf(known: SidecarFile | undefined, draft: string, state: DraftState): SidecarFile {
  const file = fileWith(known, draft, state.annotations);
  if (state.signOff !== undefined) file.signOff = state.signOff;
  else delete file.signOff;
  return file;
}

/** Annotations created in memory before the sidecar finished loading are kept alongside it. */
function mergeInto(loaded: Annotation[], inMemory: Annotation[]): Annotation[] {
  if (inMemory.length === 0) return loaded;
  const ids = new Set(loaded.map((a) => a.id));
  return [...loaded, ...inMemory.filter((a) => !ids.has(a.id))];
}
