import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { articleUrl, claimAttribution, claimReviewJson, claimReviews, DEFAULT_RATINGS, ratingMapProblem } from '../../../src/core/exports';
import { storyInput } from '../report/reportFixture';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'schemas', 'claimreview.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const OPTIONS = {
  publisherName: 'The Harbour Gazette',
  publisherUrl: 'https://gazette.example/',
  urlTemplate: 'https://gazette.example/{draft}#claim-{id}',
  datePublished: '2026-02-01T08:00:00.000Z',
};

describe('schema.org ClaimReview export', () => {
  const reviews = () => claimReviews({ draftName: 'story.md', items: storyInput().items }, OPTIONS);

  it("exports reviewed claims only (verified and disputed by default), valid against the schema written from Google's requirements", () => {
    const exported = reviews();
    assert.deepEqual(
      exported.map((r) => (r.reviewRating as { alternateName: string }).alternateName),
      ['True', 'False'],
    );
    const json = JSON.parse(claimReviewJson(exported));
    assert.equal(validate(json), true, JSON.stringify(validate.errors));
    for (const r of exported) {
      const rating = r.reviewRating as { ratingValue: number; bestRating: number; worstRating: number };
      assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating);
    }
  });

  it('fills url from the template, author from the publisher, itemReviewed with attribution when the text names it', () => {
    const [first, second] = reviews();
    assert.equal(first.url, 'https://gazette.example/story#claim-fixture-spent');
    assert.deepEqual(first.author, { '@type': 'Organization', name: 'The Harbour Gazette', url: 'https://gazette.example/' });
    assert.equal(first.datePublished, '2026-02-01');
    assert.equal((first.itemReviewed as { author?: unknown }).author, undefined);
    assert.deepEqual((second.itemReviewed as { author?: unknown }).author, { '@type': 'Person', name: 'Office for National Statistics' });
    assert.equal(second.claimReviewed, 'Unemployment rose to 7.2 percent in 2023, according to the Office for National Statistics.');
  });

  it('the status mapping is configurable: unverified can be exported too, and the names change', () => {
    const ratings = {
      ...DEFAULT_RATINGS,
      unverified: { ratingValue: 3, alternateName: 'Unproven' },
      disputed: { ratingValue: 1, alternateName: 'Misleading' },
    };
    const exported = claimReviews({ draftName: 'story.md', items: storyInput().items }, { ...OPTIONS, ratings });
    assert.deepEqual(
      exported.map((r) => (r.reviewRating as { alternateName: string }).alternateName),
      ['True', 'Misleading', 'Unproven'],
    );
    assert.equal(validate(exported), true);
    assert.equal(ratingMapProblem(ratings), undefined);
    assert.match(
      ratingMapProblem({ verified: { ratingValue: 9, alternateName: 'x' } }) ?? '',
      /verified\.ratingValue: must be a number from 1 to 5/,
    );
    assert.match(ratingMapProblem({ dismissed: { ratingValue: 1, alternateName: 'x' } }) ?? '', /dismissed: not a status/);
  });

  it('the schema refuses what Google would: no claimReviewed, no alternateName, no url', () => {
    const [one] = reviews();
    for (const broken of [
      { ...one, claimReviewed: '' },
      { ...one, reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 } },
      { ...one, url: undefined },
      { ...one, url: 'javascript:alert(1)' },
    ]) {
      assert.equal(validate(JSON.parse(JSON.stringify(broken))), false, JSON.stringify(broken));
    }
  });

  it('finds who made a claim only when the text says it plainly', () => {
    assert.equal(claimAttribution('Crime fell 4 percent, according to Police Scotland.'), 'Police Scotland');
    assert.equal(claimAttribution('Jane Doe said the budget doubled.'), 'Jane Doe');
    assert.equal(claimAttribution('The mayor said the budget doubled.'), undefined);
    assert.equal(claimAttribution('Unemployment rose to 7.2 percent.'), undefined);
    assert.equal(articleUrl('https://x.example/{draft}/{number}#c-{id}', 'my story.md', 'abc', 3), 'https://x.example/my%20story/3#c-abc');
  });
});
