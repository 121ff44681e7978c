import * as assert from 'node:assert/strict';
import { performance as hostPerformance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { markPhrase, openNewDraft, PLAIN_DRAFT, setSetting, waitForStyle } from './editorHelpers';
import { closeAllEditors, getApi, openDraft, waitFor } from './helpers';

const STYLES = ['unreviewed', 'unverified', 'disputed', 'verified', 'changed', 'emphasised'];

describe('editor highlights, diagnostics and status bar', () => {
  let api: FactCheckTestApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  let gulls: { start: number; end: number };
  let calm: { start: number; end: number };
  let path: { start: number; end: number };
  let tea: { start: number; end: number };

  const setStatus = (claim: { start: number }, command: string) =>
    vscode.commands.executeCommand(command, { uri: uri.toString(), claimStart: claim.start });

  beforeEach(async () => {
    api = await getApi();
    editor = await openNewDraft(PLAIN_DRAFT);
    uri = editor.document.uri;
    gulls = await markPhrase(editor, 'Gulls circled over the boats.');
    calm = await markPhrase(editor, 'The morning felt calm.');
    path = await markPhrase(editor, 'We took the long path home.');
    tea = await markPhrase(editor, 'Tea was served at the cafe.');
  });

  afterEach(async () => {
    for (const key of [
      'highlights.enabled',
      'highlights.style',
      'highlights.showUnreviewed',
      'diagnostics.enabled',
      'diagnostics.severity',
    ])
      await setSetting(key, undefined);
    await closeAllEditors();
  });

  it('highlights each claim in the style of its status; dismissed claims show nothing', async () => {
    await setStatus(gulls, 'factCheck.flagUnverified');
    await setStatus(calm, 'factCheck.markDisputed');
    await setStatus(path, 'factCheck.markVerified');
    await setStatus(tea, 'factCheck.dismissClaim');
    await waitForStyle(api, uri, 'verified', [path]);
    const ranges = api.getDecorationRanges(uri);
    assert.deepEqual(Object.keys(ranges).sort(), [...STYLES].sort());
    assert.deepEqual(ranges.unverified, [gulls]);
    assert.deepEqual(ranges.disputed, [calm]);
    assert.deepEqual(ranges.verified, [path]);
    assert.deepEqual(ranges.unreviewed, []);
    assert.deepEqual(ranges.changed, []);
  });

  it('marks a verified claim whose text changed with the changed style', async () => {
    await setStatus(calm, 'factCheck.markVerified');
    await waitForStyle(api, uri, 'verified', [calm]);
    const word = editor.document.getText().indexOf('calm', calm.start);
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(word), editor.document.positionAt(word + 4)), 'still'));
    await waitFor(() => (api.getDecorationRanges(uri).changed ?? []).length === 1, 'a changed-since-verification highlight');
    assert.deepEqual(api.getDecorationRanges(uri).verified, []);
  });

  it('keeps highlights while typing and moves them once typing pauses', async () => {
    await waitForStyle(api, uri, 'unreviewed', [gulls, calm, path, tea]);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Draft. '));
    // Right after the keystroke nothing is cleared: the old highlights stay (VS Code moves them with the text).
    assert.equal(api.getDecorationRanges(uri).unreviewed?.length, 4);
    const shift = (r: { start: number; end: number }) => ({ start: r.start + 7, end: r.end + 7 });
    await waitForStyle(api, uri, 'unreviewed', [gulls, calm, path, tea].map(shift));
  });

  it('follows factCheck.highlights.enabled and .showUnreviewed without a reload', async () => {
    await setStatus(gulls, 'factCheck.flagUnverified');
    await waitForStyle(api, uri, 'unverified', [gulls]);
    await setSetting('highlights.showUnreviewed', false);
    await waitForStyle(api, uri, 'unreviewed', []);
    assert.deepEqual(api.getDecorationRanges(uri).unverified, [gulls], 'reviewed claims stay');
    await setSetting('highlights.enabled', false);
    await waitFor(() => Object.keys(api.getDecorationRanges(uri)).length === 0, 'no highlights');
    await setSetting('highlights.enabled', undefined);
    await setSetting('highlights.showUnreviewed', undefined);
    await waitForStyle(api, uri, 'unreviewed', [calm, path, tea]);
  });

  it('redraws with the new look when factCheck.highlights.style changes', async () => {
    await waitForStyle(api, uri, 'unreviewed', [gulls, calm, path, tea]);
    for (const style of ['background', 'border', 'underline']) {
      await setSetting('highlights.style', style);
      await waitForStyle(api, uri, 'unreviewed', [gulls, calm, path, tea]);
    }
  });

  it('reports claims in the Problems panel only when asked, with the chosen severity', async () => {
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Fact-Check');
    await setStatus(gulls, 'factCheck.flagUnverified');
    await setStatus(calm, 'factCheck.markDisputed');
    await setStatus(path, 'factCheck.markVerified');
    assert.deepEqual(ours(), [], 'off by default');

    await setSetting('diagnostics.enabled', 'unverified');
    const flagged = await waitFor(() => (ours().length === 2 ? ours() : undefined), 'two diagnostics (flagged + disputed)');
    const offsets = flagged.map((d) => editor.document.offsetAt(d.range.start)).sort((a, b) => a - b);
    assert.deepEqual(offsets, [gulls.start, calm.start]);
    for (const d of flagged) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(d.code, api.getReview(uri)?.items.find((i) => i.start === editor.document.offsetAt(d.range.start))?.kind);
      assert.match(d.message, /claim: marked by an editor \((flagged as unverified|disputed)\)/);
    }

    await setSetting('diagnostics.enabled', 'all');
    await setSetting('diagnostics.severity', 'warning');
    await waitFor(
      () => ours().length === 3 && ours().every((d) => d.severity === vscode.DiagnosticSeverity.Warning),
      'three warnings (all but verified)',
    );

    await setStatus(tea, 'factCheck.markVerified');
    await waitFor(() => ours().length === 2, 'a verified claim leaves the Problems panel');

    await setSetting('diagnostics.enabled', 'off');
    await waitFor(() => ours().length === 0, 'diagnostics cleared when turned off');
  });

  it("clears a draft's diagnostics when it is closed", async () => {
    await setSetting('diagnostics.enabled', 'all');
    // An untitled draft is really closed (not just hidden) when its editor is reverted and closed.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: PLAIN_DRAFT });
    const untitledEditor = await vscode.window.showTextDocument(untitled);
    await markPhrase(untitledEditor, 'The light was soft.');
    const ours = () => vscode.languages.getDiagnostics(untitled.uri).filter((d) => d.source === 'Fact-Check');
    await waitFor(() => ours().length === 1, 'a diagnostic for the untitled draft');
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === untitled.uri.toString()) {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitFor(() => ours().length === 0, 'diagnostics cleared on close');
  });

  it('counts claims in the status bar for the active draft and hides it elsewhere', async () => {
    await setStatus(gulls, 'factCheck.flagUnverified');
    await setStatus(calm, 'factCheck.markDisputed');
    await setStatus(path, 'factCheck.flagUnverified');
    await waitFor(
      () => api.getStatusBarText() === '$(checklist) 4 claims · 2 unverified · 1 disputed',
      `status bar text (now ${api.getStatusBarText()})`,
    );
    const other = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(other);
    await waitFor(() => api.getStatusBarText() === undefined, 'status bar hidden for a non-draft');
  });
});

