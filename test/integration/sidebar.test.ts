import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { DraftReview, ReviewItem } from '../../src/core/review/types';
import type { FactCheckTestApi } from '../../src/extension/api';
import { deskHtml, deskResourceRoots } from '../../src/extension/sidebar/deskHtml';
import { DeskMessageHandler } from '../../src/extension/sidebar/deskMessageHandler';
import type { ReviewService } from '../../src/extension/reviewService';
import type { HostMessage, ResultMessage, StateMessage } from '../../src/shared/protocol';
import { closeAllEditors, freshCopy, getApi, openDraft, waitFor } from './helpers';
import { annotate, readSidecar, sidecarOf, spanOf, waitForLoaded } from './storageHelpers';

let nextRequestId = 10_000;

/** Sends a request through the desk's host handler and returns the result message it posted. */
async function request(api: FactCheckTestApi, message: Record<string, unknown>): Promise<ResultMessage> {
  const requestId = nextRequestId++;
  const outcome = await api.desk.receive({ ...message, requestId });
  assert.equal(outcome.status, 'handled', `${String(message.type)} was rejected: ${JSON.stringify(outcome)}`);
  const result = api.desk.posted.find((m): m is ResultMessage => m.type === 'result' && m.requestId === requestId);
  assert.ok(result, `a result for request ${requestId}`);
  return result;
}

function itemByText(api: FactCheckTestApi, document: vscode.TextDocument, fragment: string): ReviewItem {
  const review = api.review.getReview(document);
  const item = [...review.items, ...review.dismissed].find((i) => i.text.includes(fragment));
  assert.ok(item, `a claim containing "${fragment}"`);
  return item;
}

function lastState(api: FactCheckTestApi): StateMessage | undefined {
  return [...api.desk.posted].reverse().find((m): m is StateMessage => m.type === 'state');
}

