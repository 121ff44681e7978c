import * as assert from 'node:assert/strict';
import type { Annotation, ClaimStatus } from '../../../src/core/annotations/types';
import type { Claim, ClaimKind } from '../../../src/core/claims/types';
import { buildReview, detectedItemId, MANUAL_REASON, UNDETECTED_REASON } from '../../../src/core/review/buildReview';

const TEXT =
  'Unemployment fell 6 percent in 2023. The mayor said the bridge is safe. ' +
  'No study has found a link. Every school will close. Critics disagree with that.';

function at(fragment: string): { start: number; end: number } {
  const start = TEXT.indexOf(fragment);
  assert.ok(start >= 0, `fixture text lacks "${fragment}"`);
  return { start, end: start + fragment.length };
}

function claim(fragment: string, kind: ClaimKind, score = 0.8, reason = `cue for ${kind}`): Claim {
  const { start, end } = at(fragment);
  return { start, end, text: fragment, kind, reason, score };
}

let counter = 0;
function annotation(fragment: string, status: ClaimStatus, extra: Partial<Annotation> = {}): Annotation {
  const { start, end } = at(fragment);
  counter++;
  return {
    id: `a${counter}`,
    anchor: { exact: fragment, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32), start, end },
    kind: 'statistic',
    status,
    sources: [],
    note: '',
    history: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const base = { uri: 'file:///draft.md', version: 3 };

describe('buildReview', () => {
  it('lists detected claims nobody acted on as unreviewed, in document order', () => {
    const claims = [claim('The mayor said the bridge is safe.', 'attribution'), claim('Unemployment fell 6 percent in 2023.', 'statistic')];
    const review = buildReview({ ...base, claims, annotations: [] });
    assert.deepEqual(
      review.items.map((i) => [i.id, i.status, i.detected, i.annotation]),
      [
        [detectedItemId(claims[1]), 'unreviewed', true, undefined],
        [detectedItemId(claims[0]), 'unreviewed', true, undefined],
      ],
    );
    assert.equal(review.items[0].reason, 'cue for statistic');
    assert.equal(review.uri, base.uri);
    assert.equal(review.version, 3);
    assert.deepEqual(review.dismissed, []);
    assert.deepEqual(review.orphans, []);
    assert.equal('storeError' in review, false);
  });

  it('puts an overlapping annotation in place of the detected claim, keeping the claim reason and score', () => {
    const detected = claim('Unemployment fell 6 percent in 2023.', 'statistic', 0.9, 'a number with a unit');
    // The editor annotated only part of the sentence.
    const annotated = annotation('fell 6 percent', 'verified');
    const review = buildReview({ ...base, claims: [detected], annotations: [annotated] });
    assert.equal(review.items.length, 1);
    const [item] = review.items;
    assert.equal(item.id, annotated.id);
    assert.equal(item.status, 'verified');
    assert.equal(item.detected, true);
    assert.equal(item.reason, 'a number with a unit');
    assert.equal(item.score, 0.9);
    assert.deepEqual([item.start, item.end, item.text], [annotated.anchor.start, annotated.anchor.end, 'fell 6 percent']);
    assert.equal(item.annotation, annotated);
  });

  it('lets one annotation take the place of every claim it overlaps, borrowing the reason of the largest overlap', () => {
    const first = claim('The mayor said', 'attribution', 0.5, 'says-verb');
    const second = claim('the bridge is safe.', 'absolute', 0.7, 'safety claim');
    const annotated = annotation('mayor said the bridge is safe', 'unverified');
    const review = buildReview({ ...base, claims: [first, second], annotations: [annotated] });
    assert.deepEqual(
      review.items.map((i) => i.id),
      [annotated.id],
    );
    assert.equal(review.items[0].reason, 'safety claim');
  });

  it('keeps claims the annotation does not touch, and adjacent spans do not count as overlap', () => {
    const stat = claim('Unemployment fell 6 percent in 2023.', 'statistic');
    const next = claim(' The mayor said the bridge is safe.', 'attribution');
    const annotated = annotation('Unemployment fell 6 percent in 2023.', 'disputed');
    const review = buildReview({ ...base, claims: [stat, next], annotations: [annotated] });
    assert.deepEqual(
      review.items.map((i) => i.id),
      [annotated.id, detectedItemId(next)],
    );
  });

  it('moves a dismissed claim to `dismissed` and hides the detected claim under it', () => {
    const detected = claim('Every school will close.', 'absolute');
    const dismissed = annotation('Every school will close.', 'dismissed', { kind: 'absolute' });
    const review = buildReview({ ...base, claims: [detected], annotations: [dismissed] });
    assert.deepEqual(review.items, []);
    assert.deepEqual(
      review.dismissed.map((i) => [i.id, i.status, i.detected]),
      [[dismissed.id, 'dismissed', true]],
    );
  });

  it('shows manual annotations as items marked by an editor', () => {
    const manual = annotation('Critics disagree with that.', 'unverified', { manual: true, kind: 'attribution' });
    const review = buildReview({ ...base, claims: [], annotations: [manual] });
    assert.equal(review.items.length, 1);
    assert.equal(review.items[0].reason, MANUAL_REASON);
    assert.equal(review.items[0].detected, false);
    assert.equal(review.items[0].kind, 'attribution');
  });

  it('keeps an annotation the engine no longer detects, saying so', () => {
    const annotated = annotation('No study has found a link.', 'verified', { kind: 'evidence' });
    const review = buildReview({ ...base, claims: [], annotations: [annotated] });
    assert.deepEqual(
      review.items.map((i) => [i.id, i.detected, i.reason, i.status]),
      [[annotated.id, false, UNDETECTED_REASON, 'verified']],
    );
  });

  it('lists orphans separately and never as items, even where a claim is detected', () => {
    const orphan = annotation('No study has found a link.', 'verified', { orphaned: true });
    const detected = claim('No study has found a link.', 'evidence');
    const review = buildReview({ ...base, claims: [detected], annotations: [orphan] });
    assert.deepEqual(review.orphans, [orphan]);
    // The orphan does not hide the claim: it is detected again and can be re-attached to it.
    assert.deepEqual(
      review.items.map((i) => i.id),
      [detectedItemId(detected)],
    );
  });

  it('hides unannotated claims below minScore but never annotated ones', () => {
    const weak = claim('The mayor said the bridge is safe.', 'attribution', 0.2);
    const weakAnnotated = claim('Every school will close.', 'absolute', 0.1, 'universal');
    const strong = claim('Unemployment fell 6 percent in 2023.', 'statistic', 0.9);
    const annotated = annotation('Every school will close.', 'unverified', { kind: 'absolute' });
    const review = buildReview({ ...base, claims: [weak, weakAnnotated, strong], annotations: [annotated], minScore: 0.5 });
    assert.deepEqual(
      review.items.map((i) => i.id),
      [detectedItemId(strong), annotated.id],
    );
    assert.equal(review.items[1].reason, 'universal');
    assert.equal(review.items[1].score, 0.1);
  });

  it('treats a claim exactly at minScore as shown', () => {
    const edge = claim('Every school will close.', 'absolute', 0.5);
    assert.equal(buildReview({ ...base, claims: [edge], annotations: [], minScore: 0.5 }).items.length, 1);
  });

  it('carries the store error through', () => {
    const review = buildReview({ ...base, claims: [], annotations: [], storeError: 'Unexpected token } in JSON' });
    assert.equal(review.storeError, 'Unexpected token } in JSON');
  });

  it('finds overlaps among many claims whatever their order and nesting', () => {
    // A long claim spanning everything plus short ones inside it: the running maximum of ends must find all.
    const claims: Claim[] = [claim('No study has found a link.', 'evidence'), claim('Unemployment fell 6 percent in 2023.', 'statistic')];
    claims.push({ start: 0, end: TEXT.length, text: TEXT, kind: 'causal', reason: 'whole', score: 0.3 });
    const annotated = annotation('Critics disagree', 'verified');
    const review = buildReview({ ...base, claims, annotations: [annotated] });
    assert.deepEqual(review.items.map((i) => i.id).sort(), [annotated.id, detectedItemId(claims[0]), detectedItemId(claims[1])].sort());
  });

  it('matches a brute-force overlap check on random spans', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const claims: Claim[] = [];
      for (let i = 0; i < 8; i++) {
        const start = random(TEXT.length - 1);
        const end = start + 1 + random(40);
        claims.push({ start, end, text: TEXT.slice(start, end), kind: 'event', reason: 'r', score: 1 });
      }
      const start = random(TEXT.length - 1);
      const end = start + 1 + random(30);
      const annotated = annotation(TEXT.slice(0, 1), 'verified');
      annotated.anchor = { ...annotated.anchor, start, end, exact: TEXT.slice(start, end) };
      const review = buildReview({ ...base, claims, annotations: [annotated] });
      const expectedKept = claims.filter((c) => Math.min(c.end, end) - Math.max(c.start, start) <= 0).length;
      assert.equal(review.items.length, expectedKept + 1, `round ${round}`);
      assert.equal(review.items.find((i) => i.id === annotated.id)?.detected, claims.length - expectedKept > 0);
    }
  });
});
