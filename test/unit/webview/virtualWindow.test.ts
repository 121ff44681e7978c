import * as assert from 'node:assert/strict';
import { computeWindow, scrollToShow } from '../../../src/webview/model/virtualWindow';

describe('virtual list window', () => {
  it('renders the visible rows plus overscan, clamped to the list', () => {
    assert.deepEqual(computeWindow(5000, 50, 0, 500, 5), { start: 0, end: 15, totalHeight: 250000 });
    assert.deepEqual(computeWindow(5000, 50, 1000, 500, 5), { start: 15, end: 35, totalHeight: 250000 });
    assert.deepEqual(computeWindow(5000, 50, 249_800, 500, 5), { start: 4991, end: 5000, totalHeight: 250000 });
  });

  it('handles a list that starts below the viewport top (negative scroll)', () => {
    // The list begins 300px down the page: rows 0..3 fill the remaining 200px.
    assert.deepEqual(computeWindow(100, 50, -300, 500, 0), { start: 0, end: 4, totalHeight: 5000 });
    assert.deepEqual(computeWindow(100, 50, -600, 500, 2), { start: 0, end: 2, totalHeight: 5000 }, 'list below the fold: overscan only');
  });

  it('covers partially visible rows', () => {
    assert.deepEqual(computeWindow(100, 50, 25, 100, 0), { start: 0, end: 3, totalHeight: 5000 });
  });

  it('renders nothing for empty lists or zero-size viewports', () => {
    assert.deepEqual(computeWindow(0, 50, 0, 500), { start: 0, end: 0, totalHeight: 0 });
    assert.deepEqual(computeWindow(10, 50, 0, 0), { start: 0, end: 0, totalHeight: 500 });
  });

  it('keeps the window small for huge lists', () => {
    const window = computeWindow(1_000_000, 40, 20_000_000, 900);
    assert.ok(window.end - window.start <= 900 / 40 + 1 + 16, `window of ${window.end - window.start} rows`);
  });

  it('scrolls just enough to show a row', () => {
    assert.equal(scrollToShow(5, 50, 0, 500), undefined, 'already visible');
    assert.equal(scrollToShow(12, 50, 0, 500), 150, 'below: bottom-align');
    assert.equal(scrollToShow(2, 50, 300, 500), 100, 'above: top-align');
    assert.equal(scrollToShow(9, 50, 0, 500), undefined, 'last fully visible row');
    assert.equal(scrollToShow(10, 50, 0, 500), 50);
  });
});
