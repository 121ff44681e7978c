import * as assert from 'node:assert/strict';
import { sameColor } from './lib/colors';
import { useWorkbench } from './lib/session';

/** Every highlight colour is a contributed factCheck.* theme colour: the light theme must resolve them too. */
describe('a draft in the light theme', () => {
  const workbench = useWorkbench({ theme: 'light' });

  it('resolves the factCheck.* theme colours and draws highlights', async () => {
    await workbench().openFile('harbour-notes.txt');
    const underline = await workbench().themeColor('factCheck.unreviewedUnderline');
    assert.ok(sameColor(underline, '#3b7dd8b0'), `factCheck.unreviewedUnderline resolves to its light default #3b7dd8b0 (got "${underline}")`);
    await workbench().waitForDecorations(1);
    await workbench().screenshot('draft-highlights-light');
  });

  it('follows a theme switch from the Color Theme picker to the dark defaults', async () => {
    await workbench().setTheme('dark');
    const underline = await workbench().themeColor('factCheck.unreviewedUnderline');
    assert.ok(sameColor(underline, '#75beffb0'), `factCheck.unreviewedUnderline resolves to its dark default #75beffb0 (got "${underline}")`);
    await workbench().waitForDecorations(1);
    await workbench().setTheme('light');
  });
});
