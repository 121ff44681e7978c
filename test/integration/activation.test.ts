import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, fixturePath, getApi, openDraft, waitFor } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('activates by itself when a markdown draft is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await openDraft('budget-vote.md');
    // onLanguage:markdown must activate it: no explicit activate() call here.
    await waitFor(() => extension.isActive, 'the extension to activate on a markdown draft', 15_000);
  });

  it('returns the API from activate(), with the test hooks because the suites run in test mode', async () => {
    const api = await getApi();
    assert.equal(typeof api.getStatusBarText, 'function');
    assert.ok(api.desk && api.drafts && api.library && api.activation, 'desk, drafts, library and activation hooks');
    assert.equal(typeof api.getReview, 'function');
    assert.equal(typeof api.getDecorationRanges, 'function');
    assert.equal(typeof api.flush, 'function');
    assert.ok(api.review, 'api.review is the review service');
    assert.equal(typeof api.review.isDraft, 'function');
    assert.equal(api.activation.platform, 'desktop');
    console.log(`    desktop activation: activate() ${api.activation.durationMs.toFixed(1)} ms`);
  });

  it('treats markdown and plain-text files as drafts and other languages not', async () => {
    const api = await getApi();
    const markdown = await vscode.workspace.openTextDocument(vscode.Uri.file(fixturePath('budget-vote.md')));
    const plain = await vscode.workspace.openTextDocument(vscode.Uri.file(fixturePath('harbour-notes.txt')));
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "claim": "100 percent" }' });
    assert.equal(markdown.languageId, 'markdown');
    assert.equal(plain.languageId, 'plaintext');
    assert.equal(api.review.isDraft(markdown), true);
    assert.equal(api.review.isDraft(plain), true);
    assert.equal(api.review.isDraft(json), false);
    assert.equal(api.getReview(json.uri), undefined, 'no review for a non-draft');
  });
});
