import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation, Source } from '../../src/core/annotations/types';
import type { FactCheckTestApi } from '../../src/extension/api';
import { itemStartingAt, markPhrase, openNewDraft, placeCursor, PLAIN_DRAFT, runWithQuickInput } from './editorHelpers';
import { closeAllEditors, getApi, openDraft, waitFor } from './helpers';

describe('editor commands', () => {
  let api: FactCheckTestApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  let gulls: { start: number; end: number };
  let tea: { start: number; end: number };
  let light: { start: number; end: number };

  beforeEach(async () => {
    api = await getApi();
    editor = await openNewDraft(PLAIN_DRAFT);
    uri = editor.document.uri;
    gulls = await markPhrase(editor, 'Gulls circled over the boats.');
    tea = await markPhrase(editor, 'Tea was served at the cafe.');
    light = await markPhrase(editor, 'The light was soft.');
  });

  afterEach(closeAllEditors);

  const statusAt = (start: number) => itemStartingAt(api, uri, start)?.status;

  it('marks the selection as a manual claim', () => {
    const item = itemStartingAt(api, uri, gulls.start);
    assert.ok(item, 'the marked span is a claim');
    assert.equal(item.end, gulls.end);
    assert.equal(item.annotation?.manual, true);
    assert.equal(item.status, 'unreviewed');
  });

  it('does nothing for Mark Selection as Claim with an empty selection', async () => {
    placeCursor(editor, 0);
    const before = api.getReview(uri)?.items.length;
    assert.equal(await vscode.commands.executeCommand('factCheck.markSelectionAsClaim'), undefined);
    assert.equal(api.getReview(uri)?.items.length, before);
  });

  it('sets each status on the claim at the cursor', async () => {
    placeCursor(editor, gulls.start + 3);
    const flagged = await vscode.commands.executeCommand<Annotation>('factCheck.flagUnverified');
    assert.equal(flagged?.status, 'unverified');
    assert.equal(statusAt(gulls.start), 'unverified');
    await vscode.commands.executeCommand('factCheck.markDisputed');
    assert.equal(statusAt(gulls.start), 'disputed');
    await vscode.commands.executeCommand('factCheck.markVerified');
    assert.equal(statusAt(gulls.start), 'verified');
    await vscode.commands.executeCommand('factCheck.clearStatus');
    assert.equal(statusAt(gulls.start), 'unreviewed');
    assert.equal(statusAt(tea.start), 'unreviewed', 'other claims untouched');
  });

  it('targets a claim by {uri, claimStart} or {uri, claimId} whatever the cursor', async () => {
    placeCursor(editor, 0);
    await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: tea.start });
    assert.equal(statusAt(tea.start), 'verified');
    const id = itemStartingAt(api, uri, light.start)?.id;
    assert.ok(id);
    await vscode.commands.executeCommand('factCheck.markDisputed', { uri: uri.toString(), claimId: id });
    assert.equal(statusAt(light.start), 'disputed');
    assert.equal(statusAt(gulls.start), 'unreviewed');
  });

  it('dismisses a claim ("Not a Claim") and can clear that again', async () => {
    await vscode.commands.executeCommand('factCheck.dismissClaim', { uri: uri.toString(), claimStart: tea.start });
    assert.equal(itemStartingAt(api, uri, tea.start), undefined);
    assert.ok(api.getReview(uri)?.dismissed.some((i) => i.start === tea.start));
    await vscode.commands.executeCommand('factCheck.clearStatus', { uri: uri.toString(), claimStart: tea.start });
    assert.equal(statusAt(tea.start), 'unreviewed');
  });

  it('asks which claim when none is at the cursor (quick pick: accept the first, Escape does nothing)', async () => {
    placeCursor(editor, 0);
    const cancelled = await runWithQuickInput('factCheck.flagUnverified', false);
    assert.equal(cancelled, undefined);
    assert.deepEqual(
      [gulls, tea, light].map((c) => statusAt(c.start)),
      ['unreviewed', 'unreviewed', 'unreviewed'],
    );
    const annotation = await runWithQuickInput<Annotation>('factCheck.flagUnverified', true);
    assert.equal(annotation?.status, 'unverified');
    assert.equal(statusAt(gulls.start), 'unverified', 'the first claim in the list is the first in the draft');
  });

  it('shows an error, not a stack, for a claim argument that names nothing', async () => {
    const result = await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: 1 });
    assert.equal(result, undefined);
    assert.deepEqual(
      [gulls, tea, light].map((c) => statusAt(c.start)),
      ['unreviewed', 'unreviewed', 'unreviewed'],
    );
  });

  it('attaches a source given as an argument, trimmed and complete', async () => {
    const source = await vscode.commands.executeCommand<Source>('factCheck.attachSource', {
      uri: uri.toString(),
      claimStart: gulls.start,
      url: ' https://example.org/gulls ',
      title: 'Gull census 2024',
      quote: 'Gulls were counted over the harbour.',
      note: 'page 4',
    });
    assert.equal(source?.url, 'https://example.org/gulls');
    const sources = itemStartingAt(api, uri, gulls.start)?.annotation?.sources ?? [];
    assert.equal(sources.length, 1);
    assert.deepEqual(
      { url: sources[0].url, title: sources[0].title, quote: sources[0].quote, note: sources[0].note },
      { url: 'https://example.org/gulls', title: 'Gull census 2024', quote: 'Gulls were counted over the harbour.', note: 'page 4' },
    );
  });

  it('rejects a bad source URL or a missing title and attaches nothing', async () => {
    for (const bad of [
      { url: 'javascript:alert(1)', title: 'x' },
      { url: 'ftp://example.org/file', title: 'x' },
      { url: 'not a url', title: 'x' },
      { url: 'https://example.org/ok', title: '   ' },
    ]) {
      const result = await vscode.commands.executeCommand('factCheck.attachSource', {
        uri: uri.toString(),
        claimStart: gulls.start,
        ...bad,
      });
      assert.equal(result, undefined, JSON.stringify(bad));
    }
    assert.equal(itemStartingAt(api, uri, gulls.start)?.annotation?.sources.length ?? 0, 0);
  });

  it('cancels Attach Source when the URL prompt is escaped', async () => {
    placeCursor(editor, gulls.start);
    const result = await runWithQuickInput('factCheck.attachSource', false);
    assert.equal(result, undefined);
    assert.equal(itemStartingAt(api, uri, gulls.start)?.annotation?.sources.length ?? 0, 0);
  });

  it('goes to the next and previous claim, wrapping around, selecting it', async () => {
    const selected = () => ({
      start: editor.document.offsetAt(editor.selection.start),
      end: editor.document.offsetAt(editor.selection.end),
    });
    placeCursor(editor, 0);
    await vscode.commands.executeCommand('factCheck.nextClaim');
    assert.deepEqual(selected(), gulls);
    await vscode.commands.executeCommand('factCheck.nextClaim');
    assert.deepEqual(selected(), tea);
    await vscode.commands.executeCommand('factCheck.nextClaim');
    assert.deepEqual(selected(), light);
    await vscode.commands.executeCommand('factCheck.nextClaim');
    assert.deepEqual(selected(), gulls, 'wraps to the first');
    await vscode.commands.executeCommand('factCheck.previousClaim');
    assert.deepEqual(selected(), light, 'wraps to the last');
    await vscode.commands.executeCommand('factCheck.previousClaim');
    assert.deepEqual(selected(), tea);
  });

  it('goes to the next claim that is not verified', async () => {
    await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: tea.start });
    await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: light.start });
    placeCursor(editor, gulls.end + 1);
    const found = await vscode.commands.executeCommand('factCheck.nextUnverifiedClaim');
    assert.deepEqual(found, gulls, 'skips the verified ones and wraps');
    assert.equal(editor.document.offsetAt(editor.selection.start), gulls.start);
    await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: gulls.start });
    assert.equal(await vscode.commands.executeCommand('factCheck.nextUnverifiedClaim'), undefined, 'nothing left to check');
  });

  it('rescans the draft on Scan Current Draft and reports the claim count', async () => {
    const count = await vscode.commands.executeCommand<number>('factCheck.scanDocument');
    assert.equal(count, api.getReview(uri)?.items.length);
    assert.ok((count ?? 0) >= 3);
  });

  it('toggles highlights for the session', async () => {
    await waitFor(() => (api.getDecorationRanges(uri).unreviewed ?? []).length === 3, 'three unreviewed highlights');
    assert.equal(await vscode.commands.executeCommand('factCheck.toggleHighlights'), false);
    assert.deepEqual(api.getDecorationRanges(uri), {});
    assert.equal(await vscode.commands.executeCommand('factCheck.toggleHighlights'), true);
    assert.equal((api.getDecorationRanges(uri).unreviewed ?? []).length, 3);
  });

  it('shows the Fact-Check desk, with or without a claim', async () => {
    assert.equal(await vscode.commands.executeCommand('factCheck.showSidebar'), true);
    assert.equal(await vscode.commands.executeCommand('factCheck.showSidebar', { uri: uri.toString(), claimStart: tea.start }), true);
  });

  it('re-attaches an orphaned annotation to the selection', async () => {
    await vscode.commands.executeCommand('factCheck.markVerified', { uri: uri.toString(), claimStart: tea.start });
    await api.flush();
    await closeAllEditors();
    // The draft changes outside the editor and the claim's sentence is gone: its annotation cannot be anchored.
    const path = uri.fsPath;
    writeFileSync(path, readFileSync(path, 'utf8').replace('Tea was served at the cafe. ', ''), 'utf8');
    editor = await openDraft(path);
    const orphans = await waitFor(() => {
      const found = api.getReview(uri)?.orphans ?? [];
      return found.length > 0 ? found : undefined;
    }, 'an orphaned annotation');
    const target = 'Someone mentioned the ferry.';
    const start = editor.document.getText().indexOf(target);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + target.length));
    assert.equal(await runWithQuickInput('factCheck.reattachOrphan', true), true);
    assert.equal(api.getReview(uri)?.orphans.length, 0);
    const item = itemStartingAt(api, uri, start);
    assert.equal(item?.annotation?.id, orphans[0].id);
    assert.equal(item?.status, 'verified');
  });

  it('says so when there is no orphan to re-attach', async () => {
    editor.selection = new vscode.Selection(editor.document.positionAt(tea.start), editor.document.positionAt(tea.end));
    assert.equal(await vscode.commands.executeCommand('factCheck.reattachOrphan'), false);
  });
});
