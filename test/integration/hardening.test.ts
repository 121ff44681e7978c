import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { DeskMessageHandler } from '../../src/extension/sidebar/deskMessageHandler';
import type { ReviewService } from '../../src/extension/reviewService';
import { fixturePath, freshCopy, openDraft, waitFor, workspaceRoot } from './helpers';
import { annotate, annotationIn, readSidecar, sidecarOf, sleep, useApi } from './storageHelpers';

const CLAIM = 'Spending on transit rose 12 percent compared with last year';

/** A folder outside the workspace, standing for /etc or ~/.ssh. */
function outsideFolder(): string {
  return mkdtempSync(join(tmpdir(), 'factcheck-outside-'));
}

function workspaceFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.includes('.factcheck.json'));
}

describe('hostile sidecars in the workspace (issue 14)', () => {
  const apiOf = useApi();
  let api: FactCheckTestApi;
  beforeEach(() => {
    api = apiOf();
  });

  it('refuses a sidecar that is a symbolic link: never read, never backed up, edits held in memory', async () => {
    const secret = join(outsideFolder(), 'id_rsa');
    const secretText = '-----BEGIN OPENSSH PRIVATE KEY-----\nnot json at all\n';
    writeFileSync(secret, secretText);
    const draft = freshCopy('budget-vote.md');
    symlinkSync(secret, sidecarOf(draft));
    const editor = await openDraft(draft);
    const error = await waitFor(() => api.review.getReview(editor.document).storeError, 'the review to carry the store error', 15_000);
    assert.match(error, /budget-vote\.md\.factcheck\.json is a symbolic link/);
    const held = await annotate(api, editor.document, CLAIM);
    await api.flush();
    await sleep(500);
    assert.ok(annotationIn(api, editor.document, held.id), 'the edit is held in memory');
    assert.equal(readFileSync(secret, 'utf8'), secretText, 'the link target is untouched');
    assert.deepEqual(workspaceFiles(dirname(draft)), [basename(sidecarOf(draft))], 'no backup copy of the target in the workspace');
  });

  it('refuses to write a sidecar into a draft folder that is a link out of the workspace', async () => {
    const outside = outsideFolder();
    copyFileSync(fixturePath('budget-vote.md'), join(outside, 'budget-vote.md'));
    const linked = join(mkdtempSync(join(workspaceRoot(), 'scratch-')), 'linked');
    symlinkSync(outside, linked);
    const editor = await openDraft(join(linked, 'budget-vote.md'));
    const error = await waitFor(() => api.review.getReview(editor.document).storeError, 'the review to carry the store error', 15_000);
    assert.match(error, /inside .*linked, which is a symbolic link/);
    const held = await annotate(api, editor.document, CLAIM);
    await api.flush();
    await sleep(500);
    assert.ok(annotationIn(api, editor.document, held.id), 'the edit is held in memory');
    assert.deepEqual(workspaceFiles(outside), [], 'nothing written outside the workspace');
  });

  it('keeps file-level keys it does not know when it saves', async () => {
    const draft = freshCopy('budget-vote.md');
    writeFileSync(
      sidecarOf(draft),
      JSON.stringify({ version: 1, draft: 'budget-vote.md', annotations: [], team: { desk: 'metro' }, constructor: 'kept' }, null, 2),
    );
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, CLAIM);
    await api.flush();
    await waitFor(() => readSidecar(sidecarOf(draft)).annotations.some((a) => a.id === created.id), 'the annotation to be written');
    const written = JSON.parse(readFileSync(sidecarOf(draft), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(written.team, { desk: 'metro' });
    assert.equal(Object.hasOwn(written, 'constructor') && written.constructor, 'kept');
  });

  it('reports a sidecar nested too deeply and holds edits in memory instead of failing to save unseen', async () => {
    const draft = freshCopy('budget-vote.md');
    const deep = `{"version": 1, "draft": "budget-vote.md", "annotations": [], "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    writeFileSync(sidecarOf(draft), deep);
    const editor = await openDraft(draft);
    const error = await waitFor(() => api.review.getReview(editor.document).storeError, 'the review to carry the store error', 15_000);
    assert.match(error, /^line 1, column \d+: nested deeper than 64 levels/);
    const held = await annotate(api, editor.document, CLAIM);
    await api.flush();
    assert.ok(annotationIn(api, editor.document, held.id));
    assert.equal(readFileSync(sidecarOf(draft), 'utf8'), deep, 'the file is left as it is');
  });
});

describe('desk messages name only the draft the desk shows (issue 14)', () => {
  it('rejects a message about any other document before acting on it', async () => {
    const shown = vscode.Uri.file(join(workspaceRoot(), 'budget-vote.md')).toString();
    const acted: string[] = [];
    const review = new Proxy({}, { get: (_, name) => () => acted.push(String(name)) }) as unknown as ReviewService;
    const warnings: string[] = [];
    const log = { warn: (line: string) => warnings.push(line), info: () => undefined } as unknown as vscode.LogOutputChannel;
    const posted: unknown[] = [];
    const handler = new DeskMessageHandler({
      review,
      post: (m) => posted.push(m),
      onReady: () => undefined,
      onPerf: () => undefined,
      log,
      shownDraft: () => shown,
      openExternal: async () => true,
    });
    for (const uri of ['file:///etc/passwd', vscode.Uri.file(join(workspaceRoot(), 'no-claims.md')).toString(), `${shown}#x`]) {
      const outcomes = [
        await handler.handle({ type: 'openSource', uri, annotationId: 'a1', sourceId: 's1' }),
        await handler.handle({ type: 'setNote', requestId: 1, uri, itemId: 'i1', note: 'x' }),
        await handler.handle({ type: 'reveal', uri, itemId: 'i1' }),
      ];
      for (const outcome of outcomes)
        assert.deepEqual(outcome, { status: 'rejected', reason: 'the message names a document the desk is not showing' }, uri);
    }
    assert.deepEqual(acted, [], 'the review service was never asked');
    assert.deepEqual(
      posted,
      Array.from({ length: 3 }, () => ({
        type: 'result',
        requestId: 1,
        ok: false,
        message: 'That draft is no longer shown in the desk. Pick the claim again.',
      })),
      'requests are still answered',
    );
    assert.equal(warnings.length, 9, 'each refusal is logged');
  });
});
