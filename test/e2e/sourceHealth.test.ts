import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { e2eContext, useWorkbench } from './lib/session';
import { EXTENSION_ID, type Workbench } from './lib/workbench';

/**
 * Source health as an editor sees it after "Check Sources": the hover and the desk show broken,
 * moved, changed and quote-not-found sources, and why a PDF's quote was not checked. The sidecar
 * holds the results of an earlier check, so this spec uses no network at all.
 */

const DRAFT = 'sources-e2e.txt';
const CLAIM = 'The port handled 74 ships in March, the harbour master said.';
const DRAFT_TEXT = `${CLAIM}\n\nTraffic rose 12 percent compared with last year, according to the port authority.\n`;
const AT = '2026-02-01T09:00:00.000Z';

/** A draft whose sources point to this computer and to a cloud metadata address: refused before any connection. */
const LOCAL_DRAFT = 'sources-local-e2e.txt';
const LOCAL_SOURCES = [
  { id: 'srce2e-local', title: 'Local admin page', url: 'http://127.0.0.1:9/admin' },
  { id: 'srce2e-meta', title: 'Instance metadata', url: 'http://169.254.169.254/latest/meta-data/' },
];

function sidecar(draft = DRAFT, localSources = false): string {
  const start = DRAFT_TEXT.indexOf(CLAIM);
  const source = (id: string, title: string, url: string, extra: Record<string, unknown>) => ({
    id,
    url,
    title,
    quote: 'handled 74 ships in March',
    addedBy: 'Ana',
    addedAt: AT,
    checkedAt: AT,
    ...extra,
  });
  return JSON.stringify(
    {
      version: 1,
      draft,
      annotations: [
        {
          id: 'sources-e2e-1',
          kind: 'statistic',
          status: 'unverified',
          createdAt: AT,
          updatedAt: AT,
          anchor: {
            start,
            end: start + CLAIM.length,
            prefix: '',
            exact: CLAIM,
            suffix: DRAFT_TEXT.slice(start + CLAIM.length, start + CLAIM.length + 32),
          },
          note: '',
          sources: localSources
            ? LOCAL_SOURCES.map(({ id, title, url }) => source(id, title, url, { checkedAt: undefined })) // never checked
            : [
                source('srce2e-gone', 'Harbour statistics', 'https://harbour.example/stats', {
                  httpStatus: 404,
                  quoteFound: null,
                  quoteUnchecked: 'no-page',
                }),
                source('srce2e-move', 'Port news', 'https://news.example/port', {
                  httpStatus: 200,
                  finalUrl: 'https://archive.newsgroup.example/port',
                  contentType: 'text/html',
                  contentHash: '0123456789abcdef',
                  contentChanged: true,
                  quoteFound: false,
                }),
                source('srce2e-pdf', 'Annual report (PDF)', 'https://port.example/report.pdf', {
                  httpStatus: 200,
                  finalUrl: 'https://port.example/report.pdf',
                  contentType: 'application/pdf',
                  contentHash: 'fedcba9876543210',
                  quoteFound: null,
                  quoteUnchecked: 'not-text',
                  archiveUrl: 'https://web.archive.org/web/20260201090000/https://port.example/report.pdf',
                }),
              ],
          history: [{ at: AT, by: 'Ana', action: 'created', to: 'unverified' }],
        },
      ],
    },
    null,
    2,
  );
}

function deskFrame(workbench: Workbench): FrameLocator {
  return workbench.page
    .frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"] >> visible=true`)
    .frameLocator('iframe#active-frame');
}

describe('source health in the hover and the desk', () => {
  before(async function () {
    this.timeout(120_000);
    const { workspace } = await e2eContext();
    writeFileSync(join(workspace, DRAFT), DRAFT_TEXT);
    writeFileSync(join(workspace, `${DRAFT}.factcheck.json`), sidecar());
    writeFileSync(join(workspace, LOCAL_DRAFT), DRAFT_TEXT);
    writeFileSync(join(workspace, `${LOCAL_DRAFT}.factcheck.json`), sidecar(LOCAL_DRAFT, true));
  });
  const workbench = useWorkbench({ theme: 'light' });

  it('shows broken, moved, changed and quote-not-found sources in the hover', async () => {
    await workbench().openFile(DRAFT);
    await workbench().waitForDecorations(1);
    const hover = await workbench().hoverText('74 ships');
    assert.match(hover, /Harbour statistics[\s\S]*⚠ broken link \(HTTP 404\)/);
    assert.match(
      hover,
      /Port news[\s\S]*⚠ moved to archive\.newsgroup\.example · page changed since the last check · quote not found on the page/,
    );
    assert.match(hover, /Annual report \(PDF\)[\s\S]*ℹ quote not checked: the page is not text \(application\/pdf\)/);
    assert.match(hover, /archived copy/);
    assert.match(hover, /Check Sources/);
    await workbench().screenshot('source-health-hover-light');
  });

  it('shows the same in the desk, as plain text', async () => {
    await workbench().page.mouse.move(2, 2);
    await workbench().openSidebar();
    const desk = deskFrame(workbench());
    await desk.locator('.claim-row', { hasText: '74 ships' }).first().click({ timeout: 20_000 });
    await desk.locator('.source-health').first().waitFor({ timeout: 15_000 });
    const health = await desk.locator('.source-health').allInnerTexts();
    assert.deepEqual(health, [
      '⚠ Broken link (HTTP 404)',
      '⚠ Moved to archive.newsgroup.example · Page changed since the last check · Quote not found on the page',
      'ℹ Quote not checked: the page is not text (application/pdf)',
    ]);
    assert.equal(await desk.locator('.source-health.problem').count(), 2);
    assert.match((await desk.locator('.detail').innerText()) ?? '', /Archived copy: https:\/\/web\.archive\.org\/web\/20260201090000\//);
    await workbench().screenshot('source-health-desk-light');
  });

  it('refuses sources on this computer or a link-local address, says so, and offers the setting for intranet sources', async function () {
    this.timeout(120_000);
    const { page } = workbench();
    await workbench().runCommand('View: Close All Editors');
    await workbench().runCommand('Notifications: Clear All Notifications');
    await workbench().openFile(LOCAL_DRAFT);
    await workbench().waitForDecorations(1);
    await workbench().runCommand('Fact-Check: Check Sources (fetches each source link)', { opensQuickInput: true });
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'This draft' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'point to this computer' });
    await toast.waitFor({ timeout: 30_000 });
    const message = await toast.locator('.notification-list-item-message').innerText();
    assert.match(message, /2 sources checked, 2 with problems/);
    assert.match(message, /2 of them point to this computer, a private network or a link-local address/);
    await page
      .locator('.notifications-toasts .notification-list-item', { hasText: 'checking 2 source links' })
      .waitFor({ state: 'detached', timeout: 20_000 });
    await workbench().screenshot('source-check-private-addresses');
    const hover = await workbench().hoverText('74 ships');
    assert.match(hover, /Local admin page[\s\S]*address refused \(not a public web address\)/);
    await page.mouse.move(2, 2);
    await toast.locator('.monaco-button', { hasText: 'Open Setting' }).click();
    await page.locator('.settings-editor .setting-item', { hasText: 'Allow Private Addresses' }).first().waitFor({ timeout: 20_000 });
    await workbench().screenshot('source-check-private-addresses-setting');
    await workbench().runCommand('View: Close All Editors');
  });
});
