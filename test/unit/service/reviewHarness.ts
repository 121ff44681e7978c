import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { DraftReviews } from '../../../src/service/review/draftReviews';
import type { ReviewSettings } from '../../../src/service/review/reviewPorts';
import { InMemoryWorkspace, MemoryDocument, MemoryUri, RecordingUser } from './inMemoryWorkspace';

export const EDITOR = 'Test Editor';

/** The review service over an in-memory workspace, with the editor's side (open documents, edits) driven by the test. */
export class ReviewHarness {
  readonly ws = new InMemoryWorkspace();
  readonly user = new RecordingUser();
  readonly logged: string[] = [];
  readonly changed: string[] = [];
  readonly documents: MemoryDocument[] = [];
  settings: ReviewSettings = {
    languages: ['markdown', 'plaintext'],
    detect: { kinds: [...CLAIM_KINDS], minScore: 0, extraCues: [], ignorePhrases: [] },
    sidecarLocation: 'besideDraft',
  };
  readonly reviews = new DraftReviews<MemoryUri>({
    workspace: this.ws,
    user: this.user,
    log: { error: (message) => this.logged.push(message), info: () => undefined },
    editorNames: { forDocument: async () => EDITOR, known: () => EDITOR },
    openDocuments: () => this.documents,
    isWritableScheme: () => false,
    settings: () => this.settings,
    changed: (uri) => this.changed.push(uri.toString()),
  });

  open(path: string, text = this.ws.read(path) ?? ''): MemoryDocument {
    const document = new MemoryDocument(
      path.startsWith('untitled:') ? new MemoryUri('untitled', path.slice(9)) : MemoryUri.file(path),
      text,
    );
    this.documents.push(document);
    this.reviews.opened(document);
    return document;
  }

  edit(document: MemoryDocument, offset: number, length: number, text: string, options: { dirty?: boolean } = {}): void {
    this.reviews.edited({ document, contentChanges: document.edit(offset, length, text, options), reason: undefined });
  }

  close(document: MemoryDocument): void {
    this.documents.splice(this.documents.indexOf(document), 1);
    this.reviews.closed(document);
  }

  /** The review once the sidecar is read. */
  async loaded(document: MemoryDocument) {
    await this.reviews.whenLoaded(document);
    return this.reviews.getReview(document);
  }

  dispose(): void {
    this.reviews.dispose();
  }
}

/** Polls until check() is truthy; fails with what was awaited (no test waits for mocha's timeout). */
export async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
