import * as assert from 'node:assert/strict';
import { sameColor } from './lib/colors';
import { useWorkbench } from './lib/session';
import { waitFor } from './lib/wait';

/** A person's first minutes with a draft: highlights, a hover, the palette, the sidebar. */
describe('a draft in the editor (dark theme)', () => {
  const workbench = useWorkbench({ theme: 'dark' });

  before(async function () {
    this.timeout(60_000);
    await workbench().openFile('budget-vote.md');
  });

  it('highlights claims in the draft', async () => {
    // budget-vote.md has a claim on each of its five paragraphs (lines 3, 5, 7, 9, 11).
    const drawn = await workbench().waitForDecorations(5);
    const lines = await workbench()
      .editorText()
      .evaluateAll((elements) =>
        elements.map((e) => ({ top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, text: e.textContent ?? '' })),
      );
    // Monaco renders spaces as no-break spaces.
    const lineAt = (y: number) => lines.find((l) => y >= l.top && y <= l.bottom)?.text.replace(/\u00a0/g, ' ');
    const decoratedLines = new Set(drawn.map((d) => lineAt(d.y + d.height / 2)));
    for (const start of [
      'The city council approved',
      'Spending on transit rose',
      '"No neighbourhood will se',
      'Critics said there is no ',
      'The vote came two years a',
    ]) {
      assert.ok(
        [...decoratedLines].some((text) => text?.startsWith(start)),
        `the claim line starting "${start}" is highlighted; decorated lines: ${JSON.stringify([...decoratedLines])}`,
      );
    }
    assert.ok(![...decoratedLines].some((text) => text?.startsWith('# Council')), 'the headline is not a claim');
    // Unreviewed claims are underlined in the contributed theme colour, resolved by the theme.
    const underline = await workbench().themeColor('factCheck.unreviewedUnderline');
    const inThemeColour = drawn.filter(
      (d) =>
        (d.borderBottomStyle !== 'none' && sameColor(d.borderBottomColor, underline)) ||
        (d.textDecorationLine.includes('underline') && sameColor(d.textDecorationColor, underline)),
    );
    assert.ok(
      inThemeColour.length >= 5,
      `claims are underlined in factCheck.unreviewedUnderline (${underline}); first drawn: ${JSON.stringify(drawn[0])}`,
    );
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
    const spot = (d: { x: number; y: number }) => `${Math.round(d.x)},${Math.round(d.y)}`;
    const before = new Set((await workbench().waitForDecorations(5)).map(spot));
    await workbench().runCommand('Fact-Check: Toggle Claim Highlights');
    await waitFor(
      async () => (await workbench().decorations()).every((d) => d.width === 0),
      'toggling to hide every claim highlight',
      10_000,
      200,
    );
    await workbench().runCommand('Fact-Check: Toggle Claim Highlights');
    await waitFor(
      async () => {
        const shown = new Set((await workbench().decorations()).filter((d) => d.width > 0).map(spot));
        return [...before].every((s) => shown.has(s));
      },
      'toggling again to bring the same highlights back',
      10_000,
      200,
    );
  });

  it('runs "Fact-Check: Scan Current Draft" from the palette without an error', async () => {
    await workbench().runCommand('Fact-Check: Scan Current Draft');
    await workbench().waitForDecorations(1);
    const errors = (await workbench().notifications()).filter((message) => /error|failed|cannot/i.test(message));
    assert.deepEqual(errors, [], 'no error notification after scanning');
  });

  it('opens the Fact-Check desk from the activity bar', async () => {
    const desk = await workbench().openSidebar();
    const text = await waitFor(
      async () => (await desk.locator('body').innerText()).trim(),
      'the desk webview to render content',
      15_000,
      200,
    );
    assert.match(text, /budget-vote\.md/, 'the desk follows the active draft');
    await workbench().screenshot('desk-sidebar');
  });
});