describe('sidebar desk (host side)', function () {
  this.timeout(30_000);
  let api: FactCheckTestApi;
  let document: vscode.TextDocument;
  let uri: string;
  let path: string;

  beforeEach(async () => {
    path = freshCopy('budget-vote.md');
    const editor = await openDraft(path);
    document = editor.document;
    uri = document.uri.toString();
    api = await getApi();
    await waitForLoaded(api, document);
  });

  afterEach(async () => {
    api.desk.setOpenExternal(undefined);
    await closeAllEditors();
  });

  it('loads in the real webview: ready, strings, a snapshot of the active draft and a render timing', async () => {
    await vscode.commands.executeCommand('factCheck.desk.focus');
    const state = await waitFor(
      () => {
        const s = lastState(api);
        // A snapshot sent while the sidecar is still being read lists nothing: wait for the loaded one.
        return s?.draft?.uri === uri && !s.draft.loading ? s : undefined;
      },
      'a state message for the loaded draft',
      15_000,
    );
    const init = api.desk.lastInit as Extract<HostMessage, { type: 'init' }> | undefined;
    assert.ok(init?.type === 'init' && Object.keys(init.strings).length > 50, 'translated strings were sent');
    assert.equal(init?.strings.meterSummary, '{0} of {1} claims verified', 'placeholders survive vscode.l10n.t');
    assert.equal(state.draft?.name, 'budget-vote.md');
    assert.ok((state.draft?.items.length ?? 0) >= 3, 'the fixture has claims');
    const perf = await waitFor(() => api.desk.perf.get('renderState'), 'the webview to report its render time', 15_000);
    assert.ok(perf.ms >= 0 && perf.ms < 5000, `render took ${perf.ms} ms`);
  });

  it('sets a status and sends a new snapshot', async () => {
    const item = itemByText(api, document, '12 percent');
    const result = await request(api, { type: 'setStatus', uri, itemId: item.id, status: 'disputed' });
    assert.deepEqual(result, { type: 'result', requestId: result.requestId, ok: true });
    assert.equal(itemByText(api, document, '12 percent').status, 'disputed');
    await waitFor(
      () => lastState(api)?.draft?.items.some((i) => i.text.includes('12 percent') && i.status === 'disputed'),
      'a snapshot with the new status',
      5000,
    );
    await request(api, { type: 'setStatus', uri, itemId: itemByText(api, document, '12 percent').id, status: 'dismissed' });
    assert.ok(
      api.review.getReview(document).dismissed.some((i) => i.text.includes('12 percent')),
      '"not a claim" moves it to dismissed',
    );
  });

  it('attaches, edits and removes a source, and writes it to the sidecar', async () => {
    const item = itemByText(api, document, '4.2 billion');
    const attached = await request(api, {
      type: 'attachSource',
      uri,
      itemId: item.id,
      url: 'https://city.example/budget',
      title: 'Budget 2026',
      quote: 'a $4.2 billion budget',
      note: '',
    });
    assert.equal(attached.ok, true, attached.message);
    let annotation = itemByText(api, document, '4.2 billion').annotation;
    assert.ok(annotation);
    const source = annotation.sources[0];
    assert.deepEqual(
      [source.url, source.title, source.quote, source.note],
      ['https://city.example/budget', 'Budget 2026', 'a $4.2 billion budget', undefined],
    );
    await api.flush();
    assert.ok(existsSync(sidecarOf(path)));
    assert.equal(readSidecar(sidecarOf(path)).annotations[0].sources[0].url, 'https://city.example/budget');

    const edited = await request(api, {
      type: 'editSource',
      uri,
      annotationId: annotation.id,
      sourceId: source.id,
      url: 'https://city.example/budget-final',
      title: 'Final budget',
      quote: '',
      note: 'page 3',
    });
    assert.equal(edited.ok, true, edited.message);
    annotation = itemByText(api, document, '4.2 billion').annotation;
    assert.deepEqual(
      [annotation?.sources[0].url, annotation?.sources[0].title, annotation?.sources[0].quote, annotation?.sources[0].note],
      ['https://city.example/budget-final', 'Final budget', undefined, 'page 3'],
    );

    const removed = await request(api, { type: 'removeSource', uri, annotationId: annotation?.id, sourceId: source.id });
    assert.equal(removed.ok, true, removed.message);
    assert.equal(itemByText(api, document, '4.2 billion').annotation?.sources.length, 0);
  });

  it('refuses a non-http source with a readable message and stores nothing', async () => {
    const item = itemByText(api, document, '4.2 billion');
    for (const url of ['javascript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd']) {
      const result = await request(api, { type: 'attachSource', uri, itemId: item.id, url, title: 'x', quote: '', note: '' });
      assert.equal(result.ok, false, url);
      assert.match(result.message ?? '', /http/i);
    }
    assert.equal(itemByText(api, document, '4.2 billion').annotation?.sources.length ?? 0, 0);
  });

  it('saves the note', async () => {
    const item = itemByText(api, document, 'library hours');
    const result = await request(api, { type: 'setNote', uri, itemId: item.id, note: 'Call the mayor’s office <b>today</b>' });
    assert.equal(result.ok, true, result.message);
    assert.equal(itemByText(api, document, 'library hours').annotation?.note, 'Call the mayor’s office <b>today</b>');
  });

  it('reveals a claim: selects it in the editor', async () => {
    const item = itemByText(api, document, 'library hours');
    const outcome = await api.desk.receive({ type: 'reveal', uri, itemId: item.id });
    assert.equal(outcome.status, 'handled');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    assert.ok(editor);
    assert.deepEqual([document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)], [item.start, item.end]);
  });

  it('opens http(s) sources through the host, looked up by id', async () => {
    const opened: string[] = [];
    api.desk.setOpenExternal(async (target) => {
      opened.push(target.toString(true));
      return true;
    });
    const item = itemByText(api, document, '4.2 billion');
    await request(api, {
      type: 'attachSource',
      uri,
      itemId: item.id,
      url: 'https://city.example/budget?year=2026',
      title: 'Budget',
      quote: '',
      note: '',
    });
    const annotation = itemByText(api, document, '4.2 billion').annotation;
    assert.ok(annotation);
    const outcome = await api.desk.receive({ type: 'openSource', uri, annotationId: annotation.id, sourceId: annotation.sources[0].id });
    assert.deepEqual(outcome, { status: 'handled', type: 'openSource', ok: true, opened: 'https://city.example/budget?year=2026' });
    assert.deepEqual(opened, ['https://city.example/budget?year=2026']);
    const missing = await api.desk.receive({ type: 'openSource', uri, annotationId: annotation.id, sourceId: 'no-such-source' });
    assert.equal(missing.status === 'handled' && missing.ok, false);
    assert.equal(opened.length, 1);
  });

  it('re-attaches an orphan to the editor selection, with a clear message when nothing is selected', async () => {
    const fragment = 'Critics said there is no evidence that the new parking fees will raise the promised revenue.';
    const annotation = await annotate(api, document, fragment);
    const editor = await openDraft(path);
    const span = spanOf(document, fragment);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => api.review.getReview(document).orphans.some((o) => o.id === annotation.id), 'the annotation to be orphaned');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const empty = await request(api, { type: 'reattach', uri, annotationId: annotation.id });
    assert.equal(empty.ok, false);
    assert.match(empty.message ?? '', /select/i);

    const target = spanOf(document, 'The vote came two years after the 2023 audit');
    editor.selection = new vscode.Selection(document.positionAt(target.start), document.positionAt(target.end));
    const result = await request(api, { type: 'reattach', uri, annotationId: annotation.id });
    assert.equal(result.ok, true, result.message);
    assert.equal(api.review.getReview(document).orphans.length, 0);
  });

  it('rejects malformed and unknown messages, logs them and changes nothing', async () => {
    const item = itemByText(api, document, '12 percent');
    const before = JSON.stringify(api.review.getReview(document).items.map((i) => [i.id, i.status]));
    const postedBefore = api.desk.posted.length;
    const bad: unknown[] = [
      null,
      'setStatus',
      { type: 'setStatus', requestId: 1, uri, itemId: item.id, status: 'approved' },
      { type: 'setStatus', requestId: 1, uri, itemId: item.id },
      { type: 'setStatus', requestId: '1', uri, itemId: item.id, status: 'verified' },
      { type: 'setStatus', requestId: 1, uri, itemId: item.id, status: 'verified', extra: true },
      { type: 'setNote', requestId: 1, uri, itemId: item.id, note: 'x'.repeat(10_001) },
      { type: 'attachSource', requestId: 1, uri, itemId: item.id, url: 'https://a.example', title: 5, quote: '', note: '' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'openSource', uri, annotationId: 'a', sourceId: 's', url: 'javascript:alert(1)' },
    ];
    for (const message of bad) {
      const outcome = await api.desk.receive(message);
      assert.equal(outcome.status, 'rejected', `must reject ${JSON.stringify(message)?.slice(0, 80)}`);
    }
    assert.equal(JSON.stringify(api.review.getReview(document).items.map((i) => [i.id, i.status])), before, 'no claim changed');
    assert.equal(api.desk.posted.length, postedBefore, 'nothing was posted back for rejected messages');
  });

  it('answers requests for a draft that is not open, or a claim that is gone, with an error result', async () => {
    const gone = await request(api, { type: 'setStatus', uri, itemId: 'claim:999999:1000000', status: 'verified' });
    assert.equal(gone.ok, false);
    assert.match(gone.message ?? '', /no longer/);
    // Not the draft the desk shows: refused before anything is looked up, still answered (issue 14).
    const requestId = nextRequestId++;
    const refused = await api.desk.receive({
      type: 'setStatus',
      requestId,
      uri: vscode.Uri.file(`${path}.factcheck.json`).toString(),
      itemId: 'x',
      status: 'verified',
    });
    assert.equal(refused.status, 'rejected');
    const notDraft = api.desk.posted.find((m): m is ResultMessage => m.type === 'result' && m.requestId === requestId);
    assert.equal(notDraft?.ok, false);
    assert.match(notDraft?.message ?? '', /no longer shown/);
  });

  it('follows the editor cursor and showSidebar requests with select messages', async () => {
    await vscode.commands.executeCommand('factCheck.desk.focus');
    await waitFor(() => lastState(api)?.draft?.uri === uri, 'the desk to show the draft', 15_000);
    const item = itemByText(api, document, 'library hours');
    const editor = await openDraft(path);
    editor.selection = new vscode.Selection(document.positionAt(item.start + 3), document.positionAt(item.start + 3));
    await waitFor(
      () => api.desk.posted.some((m) => m.type === 'select' && m.itemId === item.id && !m.openDetail),
      'a select message for the claim under the cursor',
    );

    const other = itemByText(api, document, '2023 audit');
    await vscode.commands.executeCommand('factCheck.showSidebar', { uri, claimId: other.id });
    await waitFor(
      () => api.desk.posted.some((m) => m.type === 'select' && m.itemId === other.id && m.openDetail),
      'a select message opening the claim from showSidebar',
    );
  });
});

