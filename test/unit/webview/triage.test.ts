import * as assert from 'node:assert/strict';
import type { ReviewItem } from '../../../src/core/review/types';
import { rangesByStyle } from '../../../src/extension/claimStyles';
import { DEFAULT_FILTER, filterItems, isFiltered } from '../../../src/webview/model/filter';
import { countCheckFirst, FALLBACK_TRIAGE_MIN_SCORE, isCheckFirst, orderItems, triageThreshold } from '../../../src/webview/model/triage';
import { restoreViewState } from '../../../src/webview/model/viewState';
import { reviewItem } from './items';

function scored(start: number, text: string, score: number, status: ReviewItem['status'] = 'unreviewed'): ReviewItem {
  return { ...reviewItem(start, text, { status }), score };
}

const items = [
  scored(0, 'Dated 2019.', 0.7),
  scored(20, 'Costs 40 million.', 0.9),
  scored(40, 'Always late.', 0.4),
  scored(60, 'Rose 12 percent.', 0.9, 'verified'),
  scored(80, 'Mayor Ruiz said 300.', 0.95, 'disputed'),
];
const first = (list: readonly ReviewItem[]) => list.map((i) => i.text.split(' ')[0]);

describe('desk triage', () => {
  it('orders by check-worthiness, ties in document order, without touching the input', () => {
    assert.deepEqual(first(orderItems(items, 'score')), ['Mayor', 'Costs', 'Rose', 'Dated', 'Always']);
    assert.deepEqual(first(orderItems(items, 'position')), ['Dated', 'Costs', 'Always', 'Rose', 'Mayor']);
    assert.deepEqual(first(items), ['Dated', 'Costs', 'Always', 'Rose', 'Mayor']);
  });

  it('checks first what scores at or above the threshold and is not verified yet', () => {
    assert.deepEqual(first(items.filter((i) => isCheckFirst(i, 0.9))), ['Costs', 'Mayor']);
    assert.equal(countCheckFirst(items, 0.7), 3);
    assert.equal(countCheckFirst(items, 0.99), 0);
  });

  it('combines the check-first filter and the order with the other filters', () => {
    const checkFirst = { ...DEFAULT_FILTER, checkFirst: true, order: 'score' as const };
    assert.deepEqual(first(filterItems(items, [], checkFirst, 0.7)), ['Mayor', 'Costs', 'Dated']);
    assert.deepEqual(first(filterItems(items, [], { ...checkFirst, status: 'disputed' }, 0.7)), ['Mayor']);
    assert.ok(isFiltered({ ...DEFAULT_FILTER, checkFirst: true }));
    assert.ok(!isFiltered({ ...DEFAULT_FILTER, order: 'score' }), 'an order hides nothing');
  });

  it('trusts only a threshold in 0..1 from the host', () => {
    assert.equal(triageThreshold(0.65), 0.65);
    for (const bad of [undefined, '0.5', -1, 2, Number.NaN]) assert.equal(triageThreshold(bad), FALLBACK_TRIAGE_MIN_SCORE);
  });

  it('restores the triage choices, falling back on bad data', () => {
    assert.deepEqual(restoreViewState({ filter: { checkFirst: true, order: 'score' } }).filter, {
      ...DEFAULT_FILTER,
      checkFirst: true,
      order: 'score',
    });
    assert.deepEqual(restoreViewState({ filter: { checkFirst: 'yes', order: 'random' } }).filter, DEFAULT_FILTER);
  });

  it('emphasises unreviewed claims at or above the threshold only when asked', () => {
    const plainRanges = rangesByStyle(items, true);
    assert.deepEqual(plainRanges.emphasised, []);
    assert.equal(plainRanges.unreviewed.length, 3);
    const emphasised = rangesByStyle(items, true, 0.7);
    assert.deepEqual(emphasised.emphasised, [
      { start: 0, end: 11 },
      { start: 20, end: 37 },
    ]);
    assert.deepEqual(emphasised.unreviewed, [{ start: 40, end: 52 }]);
    assert.equal(emphasised.disputed.length, 1, 'reviewed claims keep their own look');
  });
});
