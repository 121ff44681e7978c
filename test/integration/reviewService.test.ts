import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { freshCopy, openDraft, waitFor } from './helpers';
import { annotate, annotationIn, readSidecar, sidecarOf, useApi, waitForLoaded } from './storageHelpers';

const CLAIM = 'Spending on transit rose 12 percent compared with last year';

/** Resolves with the next onDidChangeReview for uri. */
function nextChange(api: FactCheckTestApi, uri: vscode.Uri, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error('no onDidChangeReview'));
    }, timeoutMs);
    const listener = api.review.onDidChangeReview((changed) => {
      if (changed.toString() !== uri.toString()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

describe('review service', () => {
  const apiOf = useApi();
  let api: FactCheckTestApi;
  beforeEach(() => {
    api = apiOf();
  });

  it('caches the review per document version', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    await waitForLoaded(api, editor.document);
    const first = api.review.getReview(editor.document);
    assert.equal(api.review.getReview(editor.document), first);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x')));
    const second = api.review.getReview(editor.document);
    assert.notEqual(second, first);
    assert.equal(second.version, editor.document.version);
  });

  it('detects claims and turns an action on a detected claim into an annotation of its kind', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    await waitForLoaded(api, editor.document);
    const detected = await waitFor(
      () => api.review.getReview(editor.document).items.find((i) => i.detected && !i.annotation),
      'a detected claim',
    );
    const changed = nextChange(api, editor.document.uri);
    const annotation = await api.review.setStatus(editor.document, detected, 'unverified');
    await changed;
    assert.equal(annotation.kind, detected.kind);
    assert.equal(annotation.anchor.exact, detected.text);
    const item = api.review.itemAt(editor.document, detected.start);
    assert.equal(item?.annotation?.id, annotation.id);
    assert.equal(item?.status, 'unverified');
    await api.flush();
    assert.equal(readSidecar(sidecarOf(draft)).annotations[0].status, 'unverified');
  });

  it('records who acted and when, from the editorName setting', async () => {
    const config = vscode.workspace.getConfiguration('factCheck');
    await config.update('editorName', 'Test Editor', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openDraft(freshCopy('budget-vote.md'));
      const created = await annotate(api, editor.document, CLAIM);
      assert.equal(created.history[0].by, 'Test Editor');
      assert.ok(!Number.isNaN(Date.parse(created.createdAt)));
    } finally {
      await config.update('editorName', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('falls back to git user.name for the workspace, else the OS user, when editorName is empty', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    let expected = '';
    try {
      expected = execFileSync('git', ['config', 'user.name'], { cwd: root }).toString().trim();
    } catch {
      // git has no name here: the OS user is next.
    }
    expected ||= userInfo().username;
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const created = await annotate(api, editor.document, CLAIM);
    assert.equal(created.history[0].by, expected);
  });

  it('attaches, edits and removes sources, rejecting bad input with a readable message', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const created = await annotate(api, editor.document, CLAIM);
    const item = () => api.review.findItem(editor.document, created.id)!;
    await assert.rejects(
      api.review.attachSource(editor.document, item(), { url: 'javascript:alert(1)', title: 'x' }),
      (e: Error) => !/\n\s+at /.test(e.message),
    );
    await assert.rejects(api.review.attachSource(editor.document, item(), { url: 'https://example.org/budget', title: '  ' }));
    assert.equal(annotationIn(api, editor.document, created.id)?.sources.length, 0, 'nothing attached by failed attempts');
    const source = await api.review.attachSource(editor.document, item(), {
      url: 'https://example.org/budget',
      title: 'Budget 2026',
      quote: '12 percent',
    });
    await api.review.editSource(editor.document, created.id, source.id, { title: 'City budget 2026' });
    assert.equal(annotationIn(api, editor.document, created.id)?.sources[0].title, 'City budget 2026');
    await api.review.setNote(editor.document, item(), 'Check against the audited figures.');
    assert.equal(annotationIn(api, editor.document, created.id)?.note, 'Check against the audited figures.');
    await api.review.removeSource(editor.document, created.id, source.id);
    assert.equal(annotationIn(api, editor.document, created.id)?.sources.length, 0);
  });

  it('leaves a detected claim unannotated when attaching a source to it fails', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    await waitForLoaded(api, editor.document);
    const detected = await waitFor(
      () => api.review.getReview(editor.document).items.find((i) => i.detected && !i.annotation),
      'a detected claim',
    );
    await assert.rejects(api.review.attachSource(editor.document, detected, { url: 'ftp://example.org/x', title: 'x' }));
    const review = api.review.getReview(editor.document);
    assert.equal(
      review.items.some((i) => i.annotation),
      false,
      'no annotation was left behind',
    );
    await api.flush();
    assert.equal(existsSync(sidecarOf(draft)), false);
  });

  it('moves a dismissed claim out of the items and keeps it dismissed', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const created = await annotate(api, editor.document, CLAIM);
    await api.review.setStatus(editor.document, api.review.findItem(editor.document, created.id)!, 'dismissed');
    const review = api.review.getReview(editor.document);
    assert.equal(
      review.items.some((i) => i.id === created.id),
      false,
    );
    assert.deepEqual(
      review.dismissed.map((i) => i.id),
      [created.id],
    );
  });

  it('re-attaches an annotation to a span an editor chooses', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const created = await annotate(api, editor.document, CLAIM);
    const text = editor.document.getText();
    const target = 'the largest in the city';
    const start = text.indexOf(target);
    await api.review.reattach(editor.document, created.id, start, start + target.length);
    assert.equal(annotationIn(api, editor.document, created.id)?.anchor.exact, target);
  });

  it('rescans and announces the change when factCheck settings change', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    await waitForLoaded(api, editor.document);
    const before = api.review.getReview(editor.document);
    const config = vscode.workspace.getConfiguration('factCheck');
    const changed = nextChange(api, editor.document.uri);
    await config.update('minScore', 1, vscode.ConfigurationTarget.Workspace);
    try {
      await changed;
      const after = api.review.getReview(editor.document);
      assert.notEqual(after, before);
      assert.ok(
        after.items.every((i) => i.annotation || i.score >= 1),
        'only annotated claims below minScore stay',
      );
    } finally {
      await config.update('minScore', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('rejects an empty selection when marking a claim', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    await waitForLoaded(api, editor.document);
    await assert.rejects(api.review.markRangeAsClaim(editor.document, 5, 5), /Select/);
  });
});
