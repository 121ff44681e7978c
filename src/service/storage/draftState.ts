import type { Annotation, SidecarFile } from '../../core/annotations/types';
import type { SignOff } from '../../core/publish/types';
import type { Disposable, ResourceUri } from '../ports';

/** Everything the store knows about one open draft's annotations. */
export interface DraftState<U extends ResourceUri = ResourceUri> {
  readonly draft: U;
  /** undefined for drafts without a file (untitled): annotations live in memory only. */
  sidecar: U | undefined;
  annotations: Annotation[];
  /** The draft's sign-off for publication, kept and written with the annotations (changes bump revision too). */
  signOff: SignOff | undefined;
  /** Bumped on every change to `annotations` (edit, action, load, merge); keys review caches. */
  revision: number;
  /** The revision last written (or known equal to disk); behind `revision` means a write is due. */
  savedRevision: number;
  /** The sidecar as last read or written: the merge base when another window changes it. */
  lastKnownDisk: SidecarFile | undefined;
  /** The exact text of the sidecar as last read or written; an event with the same text is our own write. */
  lastDiskText: string | undefined;
  /** Why the sidecar cannot be used (corrupt, invalid, unreadable); edits are held in memory meanwhile. */
  storeError: string | undefined;
  /** The unreadable content (or read failure) already reported: one bad file gives one message and one backup. */
  reportedBadText: string | undefined;
  /** The last write failure reported, so retries that fail the same way stay quiet. */
  reportedWriteError: string | undefined;
  /** Original bytes of a sidecar in an older format, saved as `<sidecar>.bak` before the first rewrite. */
  migrationOriginal: string | undefined;
  /** Text length after the last content change, to recognise a change replacing the whole document. */
  textLength: number;
  /** Resolves when the sidecar has been read (or found absent). */
  ready: Promise<void>;
  /** True once `ready` has resolved: until then the annotations (and so the statuses) are unknown. */
  loaded: boolean;
  /** Disk work for this draft runs one step at a time, in order. */
  queue: Promise<void>;
  writeTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once the document closed; the state is dropped after its last write unless it reopens. */
  closed: boolean;
  /** The watcher of a sidecar outside every workspace folder. */
  watcher: Disposable | undefined;
}

export function isWritePending(state: DraftState): boolean {
  return state.revision !== state.savedRevision;
}
