import * as assert from 'node:assert/strict';
import { useWorkbench } from './lib/session';

/** A person's first minutes with a draft: highlights, a hover, the palette, the sidebar. */
describe('a draft in the editor (dark theme)', () => {
  const workbench = useWorkbench({ theme: 'dark' });

  before(async function () {
    this.timeout(60_000);
    await workbench().openFile('budget-vote.md');
  });

  it('highlights claims in the draft', async () => {
    const drawn = await workbench().waitForDecorations(1);
    const claimText = drawn.map((d) => d.text).join(' ');
    assert.ok(/4\.2 billion|12 percent|no evidence|2023/.test(claimText) || drawn.some((d) => d.layer === 'overlay'), `decorations sit on claim text, got: ${claimText.slice(0, 200)}`);
    const styled = drawn.filter((d) => d.textDecorationLine.includes('underline') || d.borderStyle !== 'none' || !/rgba\(0, 0, 0, 0\)|transparent/.test(d.backgroundColor));
    assert.ok(styled.length > 0, 'at least one highlight is visibly styled (underline, border or background)');
    await workbench().screenshot('draft-highlights-dark');
  });

  it('shows the Fact-Check hover over a claim', async () => {
    const [first] = await workbench().waitForDecorations(1);
    const hover = await workbench().hoverAt(first!);
    assert.ok(hover.length > 0, 'the hover has content');
    assert.match(hover, /claim/i, 'the hover names the claim kind');
    assert.match(hover, /Why:/, 'the hover says why it was flagged');
    assert.match(hover, /Status:/, 'the hover shows the review status');
    await workbench().screenshot('draft-hover');
    await workbench().page.keyboard.press('Escape');
  });

  it('runs "Fact-Check: Toggle Claim Highlights" from the palette, twice', async () => {
    const before = (await workbench().waitForDecorations(1)).length;
    await workbench().runCommand('Fact-Check: Toggle Claim Highlights');
    await workbench().page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor [class*="TextEditorDecorationType"]').length === 0, undefined, { timeout: 10_000 }).catch(() => undefined);
    const hidden = (await workbench().decorations()).filter((d) => d.width > 0);
    assert.equal(hidden.length, 0, 'toggling hides every claim highlight');
    await workbench().runCommand('Fact-Check: Toggle Claim Highlights');
    const shown = await workbench().waitForDecorations(before);
    assert.equal(shown.length, before, 'toggling again brings the same highlights back');
  });

  it('runs "Fact-Check: Scan Current Draft" from the palette without an error', async () => {
    await workbench().runCommand('Fact-Check: Scan Current Draft');
    await workbench().waitForDecorations(1);
    const errors = (await workbench().notifications()).filter((message) => /error|failed|cannot/i.test(message));
    assert.deepEqual(errors, [], 'no error notification after scanning');
  });

  it('opens the Fact-Check desk from the activity bar', async () => {
    const desk = await workbench().openSidebar();
    const body = desk.locator('body');
    await body.waitFor();
    const deadline = Date.now() + 15_000;
    let text = '';
    while (Date.now() < deadline && text.trim() === '') {
      text = await body.innerText();
      if (text.trim() === '') await workbench().page.waitForTimeout(200);
    }
    assert.ok(text.trim().length > 0, 'the desk webview renders content');
    await workbench().screenshot('desk-sidebar');
  });
});
