import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { FIRST_DRAFT } from './lib/firstRun';
import { makeRunDir, repoRoot } from './lib/paths';
import { httpStatus, spawnGroup, stopGroup } from './lib/processes';
import { waitFor } from './lib/wait';
import { EXTENSION_ID, Workbench } from './lib/workbench';

/**
 * `npm start` as a new user meets it: the script itself (through code-server, as on a machine
 * without the desktop `code`) prints a URL; that page shows the showcase draft with its claims
 * highlighted (one verified, one flagged, one disputed by its sample sidecar) and the Fact-Check
 * desk beside it, and Ctrl+C stops the server.
 */
describe('npm start (first run)', () => {
  let start: ChildProcess | undefined;
  let output = '';
  let browser: BrowserContext | undefined;
  let workbench: Workbench | undefined;
  const runDir = makeRunDir('start-spec');

  after(async function () {
    this.timeout(30_000);
    await workbench?.close();
    await browser?.close().catch(() => undefined);
    if (start) await stopGroup(start);
    rmSync(runDir, { recursive: true, force: true });
  });

  it('opens a sample draft with highlights and the desk showing it, and stops on Ctrl+C', async function () {
    this.timeout(240_000);
    start = spawnGroup(process.execPath, [join(repoRoot(), 'scripts', 'start.mjs'), '--code-server', '--no-build'], {
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FACTCHECK_NO_SYSTEM_INSTALL: '1' },
    });
    start.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    start.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const url = await waitFor(
      () => /^\s+(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(output)?.[1],
      'the URL npm start prints',
      120_000,
      200,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; npm start printed:\n${output}`);
    });
    assert.match(decodeURIComponent(url), new RegExp(`"openFile","vscode-remote://[^"]+/samples/${FIRST_DRAFT.replace('.', '\\.')}"`));

    browser = await launchBrowser({ runDir, label: 'start' });
    // A first load compiles the whole workbench: slow on a busy machine.
    browser.setDefaultNavigationTimeout(120_000);
    workbench = await Workbench.open(browser, { workbenchUrl: () => url, setUserSettings: () => undefined }, {});
    const tab = workbench.page.locator('.tabs-container .tab.active .label-name', { hasText: FIRST_DRAFT });
    await tab.waitFor({ timeout: 60_000 });
    const drawn = await workbench.waitForDecorations(3, 60_000);
    assert.ok(drawn.length >= 3, `claims highlighted in ${FIRST_DRAFT}`);

    // The desk, opened by samples/.vscode/tasks.json, lists the open draft's claims.
    const desk = workbench.page
      .frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"] >> visible=true`)
      .frameLocator('iframe#active-frame');
    await desk.locator('.claim-list').waitFor({ timeout: 60_000 });
    await waitFor(
      async () => (await desk.locator('.claim-list [role="option"]').count()) >= 3,
      'claims of the draft in the desk list',
      30_000,
    );
    // The sample's sidecar shows one claim of each reviewed status, in the meter and in the editor.
    const meter = await desk.locator('body').innerText();
    for (const count of [/\b1 of \d+ claims verified/, /Unverified 1\b/, /Disputed 1\b/]) assert.match(meter, count);
    await waitFor(
      async () => (await workbench!.decorations()).some((d) => d.layer === 'overlay' && d.backgroundColor !== 'rgba(0, 0, 0, 0)'),
      'a flagged or disputed claim drawn with a background',
      30_000,
    );
    // Nothing to dismiss on a first run (e.g. no error from the task that opens the desk).
    assert.deepEqual(await workbench.notifications(), []);
    const shot = await workbench.screenshot('npm-start-first-run');
    console.log(`      screenshot: ${shot}`);

    const serverUrl = new URL(url).origin;
    assert.equal(await httpStatus(`${serverUrl}/healthz`, 5000), 200);
    const exited = new Promise<number | null>((resolve) => start!.once('exit', (code) => resolve(code)));
    process.kill(start.pid!, 'SIGINT');
    assert.equal(await exited, 130, 'npm start exits 130 on Ctrl+C');
    await waitFor(
      async () => (await httpStatus(`${serverUrl}/healthz`, 1000)) === undefined,
      'code-server to be stopped after Ctrl+C',
      10_000,
    );
  });
});
