import * as assert from 'node:assert/strict';
import { useWorkbench } from './lib/session';

/** Every highlight colour is a contributed factCheck.* theme colour: the light theme must resolve them too. */
describe('a draft in the light theme', () => {
  const workbench = useWorkbench({ theme: 'light' });

  it('resolves the factCheck.* theme colours and draws highlights', async () => {
    await workbench().openFile('harbour-notes.txt');
    const underline = await workbench().themeColor('factCheck.unreviewedUnderline');
    assert.match(underline, /^#[0-9a-f]{6,8}$/i, `factCheck.unreviewedUnderline resolves in the light theme (got "${underline}")`);
    assert.equal(underline.toLowerCase(), '#3b7dd8b0', 'the light default from package.json applies');
    await workbench().waitForDecorations(1);
    await workbench().screenshot('draft-highlights-light');
  });
});
