import * as assert from 'node:assert/strict';
import { FETCH_ERROR_KINDS, type Source } from '../../../src/core/annotations/types';
import { translator } from '../../../src/webview/context';
import { sourceHealthLines } from '../../../src/webview/model/sourceHealthText';
import { DESK_STRINGS } from '../../../src/webview/strings';

const t = translator({});
const BASE: Source = {
  id: 'src-0001',
  url: 'https://news.example/a',
  title: 'A',
  quote: 'q',
  addedBy: 'Ana',
  addedAt: '2026-01-10T09:00:00.000Z',
};
const checked = (extra: Partial<Source>): Source => ({ ...BASE, checkedAt: '2026-02-01T09:00:00.000Z', ...extra });

describe('desk: source health lines', () => {
  it('has a string for every fetch error', () => {
    for (const kind of FETCH_ERROR_KINDS) assert.ok(`fetchError_${kind}` in DESK_STRINGS, kind);
  });

  it('says nothing for an unchecked source', () => {
    assert.deepEqual(sourceHealthLines(BASE, t), []);
  });

  it('lists problems worst first, then what went well', () => {
    const lines = sourceHealthLines(
      checked({ httpStatus: 200, finalUrl: 'https://other.example/a', contentChanged: true, quoteFound: false }),
      t,
    );
    assert.deepEqual(lines, [
      { text: 'Moved to other.example', problem: true },
      { text: 'Page changed since the last check', problem: true },
      { text: 'Quote not found on the page', problem: true },
    ]);
    assert.deepEqual(sourceHealthLines(checked({ fetchError: 'timeout', quoteFound: null, quoteUnchecked: 'no-page' }), t), [
      { text: 'Broken link (no answer within 10 s)', problem: true },
    ]);
    assert.deepEqual(
      sourceHealthLines(checked({ httpStatus: 200, contentType: 'application/pdf', quoteFound: null, quoteUnchecked: 'not-text' }), t),
      [{ text: 'Quote not checked: the page is not text (application/pdf)', problem: false }],
    );
    assert.deepEqual(sourceHealthLines(checked({ httpStatus: 200, quoteFound: true }), t), [
      { text: 'Quote found on the page', problem: false },
    ]);
  });
});
