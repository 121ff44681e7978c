import * as assert from 'node:assert/strict';
import { useWorkbench } from './lib/session';
import { waitFor } from './lib/wait';

/**
 * newsroom/harbour-update.md restates a claim verified in newsroom/port-strike.md (its sidecar is in
 * the fixtures) and gives two figures for the terminal's workforce.
 */
describe('claim library and figures that disagree (light theme)', () => {
  const workbench = useWorkbench({ theme: 'light' });

  before(async function () {
    this.timeout(60_000);
    await workbench().openFile('harbour-update.md');
    await workbench().waitForDecorations(3);
  });

  it('suggests reusing a verification from another draft in the hover', async () => {
    // The library is read and matched after a pause: hover again until the suggestion is there.
    const hover = await waitFor(
      async () => {
        const text = await workbench().hoverText('stranded 74 ships');
        if (/Verified in/.test(text)) return text;
        await workbench().page.keyboard.press('Escape');
        return undefined;
      },
      'a claim-library line in the hover',
      30_000,
      500,
    );
    assert.match(hover, /Verified in .*port-strike\.md on (?:3 Dec|Dec 3)(?:,? 2026)? by Ana, 2 sources/);
    assert.match(hover, /Reuse/);
    await workbench().screenshot('library-hover-reuse');
    await workbench().page.keyboard.press('Escape');
  });

  it('notes the other figure in the hover of a statement that disagrees', async () => {
    const hover = await workbench().hoverText('640 workers');
    assert.match(hover, /Elsewhere in this draft: 460 workers/);
    await workbench().page.keyboard.press('Escape');
  });

  it('lists figures that disagree in the desk and jumps to each', async () => {
    const desk = await workbench().openSidebar();
    const section = desk.locator('.disagree-section');
    await section.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await section.innerText();
    assert.match(text, /Figures that disagree \(1\)/i);
    assert.match(text, /number of employees/);
    const buttons = section.locator('button.disagree-span');
    assert.deepEqual(await buttons.allInnerTexts(), ['640 workers (line 5)', '460 workers (line 7)']);
    await buttons.nth(1).click();
    // The editor selects the figure: its selection highlight sits on line 7.
    await waitFor(
      async () => (await workbench().page.locator('.monaco-editor .selected-text').count()) > 0,
      'the figure selected in the editor',
      10_000,
      200,
    );
    await workbench().screenshot('desk-figures-disagree');
  });

  it("shows the claim's library match in its desk detail, and Reuse verifies it", async () => {
    const desk = workbench().webviewFrame();
    await desk.locator('.claim-row', { hasText: 'Port officials said' }).first().click();
    const section = desk.locator('.library-section');
    await section.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await section.innerText(), /Verified in .*port-strike\.md/);
    await workbench().screenshot('desk-claim-library');
    await section.locator('button.reuse').first().click();
    await waitFor(
      async () => /Verified/.test(await desk.locator('dd.status-text').innerText()),
      'the claim verified by Reuse',
      30_000,
      300,
    );
    assert.match(await desk.locator('.history').innerText(), /Reused from the claim library/);
  });
});