describe('highlights for detected claims', () => {
  afterEach(closeAllEditors);

  it('highlights every claim the engine detects in a fixture draft as unreviewed', async () => {
    const api = await getApi();
    const editor = await openDraft('budget-vote.md');
    const items = api.getReview(editor.document.uri)?.items ?? [];
    assert.ok(items.length >= 3, `the engine finds claims in budget-vote.md (found ${items.length})`);
    await waitFor(
      () =>
        (api.getDecorationRanges(editor.document.uri).unreviewed ?? []).length === items.filter((i) => i.status === 'unreviewed').length,
      'every unreviewed claim highlighted',
    );
    const drawn = api.getDecorationRanges(editor.document.uri).unreviewed;
    assert.deepEqual(
      drawn,
      items.filter((i) => i.status === 'unreviewed').map((i) => ({ start: i.start, end: i.end })),
    );
  });
});

describe('a 1 MB draft', function () {
  this.timeout(180_000);
  afterEach(closeAllEditors);

  it('is highlighted around what is visible, follows scrolling and keeps its highlights while typing', async () => {
    const api = await getApi();
    const paragraph =
      'The city council approved a $4.2 billion budget on Tuesday, the largest in its history. Spending on transit rose 12 percent, according to the finance director. ' +
      'Critics said there is no evidence that the new parking fees will raise the promised revenue. We walked home along the harbour in the evening light.\n\n';
    const text = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length));
    const opened = performance.now();
    const editor = await openNewDraft(text, 'big.md');
    const { document } = editor;
    const uri = document.uri;
    const key = (r: { start: number; end: number }) => `${r.start}-${r.end}`;
    const drawn = () => Object.values(api.getDecorationRanges(uri)).flat();
    /** Every drawn range is a claim, and every claim on the visible lines is drawn. */
    const drawnMatchesVisible = () => {
      const items = api.getReview(uri)?.items ?? [];
      const claims = new Set(items.map(key));
      const shown = drawn();
      if (shown.length === 0 || !shown.every((r) => claims.has(key(r)))) return false;
      const shownKeys = new Set(shown.map(key));
      const first = document.offsetAt(editor.visibleRanges[0].start);
      const last = document.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end);
      return items.filter((i) => i.end >= first && i.start <= last).every((i) => shownKeys.has(key(i)));
    };

    await waitFor(
      () => (api.getReview(uri)?.items.length ?? 0) > 0 && drawnMatchesVisible(),
      'the visible claims highlighted',
      120_000,
      20,
    );
    const firstMs = performance.now() - opened;
    // The visible paragraphs are drawn first; the rest of the draft is counted in slices after.
    await waitFor(() => api.getReview(uri)?.counting !== true, 'the whole draft counted', 120_000, 20);
    const claims = api.getReview(uri)?.items.length ?? 0;
    const sent = drawn().length;
    assert.ok(claims > 1500, `claims found in the 1 MB draft (${claims})`);
    assert.ok(sent < claims / 5, `only claims near the visible lines are sent to the editor (${sent} of ${claims})`);

    // Scrolling to the end decorates the claims there.
    const lastItem = api.getReview(uri)!.items[claims - 1];
    editor.revealRange(new vscode.Range(document.positionAt(lastItem.start), document.positionAt(lastItem.end)));
    await waitFor(
      () => drawn().some((r) => r.start === lastItem.start) && drawnMatchesVisible(),
      'the last claim highlighted after scrolling to it',
      10_000,
      20,
    );

    // Let the work a 1 MB open starts (the editor's own tokenizing, the built-in Markdown support) finish before timing keystrokes.
    await new Promise((resolve) => setTimeout(resolve, 5000));

    // Hide and draw again from the cache (what the toggle, a scroll past the window or an editor switch cost).
    const hideStarted = performance.now();
    await vscode.commands.executeCommand('factCheck.toggleHighlights');
    const hideMs = performance.now() - hideStarted;
    const showStarted = performance.now();
    await vscode.commands.executeCommand('factCheck.toggleHighlights');
    const showMs = performance.now() - showStarted;
    assert.ok(drawnMatchesVisible(), 'highlights back after the toggle');

    // Keystrokes only shift offsets: each edit returns fast and the highlights stay; the redraw follows the pause.
    const keystrokes: number[] = [];
    // How busy this extension host was meanwhile: a busy host (this extension's or another's work) against a slow workbench.
    const loopBefore = hostPerformance.eventLoopUtilization();
    const position = document.positionAt(lastItem.start);
    for (let i = 0; i < 9; i++) {
      const typeStarted = performance.now();
      await editor.edit((b) => b.insert(position, 'x'));
      keystrokes.push(performance.now() - typeStarted);
      assert.ok(drawn().length > 0, 'highlights kept while typing');
    }
    const typeMs = [...keystrokes].sort((a, b) => a - b)[4];
    const hostBusy = hostPerformance.eventLoopUtilization(loopBefore).utilization;
    const settleStarted = performance.now();
    await waitFor(
      () => document.version === api.getReview(uri)?.version && drawnMatchesVisible(),
      'highlights for the edited text',
      120_000,
      20,
    );
    const settleMs = performance.now() - settleStarted;

    console.log(
      `      1 MB draft (${text.length} chars, ${claims} claims, ${sent} highlights sent): open → visible claims highlighted ${firstMs.toFixed(0)} ms (detection included); ` +
        `hide ${hideMs.toFixed(0)} ms, draw again ${showMs.toFixed(0)} ms; keystroke median ${typeMs.toFixed(0)} ms (${keystrokes.map((k) => k.toFixed(0)).join('/')}), the extension host busy ${(hostBusy * 100).toFixed(0)} % of that time; ` +
        `pause → highlights updated ${settleMs.toFixed(0)} ms (150 ms debounce + re-detection)`,
    );
    // Keystroke latency is logged, not asserted: it is the editor's round trip and swings from 40 ms to seconds with the
    // load on a shared machine. What the extension controls is asserted: highlights kept while typing, a cheap redraw.
    assert.ok(showMs < 500, `drawing the highlights took ${showMs.toFixed(0)} ms`);
  });
});
