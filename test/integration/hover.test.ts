import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import { markPhrase, openNewDraft, PLAIN_DRAFT } from './editorHelpers';
import { closeAllEditors, getApi } from './helpers';

/** The markdown as a reader sees its words: backslash escapes and entities undone. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The Fact-Check hover at offset (other extensions' hovers filtered out). */
async function claimHover(uri: vscode.Uri, document: vscode.TextDocument, offset: number): Promise<vscode.MarkdownString | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
  for (const hover of hovers ?? []) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && plain(content.value).includes('check-worthiness')) return content;
    }
  }
  return undefined;
}

function commandArgs(markdown: string, command: string): unknown[] {
  const match = new RegExp(`\\(command:${command.replace('.', '\\.')}\\?([^ )]+)`).exec(markdown);
  assert.ok(match, `no ${command} link in hover`);
  return JSON.parse(decodeURIComponent(match[1]));
}

describe('claim hover and quick fixes', () => {
  let api: FactCheckTestApi;
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  let gulls: { start: number; end: number };

  beforeEach(async () => {
    api = await getApi();
    editor = await openNewDraft(PLAIN_DRAFT);
    uri = editor.document.uri;
    gulls = await markPhrase(editor, 'Gulls circled over the boats.');
  });

  afterEach(closeAllEditors);

  it('shows kind, reason, check-worthiness and status over a claim, and nothing elsewhere', async () => {
    const hover = await claimHover(uri, editor.document, gulls.start + 4);
    assert.ok(hover, 'a Fact-Check hover over the claim');
    const text = plain(hover.value);
    assert.match(text, /^\*\*Event claim\*\* · check-worthiness \d\.\d\d \((high|medium|low)\)/);
    assert.match(text, /Why: marked by an editor/);
    assert.match(text, /Status: Not reviewed yet · marked by an editor/);
    assert.equal(await claimHover(uri, editor.document, 2), undefined, 'no hover off a claim');
  });

  it('trusts exactly its own commands and no HTML', async () => {
    const hover = await claimHover(uri, editor.document, gulls.start);
    assert.ok(hover);
    assert.equal(hover.supportHtml, false);
    const trusted = hover.isTrusted;
    assert.ok(typeof trusted === 'object' && trusted !== null, `isTrusted is an allow-list, not ${String(trusted)}`);
    assert.deepEqual([...trusted.enabledCommands].sort(), [
      'factCheck.attachSource',
      'factCheck.checkSources',
      'factCheck.clearStatus',
      'factCheck.dismissClaim',
      'factCheck.flagUnverified',
      'factCheck.markDisputed',
      'factCheck.markVerified',
      'factCheck.reuseVerification',
      'factCheck.showSidebar',
    ]);
  });

  it('links the actions with arguments that name this claim, and the links work', async () => {
    const hover = await claimHover(uri, editor.document, gulls.start);
    assert.ok(hover);
    for (const command of [
      'factCheck.attachSource',
      'factCheck.flagUnverified',
      'factCheck.markVerified',
      'factCheck.markDisputed',
      'factCheck.dismissClaim',
      'factCheck.showSidebar',
    ]) {
      assert.deepEqual(commandArgs(hover.value, command), [{ uri: uri.toString(), claimStart: gulls.start }]);
    }
    assert.ok(!hover.value.includes('command:factCheck.clearStatus'), 'no Clear Status while unreviewed');
    const [arg] = commandArgs(hover.value, 'factCheck.markDisputed');
    await vscode.commands.executeCommand('factCheck.markDisputed', arg);
    const after = await claimHover(uri, editor.document, gulls.start);
    assert.match(plain(after?.value ?? ''), /Status: Disputed/);
    assert.ok(after?.value.includes('command:factCheck.clearStatus'), 'Clear Status once it has a status');
  });

  it('shows sources as links with quotes, escapes sidecar text, and shows the latest history entry', async () => {
    await vscode.commands.executeCommand('factCheck.attachSource', {
      uri: uri.toString(),
      claimStart: gulls.start,
      url: 'https://example.org/census?year=2024',
      title: 'Census **bold** <img src=x onerror=alert(1)> [x](command:workbench.action.quit)',
      quote: 'Gulls <b>were</b> _counted_',
    });
    const hover = await claimHover(uri, editor.document, gulls.start);
    assert.ok(hover);
    const value = hover.value;
    assert.ok(value.includes('](https://example.org/census?year=2024)'), 'the source is a link');
    assert.ok(!value.includes('<img'), 'no raw HTML from the title');
    assert.ok(!value.includes('<b>'), 'no raw HTML from the quote');
    assert.ok(!value.includes('**bold**'), 'markdown in the title is escaped');
    assert.ok(!value.includes('(command:workbench.action.quit)'), 'no command link smuggled in by the title');
    assert.ok(
      plain(value).includes('Census **bold** <img src=x onerror=alert(1)> [x](command:workbench.action.quit)'),
      'the title is shown, literally',
    );
    assert.match(plain(value), /Last change: .+ added a source, (just now|\d+ minutes? ago)/);
    assert.ok(plain(value).includes('“Gulls <b>were</b> _counted_”'), 'the quote is shown, literally');
  });

  it('offers quick fixes on a claim that run with the claim as argument', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(editor.document.positionAt(gulls.start + 2), editor.document.positionAt(gulls.start + 2)),
    );
    const ours = (actions ?? []).filter((a) => a.title.startsWith('Fact-Check:'));
    assert.deepEqual(
      ours.map((a) => a.command?.command),
      ['factCheck.attachSource', 'factCheck.markVerified', 'factCheck.flagUnverified', 'factCheck.markDisputed', 'factCheck.dismissClaim'],
    );
    for (const action of ours) {
      assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `${action.title} is a quick fix`);
      assert.deepEqual(action.command?.arguments, [{ uri: uri.toString(), claimStart: gulls.start }]);
    }
    const verify = ours.find((a) => a.command?.command === 'factCheck.markVerified');
    await vscode.commands.executeCommand(verify!.command!.command, ...(verify!.command!.arguments ?? []));
    assert.equal(api.getReview(uri)?.items.find((i) => i.start === gulls.start)?.status, 'verified');
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(editor.document.positionAt(gulls.start), editor.document.positionAt(gulls.start)),
    );
    assert.ok(
      (again ?? []).some((a) => a.command?.command === 'factCheck.clearStatus'),
      'Clear Status once it has a status',
    );
  });

  it('offers no quick fixes away from claims', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 1, 0, 1),
    );
    assert.deepEqual(
      (actions ?? []).filter((a) => a.title.startsWith('Fact-Check:')),
      [],
    );
  });
});
