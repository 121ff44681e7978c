import * as assert from 'node:assert/strict';
import {
  isHostMessage,
  isRequestMessage,
  isWebviewMessage,
  LIMITS,
  validateWebviewMessage,
  type WebviewMessage,
} from '../../../src/shared/protocol';

const URI = 'file:///drafts/budget.md';

/** One valid example of every webview → host message type. */
const VALID: WebviewMessage[] = [
  { type: 'ready' },
  { type: 'reveal', uri: URI, itemId: 'claim:0:10' },
  { type: 'setStatus', requestId: 1, uri: URI, itemId: 'a1', status: 'verified' },
  { type: 'attachSource', requestId: 2, uri: URI, itemId: 'a1', url: 'https://example.org', title: 'T', quote: '', note: '' },
  {
    type: 'editSource',
    requestId: 3,
    uri: URI,
    annotationId: 'a1',
    sourceId: 's1',
    url: 'https://example.org',
    title: 'T',
    quote: 'q',
    note: 'n',
  },
  { type: 'removeSource', requestId: 4, uri: URI, annotationId: 'a1', sourceId: 's1' },
  { type: 'setNote', requestId: 5, uri: URI, itemId: 'a1', note: 'check with the council' },
  { type: 'openSource', uri: URI, annotationId: 'a1', sourceId: 's1' },
  { type: 'reattach', requestId: 6, uri: URI, annotationId: 'a1' },
  { type: 'perf', name: 'renderState', ms: 12.5, count: 5000 },
];

describe('desk protocol guards', () => {
  it('accepts one valid message of every type', () => {
    const types = new Set<string>();
    for (const message of VALID) {
      assert.ok(isWebviewMessage(message), `${message.type} should be valid: ${JSON.stringify(validateWebviewMessage(message))}`);
      types.add(message.type);
    }
    assert.equal(types.size, 10, 'every message type is covered');
  });

  it('rejects non-objects, arrays, class instances and unknown types', () => {
    for (const value of [
      null,
      undefined,
      42,
      'ready',
      [],
      [{ type: 'ready' }],
      new Date(),
      { type: 'deleteEverything' },
      { type: 42 },
      {},
    ]) {
      assert.equal(isWebviewMessage(value), false, `${JSON.stringify(value)} must be rejected`);
    }
    const proto = Object.create({ type: 'ready' }) as object;
    assert.equal(isWebviewMessage(proto), false, 'inherited fields do not count');
  });

  it('rejects every message with a field missing', () => {
    for (const message of VALID) {
      for (const key of Object.keys(message)) {
        if (key === 'type') continue;
        const broken: Record<string, unknown> = { ...message };
        delete broken[key];
        const result = validateWebviewMessage(broken);
        assert.equal(result.ok, false, `${message.type} without ${key} must be rejected`);
      }
    }
  });

  it('rejects every message with a field of the wrong type', () => {
    for (const message of VALID) {
      for (const [key, value] of Object.entries(message)) {
        if (key === 'type') continue;
        const wrong = typeof value === 'string' ? 7 : typeof value === 'number' ? '7' : null;
        assert.equal(
          isWebviewMessage({ ...message, [key]: wrong }),
          false,
          `${message.type}.${key} = ${JSON.stringify(wrong)} must be rejected`,
        );
        assert.equal(
          isWebviewMessage({ ...message, [key]: { toString: () => 'x' } }),
          false,
          `${message.type}.${key} as an object must be rejected`,
        );
      }
    }
  });

  it('rejects extra fields', () => {
    for (const message of VALID) {
      assert.equal(
        isWebviewMessage({ ...message, command: 'workbench.action.terminal.new' }),
        false,
        `${message.type} with an extra field`,
      );
    }
  });

  it('enforces string length caps and non-empty ids', () => {
    const attach = VALID[3];
    assert.ok(isWebviewMessage({ ...attach, url: `https://e.org/${'a'.repeat(LIMITS.url - 14)}` }), 'url at the cap');
    assert.equal(isWebviewMessage({ ...attach, url: `https://e.org/${'a'.repeat(LIMITS.url)}` }), false, 'url over the cap');
    assert.equal(isWebviewMessage({ ...attach, title: 'x'.repeat(LIMITS.title + 1) }), false, 'title over the cap');
    assert.equal(isWebviewMessage({ ...attach, quote: 'x'.repeat(LIMITS.quote + 1) }), false, 'quote over the cap');
    assert.equal(isWebviewMessage({ ...attach, note: 'x'.repeat(LIMITS.note + 1) }), false, 'note over the cap');
    assert.equal(isWebviewMessage({ ...attach, itemId: '' }), false, 'empty id');
    assert.equal(isWebviewMessage({ ...attach, uri: '' }), false, 'empty uri');
    assert.equal(isWebviewMessage({ ...attach, url: '' }), false, 'empty url');
    assert.equal(isWebviewMessage({ ...VALID[1], itemId: 'i'.repeat(LIMITS.id + 1) }), false, 'id over the cap');
    assert.equal(isWebviewMessage({ ...VALID[1], uri: 'u'.repeat(LIMITS.uri + 1) }), false, 'uri over the cap');
  });

  it('checks enums and numbers', () => {
    assert.equal(isWebviewMessage({ ...VALID[2], status: 'approved' }), false, 'unknown status');
    for (const status of ['unreviewed', 'verified', 'unverified', 'disputed', 'dismissed'])
      assert.ok(isWebviewMessage({ ...VALID[2], status }), status);
    for (const requestId of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      assert.equal(isWebviewMessage({ ...VALID[2], requestId }), false, `requestId ${requestId}`);
    for (const ms of [-1, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(isWebviewMessage({ ...VALID[9], ms }), false, `ms ${ms}`);
    assert.equal(isWebviewMessage({ ...VALID[9], count: 2.5 }), false, 'fractional count');
  });

  it('reports why a message was rejected', () => {
    const result = validateWebviewMessage({ type: 'setNote', requestId: 1, uri: URI, itemId: 'a', note: 5 });
    assert.deepEqual(result, { ok: false, reason: 'setNote: invalid or missing field note' });
  });

  it('tells request messages (which get a result) from the rest', () => {
    const requests = VALID.filter(isRequestMessage).map((m) => m.type);
    assert.deepEqual(requests, ['setStatus', 'attachSource', 'editSource', 'removeSource', 'setNote', 'reattach']);
  });

  it('checks host messages in the webview', () => {
    assert.ok(isHostMessage({ type: 'init', strings: { a: 'b' } }));
    assert.ok(isHostMessage({ type: 'state', draft: null }));
    assert.ok(isHostMessage({ type: 'state', draft: { uri: URI, items: [] } }));
    assert.ok(isHostMessage({ type: 'select', itemId: 'a', openDetail: false }));
    assert.ok(isHostMessage({ type: 'result', requestId: 1, ok: false, message: 'bad' }));
    for (const bad of [
      null,
      { type: 'init', strings: { a: 1 } },
      { type: 'state' },
      { type: 'select', itemId: 1, openDetail: false },
      { type: 'result', requestId: -1, ok: true },
      { type: 'eval' },
    ]) {
      assert.equal(isHostMessage(bad), false, JSON.stringify(bad));
    }
  });
});
