import * as vscode from 'vscode';
import { openNewDraft, setSetting } from './editorHelpers';
import { closeAllEditors, getApi, waitFor } from './helpers';

describe('experiment keystrokes', function () {
  this.timeout(300_000);
  afterEach(closeAllEditors);
  it('measures', async () => {
    const api = await getApi();
    const paragraph =
      'The city council approved a $4.2 billion budget on Tuesday, the largest in its history. Spending on transit rose 12 percent, according to the finance director. ' +
      'Critics said there is no evidence that the new parking fees will raise the promised revenue. We walked home along the harbour in the evening light.\n\n';
    const text = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length));
    const measure = async (editor: vscode.TextEditor, label: string) => {
      await new Promise((r) => setTimeout(r, 4000));
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        console.log(`DBGEDIT start ${Date.now() % 100000}`);
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
        console.log(`DBGEDIT end ${Date.now() % 100000}`);
        times.push(performance.now() - t);
      }
      console.log(`      ${label}: ${times.map((x) => x.toFixed(0)).join('/')}`);
    };
    const md = await openNewDraft(text, 'big.md');
    await waitFor(() => (api.getDecorationRanges(md.document.uri).unreviewed ?? []).length > 0, 'drawn', 120000);
    await measure(md, 'markdown draft, highlights on');
    await vscode.commands.executeCommand('factCheck.toggleHighlights');
    await measure(md, 'markdown draft, highlights hidden');
    await vscode.commands.executeCommand('factCheck.toggleHighlights');
    await setSetting('languages', ['plaintext']);
    await measure(md, 'markdown, not a draft (languages=plaintext)');
    await setSetting('languages', undefined);
  });
});
