import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { buildReport, reportHtml } from '../../src/core/report';
import { brokenInput, GENERATED_AT, storyInput } from '../unit/report/reportFixture';
import { launchBrowser } from './lib/browser';
import { resultsDir } from './lib/paths';

/** Pages in a PDF: its page objects (not the /Pages tree nodes). Chromium writes them uncompressed. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('HTML report in Chromium', function () {
  this.timeout(120000);
  let runDir: string;
  let browser: BrowserContext;

  before(async () => {
    runDir = mkdtempSync(join(tmpdir(), 'fc-report-'));
    browser = await launchBrowser({ runDir, label: 'report' });
  });

  after(async () => {
    await browser?.close();
    rmSync(runDir, { recursive: true, force: true });
  });

  async function render(name: string, html: string) {
    const path = join(runDir, `${name}.html`);
    writeFileSync(path, html);
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) blocked.push(request.url());
    });
    await page.goto(pathToFileURL(path).href);
    return { page, blocked };
  }

  it('renders self-contained (no request leaves the file) and prints one A4 page per short draft', async () => {
    const report = buildReport([storyInput(true), brokenInput(), storyInput()], GENERATED_AT);
    const { page, blocked } = await render('report', reportHtml(report));
    assert.deepEqual(blocked, []);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.locator('section.draft').count(), 3);
    // The hostile claim text is shown as text, not run.
    assert.match(await page.locator('body').innerText(), /<script>alert\(1\)<\/script>/);
    await page.screenshot({ path: join(resultsDir(), 'report-html.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(resultsDir(), 'report.pdf'), pdf);
    assert.equal(pdfPageCount(pdf), 3, 'each draft starts on a new page');
    await page.close();
  });

  it('a long draft runs over several pages and the next draft still starts on a new one', async () => {
    const long = storyInput();
    const many = { ...long, items: Array.from({ length: 12 }, () => long.items).flat() };
    const html = reportHtml(buildReport([many, brokenInput()], GENERATED_AT));
    const { page } = await render('long', html);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdfPageCount(pdf);
    const oneDraft = pdfPageCount(
      await (await render('long-alone', reportHtml(buildReport([many], GENERATED_AT)))).page.pdf({ format: 'A4' }),
    );
    assert.ok(oneDraft >= 2, `36 claims fill more than one page (${oneDraft})`);
    assert.equal(pages, oneDraft + 1);
    assert.ok(readFileSync(join(resultsDir(), 'report.pdf')).length > 0);
    await page.close();
  });
});
