import * as assert from 'node:assert/strict';
import { DEFAULT_FILTER, filterItems, isFiltered, searchTerms } from '../../../src/webview/model/filter';
import { reviewItem } from './items';

const items = [
  reviewItem(0, 'Unemployment fell 6 percent in 2023.', { kind: 'statistic' }),
  reviewItem(40, 'The mayor said the bridge is safe.', {
    kind: 'attribution',
    status: 'verified',
    sources: [{ title: 'City Hall minutes', url: 'https://city.example/minutes' }],
  }),
  reviewItem(80, 'No study has found a link.', { kind: 'evidence', status: 'disputed', note: 'Ask the health desk' }),
  reviewItem(120, 'Every school will close.', { kind: 'absolute', status: 'unverified' }),
];
const dismissed = [reviewItem(160, 'Critics disagree with that.', { kind: 'attribution', status: 'dismissed' })];
const texts = (list: { text: string }[]) => list.map((i) => i.text.split(' ')[0]);

describe('desk filter', () => {
  it('shows every claim but dismissed ones by default', () => {
    assert.deepEqual(texts(filterItems(items, dismissed, DEFAULT_FILTER)), ['Unemployment', 'The', 'No', 'Every']);
    assert.equal(isFiltered(DEFAULT_FILTER), false);
  });

  it('filters by status, including the dismissed list', () => {
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, status: 'verified' })), ['The']);
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, status: 'unreviewed' })), ['Unemployment']);
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, status: 'dismissed' })), ['Critics']);
  });

  it('filters by kind and combines with status', () => {
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, kind: 'attribution' })), ['The']);
    assert.deepEqual(texts(filterItems(items, dismissed, { status: 'dismissed', kind: 'attribution', search: '' })), ['Critics']);
    assert.deepEqual(filterItems(items, dismissed, { status: 'verified', kind: 'evidence', search: '' }), []);
    assert.ok(isFiltered({ ...DEFAULT_FILTER, kind: 'legal' }));
  });

  it('searches text, reason, notes and sources, case-insensitively, all terms', () => {
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'BRIDGE' })), ['The']);
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'minutes' })), ['The'], 'source title');
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'city.example' })), ['The'], 'source URL');
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'health desk' })), ['No'], 'note');
    assert.deepEqual(texts(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'close  school' })), ['Every'], 'terms in any order');
    assert.deepEqual(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: 'school bridge' }), [], 'every term must match');
    assert.ok(isFiltered({ ...DEFAULT_FILTER, search: 'x' }));
    assert.equal(isFiltered({ ...DEFAULT_FILTER, search: '   ' }), false);
  });

  it('treats search text as text, not a pattern', () => {
    assert.deepEqual(searchTerms('  6 percent.* '), ['6', 'percent.*']);
    assert.deepEqual(filterItems(items, dismissed, { ...DEFAULT_FILTER, search: '.*' }), []);
  });
});
