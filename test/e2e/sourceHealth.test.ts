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

function sidecar(): string {
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
      draft: DRAFT,
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
          sources: [
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
});
