import * as assert from 'node:assert/strict';
import type { Source } from '../../../src/core/annotations/types';
import { applyFetchOutcome, parseContentType } from '../../../src/core/sources';

const SOURCE: Source = { id: 'src-0001', url: 'https://news.example/a', title: 'A', addedBy: 'Ana', addedAt: '2026-01-10T09:00:00.000Z' };

describe('source check: what a hostile server sends is not stored raw', () => {
  it('keeps a Content-Type only when it is a well-formed media type', () => {
    assert.deepEqual(parseContentType('Text/HTML; charset="utf-8"'), { contentType: 'text/html', charset: 'utf-8' });
    assert.equal(parseContentType('application/vnd.api+json').contentType, 'application/vnd.api+json');
    for (const header of ['text/html\u001b[31m', 'x'.repeat(5000) + '/html', 'not a type', 'text/html extra words', '<script>/x', '/']) {
      assert.equal(parseContentType(header).contentType, undefined, JSON.stringify(header.slice(0, 40)));
    }
  });

  it('stores no malformed content type from a fetcher that passes the header on as it came', async () => {
    const body = new TextEncoder().encode('%PDF-1.4 binary');
    const checked = await applyFetchOutcome(
      SOURCE,
      {
        kind: 'response',
        status: 200,
        finalUrl: SOURCE.url,
        contentType: `application/pdf\n${'x'.repeat(10_000)}`,
        charset: undefined,
        body,
        tooLarge: false,
      },
      '2026-02-01T08:00:00.000Z',
    );
    assert.equal(checked.contentType, undefined);
    assert.equal(checked.httpStatus, 200);
  });
});
