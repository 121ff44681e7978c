import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandId } from '../../../src/extension/commandIds';
import { sourceFiles } from './sourceFiles';

// out/test/unit/manifest → project root
const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function placeholders(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) found.push(m[1]);
  } else if (Array.isArray(value)) {
    value.forEach((v) => placeholders(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => placeholders(v, found));
  }
  return found;
}

describe('extension manifest', () => {
  it('contributes exactly the commands in the CommandId enum, each in the Fact-Check category', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandId).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Fact-Check', c.command);
  });

  it('never activates on "*"', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('has a package.nls.json entry for every %placeholder%', () => {
    const missing = placeholders(manifest).filter((key) => !(key in nls));
    assert.deepEqual(missing, []);
  });

  it('gives every factCheck.* colour light, dark and high-contrast defaults', () => {
    for (const colour of manifest.contributes.colors) {
      assert.match(colour.id, /^factCheck\./);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) {
        assert.ok(colour.defaults[theme], `${colour.id} lacks a ${theme} default`);
      }
    }
  });

  it('describes every setting with markdownDescription, in titled groups', () => {
    for (const group of manifest.contributes.configuration) {
      assert.ok(group.title, 'configuration group without title');
      for (const [key, setting] of Object.entries<Record<string, unknown>>(group.properties)) {
        assert.match(key, /^factCheck\./);
        assert.ok(setting.markdownDescription, `${key} lacks markdownDescription`);
      }
    }
  });

  it('keeps vscode out of src/core, src/shared, src/webview and src/cli', () => {
    const offenders = ['core', 'shared', 'webview', 'cli']
      .flatMap((dir) => sourceFiles(join(root, 'src', dir)))
      .filter((file) => /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
