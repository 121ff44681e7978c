import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { e2eContext, useWorkbench } from './lib/session';
import { waitFor } from './lib/wait';
import { EXTENSION_ID } from './lib/workbench';

/**
 * Triage in the real workbench: a spoken transcript (speaker labels, timestamps) in the desk, ordered by
 * check-worthiness, narrowed to the claims to check first, each row with its score bar; the hover lists
 * the cues behind a claim's score. Screenshot: test-results/desk-triage-light.png.
 */
const DRAFT = 'triage-transcript.txt';
const ROOT = join(__dirname, '..', '..', '..');

/** "Check-worthiness 85%" → 0.85. */
function scoreOf(label: string | null): number {
  const m = /(\d+)%/.exec(label ?? '');
  assert.ok(m, `a score in ${JSON.stringify(label)}`);
  return Number(m[1]) / 100;
}

describe('desk triage (check first, order by score, score bars)', () => {
  before(async function () {
    this.timeout(120_000);
    const { workspace } = await e2eContext();
    // The transcript sample: written before the workbench opens so Quick Open's index has it.
    writeFileSync(join(workspace, DRAFT), readFileSync(join(ROOT, 'samples', 'transcript-council-budget.txt'), 'utf8'));
  });
  const workbench = useWorkbench({ theme: 'light' });
  let desk: FrameLocator;

  before(async function () {
    this.timeout(90_000);
    await workbench().openFile(DRAFT);
    await workbench().openSidebar();
    desk = workbench()
      .page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"] >> visible=true`)
      .frameLocator('iframe#active-frame');
    await waitFor(
      async () =>
        (await desk
          .locator('.draft-name')
          .innerText()
          .catch(() => '')) === DRAFT,
      'the desk shows the transcript',
      20_000,
    );
    await desk.locator('.claim-row').first().waitFor({ timeout: 20_000 });
  });

  it("lists speakers' claims without labels or timestamps, each with a score bar", async () => {
    const texts = await desk.locator('.claim-row .row-text').allInnerTexts();
    assert.ok(texts.length >= 8, `claims listed: ${texts.length}`);
    assert.ok(
      texts.every((t) => !/^\[\d|^[A-Z]+:/.test(t)),
      `no label or timestamp starts a claim: ${JSON.stringify(texts)}`,
    );
    assert.ok(
      texts.some((t) => t.startsWith('I cut the fare')),
      "a speaker's own record is a claim",
    );
    // Counted in one pass over the rendered rows: the virtual list may add a row between two reads.
    const rowsWithoutBar = await desk
      .locator('.claim-row')
      .evaluateAll((rows) => rows.filter((row) => !row.querySelector('.score-bar')).length);
    assert.equal(rowsWithoutBar, 0, 'one score bar per row');
    const bars = desk.locator('.claim-row .score-bar');
    // One read for widths and labels (the virtual list may re-render between two), once every bar is laid out.
    const measured = await waitFor(async () => {
      const read = await bars.evaluateAll((els) =>
        els.map((e) => ({
          label: e.getAttribute('aria-label'),
          outer: e.getBoundingClientRect().width,
          inner: (e.firstElementChild as HTMLElement).getBoundingClientRect().width,
        })),
      );
      return read.length > 0 && read.every((bar) => bar.outer > 0) ? read : undefined;
    }, 'the score bars laid out');
    measured.forEach(({ label, outer, inner }, i) =>
      assert.ok(Math.abs(inner / outer - scoreOf(label)) < 0.06, `bar ${i} is as long as its score (${label}, ${inner / outer})`),
    );
  });

  it('orders by check-worthiness and narrows to the claims to check first', async () => {
    // Rows are absolutely positioned and reused: read them in list order (data-index), not DOM order.
    const labels = () =>
      desk.locator('.claim-row').evaluateAll((rows) =>
        rows
          .map((row) => ({
            index: Number(row.getAttribute('data-index')),
            label: row.querySelector('.score-bar')?.getAttribute('aria-label') ?? null,
          }))
          .sort((a, b) => a.index - b.index)
          .map((row) => row.label),
      );
    const before = (await labels()).map(scoreOf);
    assert.ok(
      before.some((s, i) => i > 0 && s > before[i - 1]),
      'in draft order the scores are not sorted (the test can fail)',
    );

    await desk.locator('.order-field select').selectOption('score');
    await waitFor(
      async () => {
        const scores = (await labels()).map(scoreOf);
        return scores.length === before.length && scores.every((s, i) => i === 0 || s <= scores[i - 1]);
      },
      'rows sorted by score, highest first',
      10_000,
    );

    const toggle = desk.locator('button.check-first');
    const count = Number(/(\d+)/.exec(await toggle.innerText())?.[1]);
    assert.ok(count > 0 && count < before.length, `some but not all claims to check first: ${count} of ${before.length}`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await waitFor(async () => (await desk.locator('.claim-row').count()) === count, `${count} rows after "Check first"`, 10_000);
    const shown = (await labels()).map(scoreOf);
    assert.ok(
      shown.every((s) => s >= 0.8),
      `every row at or above the 0.8 threshold: ${shown.join(', ')}`,
    );
    await workbench().screenshot('desk-triage-light');

    await toggle.click();
    await waitFor(async () => (await desk.locator('.claim-row').count()) === before.length, 'all rows back', 10_000);
    await desk.locator('.order-field select').selectOption('position');
  });

  it('lists the cues behind the score in the hover', async () => {
    const hover = await workbench().hoverText('predecessor');
    assert.match(hover, /Score from:.*attribution: … warned.*dated event \(2023\)/s);
  });
});
