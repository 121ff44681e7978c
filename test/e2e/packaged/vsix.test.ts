import * as assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLicenseOk, validateManifest } from 'ovsx';
import { readVSIXPackage } from 'ovsx/lib/zip';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { installVsix, startCodeServer, type CodeServer } from '../lib/codeServer';
import { makeRunDir, repoRoot } from '../lib/paths';
import { packageVsix } from '../lib/vsix';
import { Workbench } from '../lib/workbench';

/** The extension as users get it: packaged, installed by code-server's CLI, no development path. */
describe('packaged .vsix', () => {
  let runDir = '';
  let extensionsDir = '';
  let server: CodeServer | undefined;
  let browser: BrowserContext | undefined;
  let workbench: Workbench | undefined;

  before(() => {
    runDir = makeRunDir('vsix');
    extensionsDir = join(runDir, 'extensions');
  });

  after(async function () {
    this.timeout(30_000);
    await workbench?.close();
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  });

  it('packages with `npm run package` and installs with code-server --install-extension', async function () {
    this.timeout(240_000);
    const vsix = await packageVsix(runDir, (line) => console.log(`      ${line}`));
    const bytes = statSync(vsix).size;
    assert.ok(bytes <= 1024 * 1024, `the .vsix is ${bytes} bytes, over the 1 MB budget`);
    await assertOpenVsxReady(vsix);
    await installVsix(vsix, extensionsDir, runDir);
    const installed = readdirSync(extensionsDir).filter((name) => name.startsWith('draft-factcheck.draft-factcheck-'));
    assert.equal(installed.length, 1, `one installed copy in the extensions dir, found: ${readdirSync(extensionsDir).join(', ')}`);
    const manifest = JSON.parse(readFileSync(join(extensionsDir, installed[0]!, 'package.json'), 'utf8')) as {
      version: string;
      main: string;
    };
    const source = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
    assert.equal(manifest.version, source.version);
    assert.ok(readdirSync(join(extensionsDir, installed[0]!, 'dist')).includes('extension.js'), 'the bundle is in the package');
  });

  it('activates and highlights a draft without extensionDevelopmentPath', async function () {
    this.timeout(120_000);
    const workspace = join(runDir, 'workspace');
    cpSync(join(repoRoot(), 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    server = await startCodeServer({ runDir: join(runDir, 'server'), extensionsDir });
    browser = await launchBrowser({ runDir, label: 'vsix' });
    workbench = await Workbench.open(browser, server, { folder: workspace }, 'dark');
    await workbench.openFile('budget-vote.md');
    // Highlights only appear once the installed extension activated on the markdown draft.
    const drawn = await workbench.waitForDecorations(1, 30_000);
    assert.ok(drawn.length > 0);
    await workbench.screenshot('vsix-installed-highlights');
  });
});

/**
 * What `ovsx publish` checks before it uploads, run offline with ovsx's own code (nothing is
 * published): the manifest inside the .vsix has the fields Open VSX needs, the names fit its
 * namespace/extension pattern, and the licence is declared, so publishing would not stop to ask.
 */
async function assertOpenVsxReady(vsix: string): Promise<void> {
  const manifest = await readVSIXPackage(vsix);
  validateManifest(manifest);
  for (const field of ['publisher', 'name'] as const)
    assert.match(String(manifest[field]), /^[\w\-+$~]+$/, `${field} fits Open VSX's name pattern`);
  assert.match(String(manifest.version), /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'a semantic version');
  assert.equal(await isLicenseOk(repoRoot()), true, 'a licence Open VSX accepts without asking');
  assert.equal((manifest as { license?: string }).license, 'MIT');
}
