import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

// out/test/unit/manifest → project root
const root = join(__dirname, '..', '..', '..', '..');

/** A file the lint guard sees as part of the extension (it is linted from memory, never written). */
const EXTENSION_FILE = join(root, 'src', 'extension', 'plantedL10nGuard.ts');

async function guardMessages(code: string): Promise<number[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: EXTENSION_FILE });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && /vscode\.l10n\.t/.test(m.message)).map((m) => m.line);
}

/** One untranslated text per line, in each place the guard (eslint.config.mjs) looks. */
const PLANTED = [
  "import * as vscode from 'vscode';",
  'export function planted(item: vscode.StatusBarItem, n: number): void {',
  "  void vscode.window.showInformationMessage('Saved the draft');",
  '  void vscode.window.showWarningMessage(`Saved ${n} drafts`);',
  "  void vscode.window.showErrorMessage('Failed: ' + n);",
  "  void vscode.window.showWarningMessage(vscode.l10n.t('Delete?'), { modal: true }, 'Delete');",
  "  void vscode.window.showQuickPick(['Verified', 'Disputed']);",
  "  void vscode.window.showQuickPick([{ label: 'Verified' }]);",
  "  void vscode.window.showInputBox({ prompt: 'Your name' });",
  "  void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Checking' }, async () => undefined);",
  "  item.text = '$(check) Claims';",
  '  item.tooltip = `${n} claims in this draft`;',
  "  void new vscode.TreeItem('Drafts');",
  "  void new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'Unverified claim');",
  "  new vscode.MarkdownString().appendMarkdown('Sources:');",
  '}',
];

/** The same places with translated text, codicons and templates without words: nothing to report. */
const TRANSLATED = [
  "import * as vscode from 'vscode';",
  'export function translated(item: vscode.StatusBarItem, n: number): void {',
  "  void vscode.window.showInformationMessage(vscode.l10n.t('Saved the draft'));",
  "  void vscode.window.showWarningMessage(vscode.l10n.t('Saved {0} drafts', n));",
  "  void vscode.window.showQuickPick([{ label: vscode.l10n.t('Verified') }], { placeHolder: vscode.l10n.t('Pick one') });",
  "  item.text = '$(check)';",
  "  item.text = `$(check) ${vscode.l10n.t('{0} claims', n)}`;",
  "  item.tooltip = `${vscode.l10n.t('Claims')}\\n\\n${n}`;",
  "  void new vscode.TreeItem(vscode.l10n.t('Drafts'));",
  '}',
];

describe('lint guard: user-facing text in src/extension goes through vscode.l10n.t', function () {
  this.timeout(60_000);

  it('reports a raw literal in every place it looks', async () => {
    const lines = await guardMessages(PLANTED.join('\n'));
    const expected = PLANTED.map((_, i) => i + 1).filter((line) => line > 2 && line < PLANTED.length);
    assert.deepEqual([...new Set(lines)], expected);
  });

  it('accepts translated text, codicons and templates without words', async () => {
    assert.deepEqual(await guardMessages(TRANSLATED.join('\n')), []);
  });
});
