import * as assert from 'node:assert/strict';
import { withTestHooks, type FactCheckApi } from '../../../src/extension/api';

describe('extension API: test hooks only in test mode', () => {
  const api = { review: {}, getReview: () => undefined, flush: async () => undefined } as unknown as FactCheckApi;
  const hooks = () => ({ getStatusBarText: () => 'x' }) as never;

  it('returns the public API alone outside test mode, without building the hooks', () => {
    let built = false;
    const result = withTestHooks(api, false, () => {
      built = true;
      return hooks();
    });
    assert.equal(result, api);
    assert.deepEqual(Object.keys(result).sort(), ['flush', 'getReview', 'review']);
    assert.equal(built, false);
  });

  it('adds the hooks in test mode', () => {
    const result = withTestHooks(api, true, hooks) as unknown as Record<string, unknown>;
    assert.equal(typeof result.getStatusBarText, 'function');
    assert.equal(result.review, api.review);
  });
});
