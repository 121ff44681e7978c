import * as assert from 'node:assert/strict';
import { claimReviewJson, type ClaimReviewJsonLd } from '../../../src/core/exports';

describe('schema.org ClaimReview JSON-LD embedded in a page', () => {
  it('cannot close the <script type="application/ld+json"> it is pasted into, and reads back the same', () => {
    const review: ClaimReviewJsonLd = {
      '@type': 'ClaimReview',
      claimReviewed: 'The mayor said </script><script>alert(1)</script> & <!-- costs rose\u2028 by 4%',
    };
    const json = claimReviewJson([review]);
    assert.doesNotMatch(json, /<|>|&|\u2028/);
    assert.deepEqual(JSON.parse(json), review);
  });
});
