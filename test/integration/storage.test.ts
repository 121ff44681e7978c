import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { closeAllEditors, fixturePath, freshCopy, openDraft, waitFor } from './helpers';
import {
  annotate,
  annotationIn,
  readSidecar,
  renameFile,
  sidecarOf,
  sleep,
  spanOf,
  useApi,
  waitForFile,
  waitForLoaded,
} from './storageHelpers';

const CLAIM = 'Spending on transit rose 12 percent compared with last year';
const OTHER_CLAIM = 'The vote came two years after the 2023 audit';

describe('annotation storage', () => {
  const apiOf = useApi();
  let api: FactCheckTestApi;
  beforeEach(() => {
    api = apiOf();
  });

  it('creates no sidecar when a draft is opened and reviewed', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    api.review.getReview(editor.document);
    await waitForLoaded(api, editor.document);
    await sleep(700); // longer than the write delay
    assert.equal(existsSync(sidecarOf(draft)), false);
    assert.deepEqual(readdirSync(dirname(draft)), [basename(draft)]);
  });

  it('writes the sidecar once an editor acts, atomically and without leftovers', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, CLAIM);
    await api.review.setStatus(editor.document, api.review.findItem(editor.document, created.id)!, 'verified');
    await api.flush();
    const file = readSidecar(sidecarOf(draft));
    assert.equal(file.draft, 'budget-vote.md');
    assert.deepEqual(
      file.annotations.map((a) => [a.id, a.status, a.anchor.exact]),
      [[created.id, 'verified', CLAIM]],
    );
    assert.deepEqual(readdirSync(dirname(draft)).sort(), [basename(draft), basename(sidecarOf(draft))].sort());
  });

  it('keeps annotations on their text while typing before them, in memory and in the sidecar', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, CLAIM);
    const before = created.anchor.start;
    const inserted = 'BREAKING: ';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)));
    const moved = annotationIn(api, editor.document, created.id);
    assert.ok(moved, 'the annotation is still in the review');
    assert.equal(moved.anchor.start, before + inserted.length);
    assert.equal(editor.document.getText().slice(moved.anchor.start, moved.anchor.end), CLAIM);
    await api.flush();
    const stored = readSidecar(sidecarOf(draft)).annotations.find((a) => a.id === created.id);
    assert.equal(stored?.anchor.start, before + inserted.length);
  });

  it('re-anchors when the draft changes outside the editor', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, OTHER_CLAIM);
    await api.flush();
    const paragraph = 'An inserted paragraph written by another tool.\n\n';
    const original = readFileSync(draft, 'utf8');
    const cut = original.indexOf('Spending');
    writeFileSync(draft, original.slice(0, cut) + paragraph + original.slice(cut));
    await waitFor(() => editor.document.getText().includes('An inserted paragraph'), 'VS Code to reload the draft', 10_000);
    const expected = spanOf(editor.document, OTHER_CLAIM);
    const moved = await waitFor(() => {
      const a = annotationIn(api, editor.document, created.id);
      return a && a.anchor.start === expected.start ? a : undefined;
    }, 'the annotation to follow its text');
    assert.equal(moved.orphaned, undefined);
    await api.flush();
    assert.equal(readSidecar(sidecarOf(draft)).annotations[0].anchor.start, expected.start);
  });

  it('finds an annotation again when another tool moves its paragraph while the draft is open', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, OTHER_CLAIM);
    await api.flush();
    // Move the last paragraph (holding the claim) to the top, as a reorganising editor in another tool would.
    const paragraphs = readFileSync(draft, 'utf8').trimEnd().split('\n\n');
    const last = paragraphs.pop()!;
    writeFileSync(draft, [paragraphs[0], last, ...paragraphs.slice(1)].join('\n\n') + '\n');
    await waitFor(
      () => editor.document.getText().indexOf(OTHER_CLAIM) < editor.document.getText().indexOf('Spending'),
      'VS Code to reload the draft',
      10_000,
    );
    const expected = spanOf(editor.document, OTHER_CLAIM);
    const found = await waitFor(() => {
      const a = annotationIn(api, editor.document, created.id);
      return a && a.anchor.start === expected.start && !a.orphaned ? a : undefined;
    }, 'the annotation at its moved text');
    assert.equal(found.anchor.exact, OTHER_CLAIM);
  });

  it('re-anchors on open when the draft changed while it was closed, and saves the new positions', async () => {
    const first = freshCopy('budget-vote.md');
    const firstEditor = await openDraft(first);
    const created = await annotate(api, firstEditor.document, OTHER_CLAIM);
    await api.flush();
    const stored = readFileSync(sidecarOf(first), 'utf8');

    // The same draft and sidecar elsewhere, edited by another tool while no editor had it open.
    const draft = freshCopy('budget-vote.md');
    writeFileSync(sidecarOf(draft), stored);
    writeFileSync(draft, `A new opening paragraph.\n\n${readFileSync(draft, 'utf8')}`);
    const editor = await openDraft(draft);
    const expected = spanOf(editor.document, OTHER_CLAIM);
    await waitFor(
      () => annotationIn(api, editor.document, created.id)?.anchor.start === expected.start,
      'the annotation to be found again',
    );
    await api.flush();
    await waitFor(() => readSidecar(sidecarOf(draft)).annotations[0].anchor.start === expected.start, 'the new position to be saved');
  });

  it('moves the sidecar along when the draft is renamed', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const created = await annotate(api, editor.document, CLAIM);
    await api.flush();
    const renamed = join(dirname(draft), 'budget-final.md');
    await renameFile(draft, renamed);
    await waitForFile(sidecarOf(renamed), true, 'the sidecar at the new name');
    await waitForFile(sidecarOf(draft), false, 'the old sidecar to go');
    const file = readSidecar(sidecarOf(renamed));
    assert.equal(file.draft, 'budget-final.md');
    assert.deepEqual(
      file.annotations.map((a) => a.id),
      [created.id],
    );
    const reopened = await vscode.workspace.openTextDocument(vscode.Uri.file(renamed));
    await waitFor(() => annotationIn(api, reopened, created.id), 'the renamed draft to show the annotation');
  });

  it('keeps the sidecar when the draft is deleted', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    await annotate(api, editor.document, CLAIM);
    await api.flush();
    await closeAllEditors();
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(vscode.Uri.file(draft));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await sleep(500);
    assert.equal(existsSync(draft), false);
    assert.equal(readSidecar(sidecarOf(draft)).annotations.length, 1);
  });

  it('never touches a corrupt sidecar, reports it, holds edits in memory and merges them once it is fixed', async () => {
    const draft = freshCopy('budget-vote.md');
    const corrupt = '{"version": 1, "draft": "budget-vote.md", "annotations": [ {"id": "x"';
    writeFileSync(sidecarOf(draft), corrupt);
    const editor = await openDraft(draft);
    await waitFor(() => api.review.getReview(editor.document).storeError, 'the review to carry the store error');
    const held = await annotate(api, editor.document, CLAIM);
    await api.flush();
    await sleep(500);
    assert.equal(readFileSync(sidecarOf(draft), 'utf8'), corrupt, 'the corrupt file is byte-for-byte unchanged');
    assert.ok(annotationIn(api, editor.document, held.id), 'the edit is held in memory');
    const backups = readdirSync(dirname(draft)).filter((n) => n.startsWith(`${basename(sidecarOf(draft))}.corrupt-`));
    assert.equal(backups.length, 1, 'one backup of the unreadable file');
    assert.equal(readFileSync(join(dirname(draft), backups[0]), 'utf8'), corrupt);

    // Someone fixes the file by hand: the held annotation is merged into it and written.
    writeFileSync(sidecarOf(draft), JSON.stringify({ version: 1, draft: 'budget-vote.md', annotations: [] }, null, 2));
    await waitFor(() => api.review.getReview(editor.document).storeError === undefined, 'the store error to clear', 10_000);
    await api.flush();
    await waitFor(
      () => readSidecar(sidecarOf(draft)).annotations.some((a) => a.id === held.id),
      'the held annotation to be written',
      10_000,
    );
  });

  it('holds edits in memory while the sidecar cannot be read at all, and saves them once it can', async () => {
    const draft = freshCopy('budget-vote.md');
    mkdirSync(sidecarOf(draft)); // a folder where the file should be: every read and write fails
    const editor = await openDraft(draft);
    await waitFor(() => api.review.getReview(editor.document).storeError, 'the review to carry the store error');
    const held = await annotate(api, editor.document, CLAIM);
    await api.flush();
    assert.ok(statSync(sidecarOf(draft)).isDirectory(), 'left as it is');
    assert.ok(annotationIn(api, editor.document, held.id));

    rmSync(sidecarOf(draft), { recursive: true });
    await api.review.setNote(editor.document, api.review.findItem(editor.document, held.id)!, 'retry');
    await api.flush();
    await waitFor(() => existsSync(sidecarOf(draft)) && statSync(sidecarOf(draft)).isFile(), 'the sidecar to be written');
    assert.deepEqual(
      readSidecar(sidecarOf(draft)).annotations.map((a) => [a.id, a.note]),
      [[held.id, 'retry']],
    );
    assert.equal(api.review.getReview(editor.document).storeError, undefined);
  });

  it('survives a crash mid-write: stale and torn temp files are never read as the sidecar', async () => {
    // A first session produces a valid sidecar.
    const first = freshCopy('budget-vote.md');
    const firstEditor = await openDraft(first);
    const kept = await annotate(api, firstEditor.document, CLAIM);
    await api.flush();
    const valid = readFileSync(sidecarOf(first), 'utf8');
    await closeAllEditors();

    // The same draft elsewhere, whose last session crashed: a stale temp file from long ago, and a
    // torn (half-written) one from a write killed before its rename.
    const draft = freshCopy('budget-vote.md');
    writeFileSync(sidecarOf(draft), valid);
    const stale = `${sidecarOf(draft)}.tmp-stale01`;
    const torn = `${sidecarOf(draft)}.tmp-torn0001`;
    writeFileSync(stale, valid.replace(kept.id, 'from-the-stale-temp'));
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    writeFileSync(torn, valid.replace(kept.id, 'from-the-torn-temp').slice(0, Math.floor(valid.length / 2)));

    const editor = await openDraft(draft);
    await waitFor(() => annotationIn(api, editor.document, kept.id), 'the annotation from the valid sidecar');
    const review = api.review.getReview(editor.document);
    assert.equal(review.storeError, undefined);
    assert.deepEqual(
      [...review.items, ...review.dismissed].filter((i) => i.annotation).map((i) => i.annotation!.id),
      [kept.id],
    );
    assert.equal(readFileSync(sidecarOf(draft), 'utf8'), valid, 'opening rewrote nothing');
    await waitForFile(stale, false, 'the stale temp file to be cleaned up');
    assert.equal(existsSync(torn), true, 'a recent temp file may belong to a write in progress: left alone');
  });

  it('merges an outside change to the sidecar with unsaved in-memory changes', async () => {
    const draft = freshCopy('budget-vote.md');
    const editor = await openDraft(draft);
    const ours = await annotate(api, editor.document, CLAIM);
    await api.flush();
    const lastWritten = readSidecar(sidecarOf(draft));

    // In memory: flag our claim (not yet written: the write waits ~300 ms).
    await api.review.setStatus(editor.document, api.review.findItem(editor.document, ours.id)!, 'unverified');
    // Meanwhile a second window adds its own annotation to the file it last saw.
    const text = editor.document.getText();
    const start = text.indexOf(OTHER_CLAIM);
    const theirs = {
      ...lastWritten.annotations[0],
      id: 'second-window-annotation',
      anchor: {
        exact: OTHER_CLAIM,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(start + OTHER_CLAIM.length, start + OTHER_CLAIM.length + 32),
        start,
        end: start + OTHER_CLAIM.length,
      },
      status: 'disputed' as const,
      manual: true,
    };
    writeFileSync(sidecarOf(draft), JSON.stringify({ ...lastWritten, annotations: [...lastWritten.annotations, theirs] }, null, 2));

    await waitFor(() => annotationIn(api, editor.document, theirs.id), "the other window's annotation to appear", 10_000);
    assert.equal(annotationIn(api, editor.document, ours.id)?.status, 'unverified', 'our unsaved change survives');
    await api.flush();
    const merged = await waitFor(
      () => {
        const file = readSidecar(sidecarOf(draft));
        const statuses = Object.fromEntries(file.annotations.map((a) => [a.id, a.status]));
        return statuses[ours.id] === 'unverified' && statuses[theirs.id] === 'disputed' ? file : undefined;
      },
      'the sidecar to hold both changes',
      10_000,
    );
    assert.equal(merged.annotations.length, 2);
  });

  it('backs up a sidecar in an older format as .bak before rewriting it in the current one', async () => {
    const draft = freshCopy('budget-vote.md');
    const text = readFileSync(draft, 'utf8');
    const start = text.indexOf(CLAIM);
    const v0 = JSON.stringify(
      { draft: 'budget-vote.md', claims: [{ quote: CLAIM, start, end: start + CLAIM.length, status: 'flagged' }] },
      null,
      2,
    );
    writeFileSync(sidecarOf(draft), v0);
    const editor = await openDraft(draft);
    const migrated = await waitFor(() => api.review.getReview(editor.document).items.find((i) => i.annotation), 'the migrated annotation');
    assert.equal(migrated.status, 'unverified');
    assert.equal(migrated.text, CLAIM);
    await api.review.setStatus(editor.document, migrated, 'verified');
    await api.flush();
    assert.equal(readFileSync(`${sidecarOf(draft)}.bak`, 'utf8'), v0, 'the original bytes are kept');
    const file = readSidecar(sidecarOf(draft));
    assert.equal(file.version, 1);
    assert.equal(file.annotations[0].status, 'verified');
  });

  it('carries annotations of an untitled draft over to the file it is saved as', async () => {
    const target = join(dirname(freshCopy('no-claims.md')), 'new-story.md');
    // An untitled buffer with an associated path saves there without a dialog.
    const untitled = await vscode.workspace.openTextDocument(vscode.Uri.file(target).with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(untitled);
    if (editor.document.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(editor.document, 'markdown');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), readFileSync(fixturePath('budget-vote.md'), 'utf8'))));
    const created = await annotate(api, editor.document, CLAIM);
    await api.flush();
    assert.equal(existsSync(sidecarOf(target)), false, 'an untitled draft keeps its annotations in memory');

    assert.ok(await editor.document.save());
    const saved = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === target),
      'the saved document',
    );
    await waitFor(() => annotationIn(api, saved, created.id), 'the annotation on the saved draft');
    await api.flush();
    await waitFor(
      () => existsSync(sidecarOf(target)) && readSidecar(sidecarOf(target)).annotations.some((a) => a.id === created.id),
      'the sidecar of the saved draft',
    );
  });

  it('keeps sidecars in a mirrored .factcheck/ folder in the workspaceFolder mode, and moves them on rename', async () => {
    const config = vscode.workspace.getConfiguration('factCheck');
    await config.update('sidecarLocation', 'workspaceFolder', vscode.ConfigurationTarget.Workspace);
    try {
      const draft = freshCopy('budget-vote.md');
      const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
      const mirrored = (path: string) => join(root, '.factcheck', `${path.slice(root.length + 1)}.factcheck.json`);
      const editor = await openDraft(draft);
      const created = await annotate(api, editor.document, CLAIM);
      await api.flush();
      await waitForFile(mirrored(draft), true, 'the sidecar under .factcheck/');
      assert.equal(existsSync(sidecarOf(draft)), false, 'nothing beside the draft');

      const renamed = join(dirname(draft), 'renamed.md');
      await renameFile(draft, renamed);
      await waitForFile(mirrored(renamed), true, 'the mirrored sidecar at the new name');
      await waitForFile(mirrored(draft), false, 'the old mirrored sidecar to go');
      assert.deepEqual(
        readSidecar(mirrored(renamed)).annotations.map((a) => a.id),
        [created.id],
      );

      // Renaming the draft's folder moves the mirrored folder too.
      const folder = dirname(renamed);
      const movedFolder = `${folder}-moved`;
      await renameFile(folder, movedFolder);
      const movedDraft = join(movedFolder, 'renamed.md');
      await waitForFile(mirrored(movedDraft), true, 'the mirrored sidecar in the renamed folder');
      assert.equal(existsSync(mirrored(renamed)), false);
      const reopened = await vscode.workspace.openTextDocument(vscode.Uri.file(movedDraft));
      await waitFor(() => annotationIn(api, reopened, created.id), 'the moved draft to show the annotation');
    } finally {
      await config.update('sidecarLocation', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
