import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import type { DraftTreeNode, FolderNode } from '../../src/extension/drafts/draftTreeModel';
import type { SignOffResult } from '../../src/extension/publish/signOffCommands';
import { getApi, waitFor } from './helpers';
import { findFolder, FOUR_CLAIMS, rowFor, writeDraft } from './draftsHelpers';
import { readSidecar, sidecarOf } from './storageHelpers';

function folderNode(nodes: readonly DraftTreeNode[], label: string): FolderNode {
  const node = findFolder(nodes, label);
  assert.ok(node, `a folder node "${label}" among ${nodes.map((n) => n.label).join(', ')}`);
  return node;
}

/**
 * The Drafts overview and sign-off in a real multi-root workspace (the runner opens `news` and
 * `features` through a .code-workspace file): drafts grouped by workspace folder, then subfolder,
 * with their counts, and a sign-off written beside a draft of the second folder.
 */
describe('multi-root workspace', function () {
  this.timeout(90_000);
  let api: FactCheckTestApi;
  let features: string;

  before(async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(
      folders.map((f) => f.name),
      ['news', 'features'],
    );
    features = folders[1].uri.fsPath;
    mkdirSync(join(features, 'long-reads'), { recursive: true });
    writeDraft(join(features, 'long-reads'), 'harbour.md', FOUR_CLAIMS, ['verified', 'verified', 'verified', 'verified']);
    writeDraft(join(features, 'long-reads'), 'rail.md', FOUR_CLAIMS, ['verified', 'unverified']);
    writeDraft(features, 'column.md', FOUR_CLAIMS, ['disputed']);
    api = await getApi();
    await vscode.commands.executeCommand('factCheck.drafts.focus');
    await api.drafts.refresh();
  });

  it('groups drafts by workspace folder, then subfolder, with their counts', () => {
    const tree = api.drafts.tree();
    const news = folderNode(tree, 'news');
    const second = folderNode(tree, 'features');
    assert.ok(news.drafts >= 3, `the fixtures' drafts under news (${news.drafts})`);
    assert.equal(second.drafts, 3);
    const longReads = folderNode(second.children, 'long-reads');
    assert.deepEqual(
      longReads.children.map((c) => c.label),
      ['rail.md', 'harbour.md'],
      'needing work first',
    );
    assert.equal(second.children[0].label, 'column.md', 'the blocked draft first in its folder');
    assert.deepEqual(rowFor(api, join(features, 'long-reads', 'rail.md'))?.counts, {
      total: 4,
      unreviewed: 2,
      verified: 1,
      unverified: 1,
      disputed: 0,
    });
    assert.equal(rowFor(api, join(features, 'column.md'))?.state, 'blocked-by-disputed');
    assert.equal(rowFor(api, join(features, 'long-reads', 'harbour.md'))?.state, 'ready');
  });

  it('signs off a draft of the second folder, beside it, and the overview shows it', async () => {
    const path = join(features, 'long-reads', 'harbour.md');
    const result = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', vscode.Uri.file(path));
    assert.equal(result?.signedOff, true, result?.refused);
    assert.ok(readSidecar(sidecarOf(path)).signOff, 'signOff written to the sidecar in the second folder');
    await api.drafts.refresh();
    await waitFor(() => rowFor(api, path)?.state === 'signed-off', 'the overview shows harbour.md signed off', 20_000);
    const refused = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', vscode.Uri.file(join(features, 'column.md')));
    assert.equal(refused?.signedOff, false, 'a disputed claim blocks the sign-off');
  });
});
