import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { Source } from '../../src/core/annotations/types';
import type { CheckSourcesResult } from '../../src/extension/sources/sourceCheckCommands';
import { closeAllEditors, freshCopy, getApi, openDraft, waitFor, workspaceRoot } from './helpers';

/** The markdown as a reader sees its words: backslash escapes and entities undone. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('source health: check-sources in the extension host', function () {
  this.timeout(60_000); // several engineers' extension hosts share two cores
  let server: http.Server;
  let origin = '';
  const hits: string[] = [];

  before(async () => {
    server = http.createServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/budget') {
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body><p>The council approved a $4.2 billion budget on Tuesday.</p></body></html>');
      } else if (request.url === '/slow') {
        // Never answers: the injected timeout ends it.
      } else response.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await vscode.workspace
      .getConfiguration('factCheck')
      .update('sources.allowPrivateAddresses', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('fetches only on the command, saves each result in the sidecar and shows problems in the hover', async () => {
    const api = await getApi();
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const { document } = editor;
    const uri = document.uri;
    const text = document.getText();
    const review = await waitFor(() => api.getReview(uri), 'a review');
    const budget = review.items.find((i) => i.text.includes('$4.2 billion'));
    const transit = review.items.find((i) => i.text.includes('12 percent'));
    assert.ok(budget && transit, 'fixture claims');
    const attach = (claimStart: number, path: string, quote: string) =>
      vscode.commands.executeCommand<Source>('factCheck.attachSource', {
        uri: uri.toString(),
        claimStart,
        url: `${origin}${path}`,
        title: path.slice(1),
        quote,
      });
    assert.ok(await attach(budget.start, '/budget', 'approved a $4.2 billion budget'));
    assert.ok(await attach(transit.start, '/transit', 'transit rose 12 percent'));
    assert.ok(await attach(transit.start, '/slow', 'transit rose 12 percent'));
    await api.flush();
    assert.deepEqual(hits, [], 'attaching a source fetches nothing');

    // The sources are on 127.0.0.1: refused, even when the workspace's own settings (which come with its sidecars) allow it.
    const settingsFolder = `${workspaceRoot()}/.vscode`;
    mkdirSync(settingsFolder, { recursive: true });
    writeFileSync(
      `${settingsFolder}/settings.json`,
      JSON.stringify({ 'factCheck.sources.allowPrivateAddresses': true, 'factCheck.highlights.showUnreviewed': true }),
    );
    try {
      // The second setting is an ordinary one with its default value: read, it shows that the file was.
      await waitFor(
        () => vscode.workspace.getConfiguration('factCheck').inspect('highlights.showUnreviewed')?.workspaceValue === true || undefined,
        'the workspace settings read',
      );
      const refused = await vscode.commands.executeCommand<CheckSourcesResult>('factCheck.checkSources', {
        uri: uri.toString(),
        timeoutMs: 500,
      });
      assert.deepEqual(refused, { drafts: 1, checked: 3, problems: 3, refusedAddresses: 3, cancelled: false });
      assert.deepEqual(hits, [], 'nothing was fetched from this computer');
    } finally {
      rmSync(settingsFolder, { recursive: true, force: true });
    }
    await vscode.workspace.getConfiguration('factCheck').update('sources.allowPrivateAddresses', true, vscode.ConfigurationTarget.Global);

    const result = await vscode.commands.executeCommand<CheckSourcesResult>('factCheck.checkSources', {
      uri: uri.toString(),
      timeoutMs: 500,
    });
    assert.deepEqual(result, { drafts: 1, checked: 3, problems: 2, refusedAddresses: 0, cancelled: false });
    assert.deepEqual([...hits].sort(), ['/budget', '/slow', '/transit']);

    // Written to disk by the command itself (no flush needed), atomically through the store.
    const sidecar = vscode.Uri.file(`${uri.fsPath}.factcheck.json`);
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)));
    const sources: Source[] = saved.annotations.flatMap((a: { sources: Source[] }) => a.sources);
    const byTitle = new Map(sources.map((s) => [s.title, s]));
    assert.equal(byTitle.get('budget')?.httpStatus, 200);
    assert.equal(byTitle.get('budget')?.quoteFound, true);
    assert.equal(byTitle.get('transit')?.httpStatus, 404);
    assert.equal(byTitle.get('slow')?.fetchError, 'timeout');
    assert.equal(document.getText(), text, 'the draft is untouched');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      document.positionAt(transit.start + 1),
    );
    const markdown = plain(hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : ''))).join('\n'));
    assert.match(markdown, /⚠ broken link \(HTTP 404\)/);
    assert.match(markdown, /⚠ broken link \(no answer within 10 s\)/);
    const budgetHover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      document.positionAt(budget.start + 1),
    );
    assert.match(
      plain(budgetHover.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : ''))).join('\n')),
      /✓ quote found/,
    );
  });

  it('suggests an archive link built locally and stores it on the source', async () => {
    const api = await getApi();
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const uri = editor.document.uri;
    const review = await waitFor(() => api.getReview(uri), 'a review');
    const budget = review.items.find((i) => i.text.includes('$4.2 billion'));
    assert.ok(budget);
    const before = hits.length;
    const source = await vscode.commands.executeCommand<Source>('factCheck.attachSource', {
      uri: uri.toString(),
      claimStart: budget.start,
      url: `${origin}/budget`,
      title: 'Budget',
    });
    const annotationId = api.getReview(uri)?.items.find((i) => i.start === budget.start)?.annotation?.id;
    assert.ok(source && annotationId);
    const link = await vscode.commands.executeCommand<string>('factCheck.suggestArchiveLink', {
      uri: uri.toString(),
      annotationId,
      sourceId: source.id,
      confirm: false,
    });
    assert.match(link ?? '', new RegExp(`^https://web\\.archive\\.org/web/\\d{14}/${origin.replace(/[.:/]/g, '\\$&')}/budget$`));
    const stored = api
      .getReview(uri)
      ?.items.find((i) => i.start === budget.start)
      ?.annotation?.sources.find((s) => s.id === source.id);
    assert.equal(stored?.archiveUrl, link);
    assert.equal(hits.length, before, 'nothing fetched');
  });
});