describe('sidebar desk message handler', () => {
  it('never opens a source URL that is not http(s), even one that reached the store', async () => {
    const editor = await openDraft(freshCopy('budget-vote.md'));
    const document = editor.document;
    const uri = document.uri.toString();
    const hostile = [
      'javascript:alert(1)',
      'command:workbench.action.terminal.new',
      'file:///etc/passwd',
      'vscode://settings',
      ' JAVASCRIPT:alert(1)',
    ];
    const review: DraftReview = {
      uri,
      version: document.version,
      items: [],
      dismissed: [],
      orphans: [
        {
          id: 'a1',
          anchor: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
          kind: 'event',
          status: 'unverified',
          sources: hostile.map((url, i) => ({ id: `s${i}`, url, title: url, addedBy: 'x', addedAt: '2026-01-01T00:00:00Z' })),
          note: '',
          history: [],
          orphaned: true,
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
        },
      ],
    };
    const fake = { isDraft: () => true, getReview: () => review } as unknown as ReviewService;
    const opened: string[] = [];
    const warnings: string[] = [];
    const log = { warn: (line: string) => warnings.push(line), info: () => undefined } as unknown as vscode.LogOutputChannel;
    const handler = new DeskMessageHandler({
      review: fake,
      post: () => undefined,
      onReady: () => undefined,
      onPerf: () => undefined,
      log,
      shownDraft: () => uri,
      openExternal: async (u) => (opened.push(u.toString()), true),
    });
    for (let i = 0; i < hostile.length; i++) {
      const outcome = await handler.handle({ type: 'openSource', uri, annotationId: 'a1', sourceId: `s${i}` });
      assert.equal(outcome.status === 'handled' && outcome.ok, false, hostile[i]);
    }
    assert.deepEqual(opened, []);
    assert.equal(warnings.length, hostile.length, 'each refusal is logged');
    await closeAllEditors();
  });
});

