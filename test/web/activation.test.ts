import * as assert from './assert';
import * as vscode from 'vscode';
import { extension, getApi, largeDraft, scratchFolder, show, waitFor, writeText } from './helpers';

/** Set by the runner in front of the bundle: how much slower than an idle machine this one is now. */
declare const FACTCHECK_TIME_SCALE: number | undefined;

/**
 * The budget is 100 ms on an idle machine: the test reports the measured time, as a benchmark
 * (71 ms at load 15 once the library index, insights and the Drafts view's listing moved after activate();
 * 112 ms before on a quiet machine). The assertion guards 300 ms, scaled by the machine's load, so a
 * worker starved of CPU while the rest of the suite runs still passes.
 */
const ACTIVATION_BUDGET_MS = 100;
const ACTIVATION_LIMIT_MS = 300;
const TIME_SCALE = typeof FACTCHECK_TIME_SCALE === 'number' && FACTCHECK_TIME_SCALE >= 1 ? FACTCHECK_TIME_SCALE : 1;
const DRAFT_SIZE = 50_000;

describe('web: activation', () => {
  it('runs the browser bundle in the web worker extension host', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    const manifest = extension().packageJSON as { main?: string; browser?: string };
    assert.equal(manifest.main, undefined, 'the browser-only copy of the extension is loaded');
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it(`activates on a 50 KB draft without detecting inside activate() (budget ${ACTIVATION_BUDGET_MS} ms, reported)`, async function () {
    // Writing, opening and highlighting a 50 KB draft in a CPU-starved worker can outlast mocha's 30 s default.
    this.timeout(30_000 * TIME_SCALE);
    assert.equal(extension().isActive, false, 'nothing activated the extension before this test');
    const draft = vscode.Uri.joinPath(scratchFolder(), 'long-story.md');
    const text = largeDraft(DRAFT_SIZE);
    await writeText(draft, text);
    await show(draft); // onLanguage:markdown activates the extension
    const api = await getApi();
    assert.equal(api.activation.platform, 'web');
    const ranges = await waitFor(
      () => {
        const drawn = Object.values(api.getDecorationRanges(draft)).reduce((n, list) => n + list.length, 0);
        return drawn > 0 ? drawn : undefined;
      },
      'highlights on the 50 KB draft',
      10_000,
      2,
    );
    const firstHighlightsMs = performance.now() - api.activation.startedAt;
    const shownFirst = api.getReview(draft)?.items.length ?? 0;
    // A draft over 16 KB is detected in slices, the visible paragraphs first: wait for the whole count.
    const claims = await waitFor(
      () => {
        const review = api.getReview(draft);
        return review && !review.counting && !review.loading ? review.items.length : undefined;
      },
      'the full count of the 50 KB draft',
      10_000,
      2,
    );
    console.log(
      `    web activation on a ${(text.length / 1000).toFixed(1)} KB draft: activate() ${api.activation.durationMs.toFixed(1)} ms; ` +
        `first highlights ${firstHighlightsMs.toFixed(1)} ms after activate() began (${ranges} ranges, ${shownFirst} claims shown first, ${claims} in all; time scale x${TIME_SCALE})`,
    );
    assert.ok(claims > 100, `the draft has many claims (${claims})`);
    const limit = ACTIVATION_LIMIT_MS * TIME_SCALE;
    assert.ok(
      api.activation.durationMs <= limit,
      `activate() took ${api.activation.durationMs.toFixed(1)} ms, limit ${limit} ms (x${TIME_SCALE} for load)`,
    );
  });
});
