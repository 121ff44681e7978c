import * as assert from 'node:assert/strict';
import { isNavigationKey, moveIndex, reconcileItem } from '../../../src/webview/model/selection';
import { reviewItem } from './items';

describe('desk selection', () => {
  it('moves with arrows, Home/End and pages, clamped', () => {
    assert.equal(moveIndex(3, 10, 'ArrowDown', 5), 4);
    assert.equal(moveIndex(9, 10, 'ArrowDown', 5), 9);
    assert.equal(moveIndex(0, 10, 'ArrowUp', 5), 0);
    assert.equal(moveIndex(3, 10, 'Home', 5), 0);
    assert.equal(moveIndex(3, 10, 'End', 5), 9);
    assert.equal(moveIndex(3, 10, 'PageDown', 5), 8);
    assert.equal(moveIndex(8, 10, 'PageDown', 5), 9);
    assert.equal(moveIndex(3, 10, 'PageUp', 5), 0);
    assert.equal(moveIndex(3, 10, 'PageDown', 0), 4, 'a page is at least one row');
  });

  it('starts from the first or last row when nothing is selected', () => {
    assert.equal(moveIndex(-1, 10, 'ArrowDown', 5), 0);
    assert.equal(moveIndex(-1, 10, 'ArrowUp', 5), 9);
    assert.equal(moveIndex(-1, 10, 'End', 5), 9);
    assert.equal(moveIndex(42, 10, 'ArrowDown', 5), 0, 'stale index');
    assert.equal(moveIndex(0, 0, 'ArrowDown', 5), -1, 'empty list');
  });

  it('knows its keys', () => {
    assert.ok(isNavigationKey('PageUp'));
    assert.equal(isNavigationKey('Enter'), false);
  });

  it('finds a claim again after its id changed', () => {
    const before = reviewItem(100, 'Unemployment fell 6 percent.');
    const shifted = [
      reviewItem(0, 'Taxes rose.'),
      reviewItem(112, 'Unemployment fell 6 percent.'),
      reviewItem(500, 'Unemployment fell 6 percent.'),
    ];
    assert.equal(reconcileItem(before, shifted)?.start, 112, 'same text and kind, nearest the old position');
    const annotated = [reviewItem(100, 'Unemployment fell 6 percent.', { status: 'verified', id: 'a-77' })];
    assert.equal(reconcileItem(before, annotated)?.id, 'a-77', 'annotating gives it a new id');
    assert.equal(reconcileItem(before, [reviewItem(100, 'Unemployment fell 16 percent.')]), undefined, 'changed text is another claim');
    assert.equal(
      reconcileItem(before, [reviewItem(90, 'Unemployment fell 6 percent.', { kind: 'comparison' })]),
      undefined,
      'another kind is another claim',
    );
  });

  it('prefers the same id over a closer text match', () => {
    const before = reviewItem(100, 'Same text.', { id: 'a-1', status: 'verified' });
    const after = [
      reviewItem(100, 'Same text.', { id: 'a-2', status: 'verified' }),
      reviewItem(900, 'Same text.', { id: 'a-1', status: 'verified' }),
    ];
    assert.equal(reconcileItem(before, after)?.id, 'a-1');
  });
});
