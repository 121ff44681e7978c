import * as assert from './assert';
import * as vscode from 'vscode';
import type { SidecarFile } from '../../src/core/annotations/types';
import type { FactCheckTestApi } from '../../src/extension/api';
import { getApi, readText, scratchFolder, show, sidecarOf, waitFor, writeText } from './helpers';

const DRAFT = `# Council approves budget after late-night session

The city council approved a $4.2 billion budget on Tuesday, the largest in the city's history.

Spending on transit rose 12 percent compared with last year, according to the finance director.

Residents walked along the river in the evening.
`;

describe('web: core features in the browser', () => {
  let api: FactCheckTestApi;
  let draft: vscode.Uri;

  before(async () => {
    api = await getApi();
    draft = vscode.Uri.joinPath(scratchFolder(), 'budget.md');
    await writeText(draft, DRAFT);
    await show(draft);
  });

  after(async () => {
    await api.flush();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const claimStart = (fragment: string) => DRAFT.indexOf(fragment);
  const itemAt = (start: number) => api.getReview(draft)?.items.find((i) => i.start === start);

  it('highlights the claims and shows the status bar count', async () => {
    const ranges = await waitFor(() => api.getDecorationRanges(draft).unreviewed?.length, 'unreviewed highlights');
    assert.ok(ranges >= 2, `two claims highlighted (${ranges})`);
    assert.ok(itemAt(claimStart('The city council')), 'the budget sentence is a claim');
    assert.equal(itemAt(claimStart('Residents walked')), undefined, 'a scene-setting sentence is not');
    assert.match(await waitFor(() => api.getStatusBarText(), 'the status bar text'), /\d/);
  });

  it('flags a claim and attaches a source through the commands, and writes the sidecar with workspace.fs', async () => {
    const budget = claimStart('The city council');
    const transit = claimStart('Spending on transit');
    await vscode.commands.executeCommand('factCheck.flagUnverified', { uri: draft.toString(), claimStart: budget });
    assert.equal(itemAt(budget)?.status, 'unverified');
    await vscode.commands.executeCommand('factCheck.attachSource', {
      uri: draft.toString(),
      claimStart: transit,
      url: 'https://example.org/finance-report',
      title: 'Finance report 2024',
    });
    assert.equal(itemAt(transit)?.annotation?.sources.length, 1);
    await waitFor(() => (api.getDecorationRanges(draft).unverified?.length ?? 0) > 0, 'the unverified highlight');
    await api.flush();
    const text = await waitFor(() => readText(sidecarOf(draft)), 'the sidecar file');
    const file = JSON.parse(text) as SidecarFile;
    assert.equal(file.draft, 'budget.md');
    const byStatus = file.annotations.map((a) => [a.status, a.sources.map((s) => s.url)]);
    assert.deepEqual(byStatus.sort(), [
      ['unreviewed', ['https://example.org/finance-report']],
      ['unverified', []],
    ]);
  });

  it('merges a sidecar change made elsewhere (file watcher)', async () => {
    const budget = claimStart('The city council');
    const sidecar = sidecarOf(draft);
    const file = JSON.parse((await readText(sidecar)) ?? '{}') as SidecarFile;
    const flagged = file.annotations.find((a) => a.status === 'unverified');
    assert.ok(flagged);
    flagged.status = 'verified';
    await writeText(sidecar, JSON.stringify(file, null, 2) + '\n');
    await waitFor(() => itemAt(budget)?.status === 'verified', 'the change from disk in the review', 10_000);
  });

  it('shows the draft in the Fact-Check desk', async () => {
    await vscode.commands.executeCommand('factCheck.showSidebar');
    await waitFor(() => api.desk.draftUri === draft.toString(), 'the desk showing the draft', 10_000);
  });
});