describe('sidebar desk HTML', () => {
  const extensionUri = vscode.Uri.file('/ext');
  const webview = {
    cspSource: 'https://webview.test',
    asWebviewUri: (uri: vscode.Uri) => uri.with({ scheme: 'https', authority: 'webview.test' }),
  } as unknown as vscode.Webview;

  it('has a strict CSP with a fresh nonce, and loads only the bundle and the stylesheet', () => {
    const first = deskHtml(webview, extensionUri);
    const second = deskHtml(webview, extensionUri);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(first)?.[1] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    assert.ok(nonce.length >= 16, 'a nonce of at least 16 characters');
    assert.notEqual(/'nonce-([^']+)'/.exec(second)?.[1], nonce, 'a new nonce per page');
    assert.equal(
      csp,
      `default-src 'none'; style-src https://webview.test 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src https://webview.test`,
    );
    const scripts = [...first.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1, 'one script');
    assert.equal(scripts[0][1].trim(), `nonce="${nonce}" src="https://webview.test/ext/dist/webview.js"`);
    assert.equal(scripts[0][2].trim(), '', 'no inline script');
    assert.match(first, /<link rel="stylesheet" nonce="[^"]+" href="https:\/\/webview.test\/ext\/media\/webview.css">/);
    assert.doesNotMatch(first, /\sstyle="|\son\w+="/, 'no inline styles or handlers');
  });

  it('limits local resources to dist and media', () => {
    assert.deepEqual(
      deskResourceRoots(extensionUri).map((u) => u.path),
      ['/ext/dist', '/ext/media'],
    );
  });
});
