import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ReviewSettler } from '../../src/extension/reviewSettler';
import type { ReviewService } from '../../src/extension/reviewService';
import { sleep } from './storageHelpers';

/** A review service that says only whether a draft's sidecar was read, and announces changes when told. */
function fakeReview() {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const state = { loaded: false };
  const review = { onDidChangeReview: changed.event, isLoaded: () => state.loaded } as unknown as ReviewService;
  return { review, state, fire: (uri: vscode.Uri) => changed.fire(uri), dispose: () => changed.dispose() };
}

describe('ReviewSettler', () => {
  it('settles a draft at once when its sidecar has been read, and holds later changes for the coalescing delay', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The council approved 40 homes.' });
    const fake = fakeReview();
    const settled: number[] = [];
    // Delays far longer than the test waits: only a settle that skips them is seen.
    const settler = new ReviewSettler(fake.review, { typingMs: 60_000, changeMs: 60_000 }, () => settled.push(Date.now()));
    try {
      // A feature read the review while the sidecar was being read (it drew nothing).
      settler.markSettled(document);
      fake.state.loaded = true;
      const loadedAt = Date.now();
      fake.fire(document.uri);
      for (let i = 0; i < 100 && settled.length === 0; i++) await sleep(10);
      assert.equal(settled.length, 1, 'the review after the read was settled without the coalescing delay');
      assert.ok(settled[0] - loadedAt < 1_000);

      // Read with statuses now: the next change (a status set, say) is coalesced as before.
      fake.fire(document.uri);
      await sleep(300);
      assert.equal(settled.length, 1, 'a later change waits for the coalescing delay');
    } finally {
      settler.dispose();
      fake.dispose();
    }
  });
});
