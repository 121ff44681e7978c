import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameColor } from './lib/colors';
import { repoRoot } from './lib/paths';
import { useWorkbench } from './lib/session';
import type { ThemeKind } from './lib/workbench';

interface ContributedColor {
  id: string;
  defaults: Record<string, string>;
}

/** The default package.json contributes for a colour in a theme kind. */
function contributedDefault(id: string, kind: ThemeKind): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { colors: ContributedColor[] } };
  const color = manifest.contributes.colors.find((c) => c.id === id);
  assert.ok(color, `package.json contributes ${id}`);
  return color.defaults[kind]!;
}

/** Every highlight colour is a contributed factCheck.* theme colour: each theme must resolve them. */
describe('a draft in the light theme', () => {
  const workbench = useWorkbench({ theme: 'light' });

  async function assertResolvesDefault(kind: ThemeKind): Promise<void> {
    const id = 'factCheck.unreviewedUnderline';
    const expected = contributedDefault(id, kind);
    const resolved = await workbench().themeColor(id);
    assert.ok(sameColor(resolved, expected), `${id} resolves to its ${kind} default ${expected} (got "${resolved}")`);
    await workbench().waitForDecorations(1);
  }

  it('resolves the factCheck.* theme colours and draws highlights', async () => {
    await workbench().openFile('harbour-notes.txt');
    await assertResolvesDefault('light');
    await workbench().screenshot('draft-highlights-light');
  });

  it('follows a theme switch from the Color Theme picker to the dark defaults', async () => {
    await workbench().setTheme('dark');
    await assertResolvesDefault('dark');
    await workbench().setTheme('light');
  });
});
