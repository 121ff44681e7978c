import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { closeAllEditors, getApi, openDraft, waitFor } from './helpers';
import { draftsFolder, findFolder, FOUR_CLAIMS, NO_CLAIMS, rowFor, writeDraft } from './draftsHelpers';

describe('drafts overview', function () {
  this.timeout(60_000);
  let api: FactCheckTestApi;
  let folder: string;

  before(async () => {
    api = await getApi();
    folder = draftsFolder('overview');
    writeDraft(folder, 'a-ready.md', NO_CLAIMS);
    writeDraft(folder, 'b-needs-work.md', FOUR_CLAIMS, ['verified', 'unverified']);
    writeDraft(folder, 'c-blocked.md', FOUR_CLAIMS, ['verified', 'verified', 'disputed', 'verified']);
    writeDraft(folder, 'd-all-verified.txt', FOUR_CLAIMS, ['verified', 'verified', 'verified', 'verified']);
    const broken = writeDraft(folder, 'e-broken.md', FOUR_CLAIMS);
    writeFileSync(`${broken}.factcheck.json`, '{ "version": 1, "draft": ');
    await vscode.commands.executeCommand('factCheck.drafts.focus');
    await api.drafts.refresh();
  });

  after(async () => {
    await closeAllEditors();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists every draft with its counts and state, without opening any of them', () => {
    const ready = rowFor(api, join(folder, 'a-ready.md'));
    assert.equal(ready?.state, 'ready');
    assert.equal(ready?.counts?.total, 0);
    const work = rowFor(api, join(folder, 'b-needs-work.md'));
    assert.equal(work?.state, 'needs-work');
    assert.deepEqual(work?.counts, { total: 4, unreviewed: 2, verified: 1, unverified: 1, disputed: 0 });
    const blocked = rowFor(api, join(folder, 'c-blocked.md'));
    assert.equal(blocked?.state, 'blocked-by-disputed');
    assert.equal(blocked?.counts?.disputed, 1);
    assert.equal(rowFor(api, join(folder, 'd-all-verified.txt'))?.state, 'ready');
    const broken = rowFor(api, join(folder, 'e-broken.md'));
    assert.equal(broken?.state, 'unreadable');
    assert.match(broken?.problem ?? '', /line 1/);
    const opened = vscode.workspace.textDocuments.filter((d) => d.uri.fsPath.startsWith(folder));
    assert.deepEqual(
      opened.map((d) => d.uri.fsPath),
      [],
      'counting must not open drafts as documents',
    );
  });

  it('puts drafts that need attention first inside their folder', () => {
    const node = findFolder(api.drafts.tree(), folder.slice(folder.lastIndexOf('/') + 1));
    assert.ok(node && node.kind === 'folder', 'a folder node for the suite folder');
    assert.deepEqual(
      node.children.map((c) => c.label),
      ['e-broken.md', 'c-blocked.md', 'b-needs-work.md', 'a-ready.md', 'd-all-verified.txt'],
    );
    assert.equal(node.needAttention, 3);
  });

  it('follows the file system: new drafts, changed sidecars and deleted drafts', async () => {
    const added = writeDraft(folder, 'f-new.md', FOUR_CLAIMS);
    await waitFor(() => rowFor(api, added)?.counts?.unreviewed === 4, 'the new draft listed with 4 unreviewed claims', 20_000);
    writeDraft(folder, 'f-new.md', FOUR_CLAIMS, ['disputed']);
    await waitFor(() => rowFor(api, added)?.state === 'blocked-by-disputed', 'the draft blocked after its sidecar changed', 20_000);
    rmSync(added);
    await waitFor(() => rowFor(api, added) === undefined, 'the deleted draft gone from the list', 20_000);
  });

  it('shows an open draft with its live, unsaved counts', async () => {
    const path = writeDraft(folder, 'g-live.md', NO_CLAIMS);
    await api.drafts.refresh();
    assert.equal(rowFor(api, path)?.counts?.total, 0);
    const editor = await openDraft(path);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), `${FOUR_CLAIMS}\n\n`));
    await waitFor(() => rowFor(api, path)?.counts?.total === 4, 'the unsaved claims counted', 20_000);
    assert.equal(rowFor(api, path)?.state, 'needs-work');
  });

  it('shows the drafts view with a refresh command and opens a draft on click', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('factCheck.refreshDrafts'));
    const stats = await vscode.commands.executeCommand<{ drafts: number }>('factCheck.refreshDrafts');
    assert.ok(stats && stats.drafts >= 5);
  });
});
