import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { detectClaims } from '../../src/core/claims';
import { draftLanguageOf } from '../../src/core/document';
import type { DraftReview } from '../../src/core/review/types';
import { closeAllEditors, freshCopy, getApi, openDraft, waitFor } from './helpers';

/** The span and kind of a claim, comparable across the engine and the review. */
function spans(claims: readonly { start: number; end: number; kind: string; text: string }[]): string[] {
  return claims.map((c) => `${c.start}-${c.end} ${c.kind} ${JSON.stringify(c.text)}`);
}

async function reviewOf(document: vscode.TextDocument): Promise<DraftReview> {
  const api = await getApi();
  // Scans may be debounced: wait for the review of the document's current version.
  return waitFor(() => {
    const review = api.getReview(document.uri);
    return review && review.version === document.version ? review : undefined;
  }, `the review of ${document.uri.path} at version ${document.version}`);
}

function assertMatchesEngine(document: vscode.TextDocument, review: DraftReview): void {
  const engine = detectClaims(document.getText(), draftLanguageOf(document.languageId));
  const detected = review.items.filter((item) => item.detected);
  assert.deepEqual(
    spans(detected),
    spans(engine),
    'the extension reports exactly what the core engine detects (default settings, no sidecar)',
  );
  for (const item of review.items)
    assert.equal(item.text, document.getText().slice(item.start, item.end), `item ${item.id} text is the document slice`);
}

describe('claims reported by the extension', () => {
  afterEach(closeAllEditors);

  for (const name of ['budget-vote.md', 'harbour-notes.txt']) {
    it(`match the core engine for ${name}, and there are some`, async () => {
      const editor = await openDraft(freshCopy(name));
      const review = await reviewOf(editor.document);
      assertMatchesEngine(editor.document, review);
      assert.ok(review.items.length > 0, `${name} has obvious claims (figures, attributions); the review must not be empty`);
      assert.deepEqual(review.orphans, [], 'a draft without a sidecar has no orphans');
    });
  }

  it('finds nothing in a draft without claims', async () => {
    const editor = await openDraft(freshCopy('no-claims.md'));
    const review = await reviewOf(editor.document);
    assertMatchesEngine(editor.document, review);
  });

  it('follows edits: a typed claim appears in the review of the new version', async () => {
    const editor = await openDraft(freshCopy('no-claims.md'));
    const before = await reviewOf(editor.document);
    const sentence = '\nUnemployment fell to 3.1 percent in March, the statistics office said.\n';
    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), sentence));
    const after = await reviewOf(editor.document);
    assert.ok(after.version > before.version, 'the review moved to the edited version');
    assertMatchesEngine(editor.document, after);
    assert.ok(
      after.items.some((item) => item.text.includes('3.1 percent')),
      'the typed statistic is reported',
    );
  });

  it('decorates only ranges that are claims in the review', async () => {
    const api = await getApi();
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const review = await reviewOf(editor.document);
    const claimRanges = new Set(review.items.map((item) => `${item.start}-${item.end}`));
    const decorated = Object.entries(api.getDecorationRanges(editor.document.uri));
    for (const [style, ranges] of decorated) {
      for (const range of ranges)
        assert.ok(claimRanges.has(`${range.start}-${range.end}`), `${style} decoration ${range.start}-${range.end} is a claim`);
    }
  });
});
