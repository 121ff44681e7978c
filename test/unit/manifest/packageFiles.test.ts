import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// out/test/unit/manifest → project root
const root = join(__dirname, '..', '..', '..', '..');
const VSCE = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

/**
 * Everything the .vsix may hold. A new shipped file goes here on purpose; anything else that
 * `vsce ls` lists (source maps, sources, tests, stray docs) is a packaging mistake.
 */
const SHIPPED: readonly (string | RegExp)[] = [
  'package.json',
  'package.nls.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/extension.js',
  'dist/web/extension.js',
  'dist/webview.js',
  'dist/cli.js',
  'dist/cliWorker.js',
  // The sidecar, policy, report and ClaimReview schemas (for jsonValidation and for readers of the exports).
  /^schemas\/[\w-]+\.schema\.json$/,
  'media/icon.png',
  'media/factcheck.svg',
  'media/webview.css',
  /^media\/walkthrough\/[\w-]+\.md$/,
  /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^package\.nls\.[\w-]+\.json$/,
  // Only what the README links to (checked below).
  'docs/annotation-format.md',
  'docs/publishing.md',
  'docs/reports.md',
  'docs/exports.md',
  'docs/claim-kinds.md',
  'docs/figures-that-disagree.md',
  /^docs\/images\/[\w-]+\.png$/,
];

/** Files the package cannot do without. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'media/icon.png',
  'dist/extension.js',
  'dist/webview.js',
  'dist/cli.js',
  'dist/cliWorker.js',
  'l10n/bundle.l10n.json',
];

const allowed = (file: string) => SHIPPED.some((entry) => (typeof entry === 'string' ? entry === file : entry.test(file)));

/** Relative link and image targets in the README (`](docs/…)`), without anchors. */
function readmeTargets(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)/g)].map((m) => m[1]!.replace(/^\.\//, ''));
}

describe('packaged files (vsce ls)', function () {
  let listed: string[] = [];

  before(async function () {
    this.timeout(180_000);
    assert.ok(existsSync(join(root, 'dist', 'extension.js')), 'build first (npm run test:unit does)');
    const { stdout } = await promisify(execFile)(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: root, timeout: 170_000 });
    listed = stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .sort();
  });

  it('ships only allowlisted files: no source maps, sources, tests or stray docs', () => {
    const stray = listed.filter((file) => !allowed(file));
    assert.deepEqual(stray, [], `not on the allowlist in ${__filename.replace(/.*out[\\/]/, '')}`);
    assert.ok(!listed.some((file) => file.endsWith('.map')));
  });

  it('ships everything the extension needs', () => {
    for (const file of REQUIRED) assert.ok(listed.includes(file), `${file} is in the package`);
  });

  it('ships the docs files the README links to, and no others', () => {
    const targets = readmeTargets();
    const docs = listed.filter((file) => file.startsWith('docs/'));
    for (const file of docs) assert.ok(targets.includes(file), `${file} ships but the README does not link to it`);
    for (const target of targets.filter((t) => t.startsWith('docs/')))
      assert.ok(listed.includes(target), `the README links to ${target}, which does not ship`);
  });

  it('keeps the unpacked package small (the .vsix limit is 1 MB; the packaged test checks the file itself)', () => {
    const bytes = listed.filter((file) => !file.startsWith('dist/')).reduce((sum, file) => sum + readFileSync(join(root, file)).length, 0);
    assert.ok(bytes < 700_000, `${bytes} bytes besides the bundles`);
  });
});
