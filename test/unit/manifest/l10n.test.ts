import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';
import { sourceFiles } from './sourceFiles';

// out/test/unit/manifest → project root
const root = join(__dirname, '..', '..', '..', '..');
const BUNDLE = join(root, 'l10n', 'bundle.l10n.json');
const L10N_DEV = join(root, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
const run = promisify(execFile);

type Messages = Record<string, string>;

const readJson = (path: string): Messages => JSON.parse(readFileSync(path, 'utf8'));

/** The sorted set of `{0}`-style placeholders in a message. */
function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}

/** Every `….l10n.t('literal', …args)` call in src/extension, with its message and argument count. */
function literalCalls(): Array<{ where: string; message: string; args: number }> {
  const calls: Array<{ where: string; message: string; args: number }> = [];
  for (const file of sourceFiles(join(root, 'src', 'extension'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /\bl10n\.t$/.test(node.expression.getText(source))) {
        const [first, ...rest] = node.arguments;
        if (first && ts.isStringLiteralLike(first)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          calls.push({ where: `${relative(root, file)}:${line}`, message: first.text, args: rest.length });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

describe('localisation (l10n bundle, package.nls.json)', function () {
  this.timeout(120_000);
  let temp = '';

  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'factcheck-l10n-'));
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  it('commits an l10n bundle that is up to date with the vscode.l10n.t calls (else run `npm run l10n`)', async () => {
    await run(process.execPath, [join(root, 'scripts', 'l10n.mjs'), '--outDir', temp], { cwd: root, timeout: 110_000 });
    const fresh = readJson(join(temp, 'bundle.l10n.json'));
    const committed = readJson(BUNDLE);
    const missing = Object.keys(fresh).filter((key) => !(key in committed));
    const stale = Object.keys(committed).filter((key) => !(key in fresh));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'l10n/bundle.l10n.json is stale: run `npm run l10n` and commit it');
    assert.equal(readFileSync(BUNDLE, 'utf8'), readFileSync(join(temp, 'bundle.l10n.json'), 'utf8'), 'run `npm run l10n` and commit it');
  });

  it('bundles every string the extension passes to vscode.l10n.t, with as many arguments as placeholders', () => {
    const bundle = readJson(BUNDLE);
    const calls = literalCalls();
    assert.ok(calls.length > 200, `found only ${calls.length} calls`);
    const unbundled = calls.filter((call) => !(call.message in bundle)).map((call) => call.where);
    assert.deepEqual(unbundled, [], 'run `npm run l10n`');
    // `{2}` with two arguments shows a raw "{2}"; an argument without a placeholder is lost in every language.
    const mismatched = calls
      .filter((call) => placeholdersOf(call.message).join() !== Array.from({ length: call.args }, (_, i) => `{${i}}`).join())
      .map((call) => `${call.where}: ${call.args} argument(s) for "${call.message}"`);
    assert.deepEqual(mismatched, []);
  });

  it('a pseudo-locale translation (vscode-l10n-dev generate-pseudo) covers every key and keeps its placeholders', async () => {
    for (const name of ['bundle.l10n.json', 'package.nls.json']) {
      const english = readJson(name === 'package.nls.json' ? join(root, name) : BUNDLE);
      copyFileSync(name === 'package.nls.json' ? join(root, name) : BUNDLE, join(temp, name));
      await run(process.execPath, [L10N_DEV, 'generate-pseudo', '--language', 'qps-ploc', join(temp, name)], {
        cwd: temp,
        timeout: 60_000,
      });
      const pseudo = readJson(join(temp, name.replace(/\.json$/, '.qps-ploc.json')));
      assert.deepEqual(Object.keys(pseudo).sort(), Object.keys(english).sort(), `${name}: a key without a translation`);
      for (const [key, message] of Object.entries(english)) {
        const translated = pseudo[key]!;
        if (/[a-z]{2}/i.test(message.replace(/\{\d+\}|%\w+%|`[^`]*`|\$\([\w~-]+\)|https?:\S+/g, ''))) {
          assert.notEqual(translated, message, `${name}: "${key}" was not translated`);
        }
        assert.deepEqual(placeholdersOf(translated), placeholdersOf(message), `${name}: "${key}" lost a placeholder`);
      }
    }
  });
});

/** The manifest fields VS Code shows to users; each must be a %key% of package.nls.json. */
const TEXT_FIELDS = new Set([
  ...['title', 'shortTitle', 'label', 'name', 'contextualTitle', 'description', 'markdownDescription', 'altText', 'contents'],
  ...['enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage'],
]);

/** Every user-facing text of `value`, with its JSON path. `category` is the product name, the same in every language. */
function manifestTexts(value: unknown, path: string, field = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return TEXT_FIELDS.has(field) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => manifestTexts(item, `${path}[${i}]`, field));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'default' || key === 'enum' ? [] : manifestTexts(item, `${path}.${key}`, key),
    );
  }
  return [];
}

describe('manifest strings (package.nls.json)', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const nls = readJson(join(root, 'package.nls.json'));
  const texts = [
    ...manifestTexts(manifest.contributes, 'contributes'),
    ...manifestTexts(manifest.capabilities, 'capabilities'),
    { path: 'description', text: manifest.description },
  ];

  it('words every contributed title, name and description as a %key%', () => {
    assert.ok(texts.length > 50, `found only ${texts.length} texts`);
    const raw = texts.filter((t) => !/^%[\w.-]+%$/.test(t.text)).map((t) => `${t.path}: ${t.text}`);
    assert.deepEqual(raw, [], 'raw English in package.json: move it to package.nls.json');
  });

  it('resolves every %key% in package.nls.json and keeps no unused entries', () => {
    const keys = texts.map((t) => t.text.slice(1, -1));
    assert.deepEqual(
      keys.filter((key) => !nls[key]?.trim()),
      [],
      'missing or empty in package.nls.json',
    );
    const used = new Set(keys);
    assert.deepEqual(
      Object.keys(nls).filter((key) => !used.has(key)),
      [],
      'package.nls.json entries nothing uses',
    );
  });
});
