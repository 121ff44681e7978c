import * as assert from 'node:assert/strict';
import { setSetting } from './editorHelpers';
import { closeAllEditors, freshCopy, getApi, openDraft, waitFor } from './helpers';

const key = (r: { start: number; end: number }) => `${r.start}-${r.end}`;

describe('triage emphasis', () => {
  afterEach(async () => {
    await setSetting('highlights.emphasis', undefined);
    await setSetting('triage.minScore', undefined);
    await closeAllEditors();
  });

  it('draws unreviewed claims at or above factCheck.triage.minScore stronger when highlights.emphasis is "score"', async () => {
    const api = await getApi();
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const uri = editor.document.uri;
    const review = await waitFor(() => api.getReview(uri), 'a review');
    await waitFor(() => (api.getDecorationRanges(uri).unreviewed ?? []).length > 0, 'unreviewed highlights');
    assert.deepEqual(api.getDecorationRanges(uri).emphasised, [], 'no emphasis by default');

    const strong = review.items.filter((item) => item.status === 'unreviewed' && item.score >= 0.8).map(key);
    const weak = review.items.filter((item) => item.status === 'unreviewed' && item.score < 0.8).map(key);
    assert.ok(strong.length > 0 && weak.length > 0, `the fixture has claims on both sides of 0.8 (${strong.length} / ${weak.length})`);

    await setSetting('highlights.emphasis', 'score');
    await waitFor(() => (api.getDecorationRanges(uri).emphasised ?? []).length > 0, 'emphasised highlights');
    assert.deepEqual(api.getDecorationRanges(uri).emphasised?.map(key), strong);
    assert.deepEqual(api.getDecorationRanges(uri).unreviewed?.map(key), weak);

    await setSetting('triage.minScore', 1);
    await waitFor(() => (api.getDecorationRanges(uri).emphasised ?? []).length === 0, 'a threshold of 1 emphasises nothing detected');
  });
});
