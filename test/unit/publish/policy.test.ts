import * as assert from 'node:assert/strict';
import { setStatus } from '../../../src/core/annotations';
import { detectClaims } from '../../../src/core/claims';
import {
  claimCondition,
  createSignOff,
  DEFAULT_POLICY,
  draftTextHash,
  evaluatePolicy,
  isSignOffValid,
  mergePolicy,
  parsePolicy,
  type PublishPolicy,
} from '../../../src/core/publish';
import { buildReview } from '../../../src/core/review/buildReview';
import type { ReviewItem } from '../../../src/core/review/types';
import { annotate, DRAFT, T1, T2 } from '../annotations/fixtures';

function item(status: ReviewItem['status'], score: number, extra: Partial<ReviewItem> = {}): ReviewItem {
  return { id: `claim:${score}`, start: 0, end: 1, text: 'x', kind: 'statistic', reason: 'r', score, status, detected: true, ...extra };
}

function reviewOf(text: string) {
  return buildReview({ uri: 'story.md', version: 1, claims: detectClaims(text, 'markdown'), annotations: [] });
}

describe('publishing policy: file, defaults and layers', () => {
  it('defaults: disputed, unverified, changed, unreviewed ≥ 0.7 and a stale sign-off block', () => {
    assert.deepEqual(mergePolicy(), { failOn: ['disputed', 'unverified', 'changed', 'unreviewed', 'stale-sign-off'], minScore: 0.7 });
    assert.deepEqual(mergePolicy(), { ...DEFAULT_POLICY, failOn: [...DEFAULT_POLICY.failOn] });
  });

  it('later layers win key by key; failOn is normalised to canonical order without duplicates', () => {
    const settings: Partial<PublishPolicy> = { minScore: 0.5 };
    const file: Partial<PublishPolicy> = { failOn: ['unsigned', 'disputed', 'disputed'] };
    assert.deepEqual(mergePolicy(settings, file), { failOn: ['disputed', 'unsigned'], minScore: 0.5 });
    assert.deepEqual(mergePolicy(settings, file, { minScore: 0.9 }), { failOn: ['disputed', 'unsigned'], minScore: 0.9 });
    assert.deepEqual(mergePolicy(undefined, { minScore: 0 }).minScore, 0);
  });

  it('parses a policy file: keys optional, $schema allowed, a BOM ignored', () => {
    assert.deepEqual(parsePolicy('{}'), { ok: true, policy: {} });
    assert.deepEqual(parsePolicy('\uFEFF{"$schema": "x", "minScore": 0.4, "failOn": ["unverified", "disputed"]}'), {
      ok: true,
      policy: { minScore: 0.4, failOn: ['disputed', 'unverified'] },
    });
  });

  const refused: Array<[string, string, RegExp]> = [
    ['empty', '  ', /^policy\.json: empty file/],
    ['syntax', '{\n  "minScore": 0.5,\n}', /^policy\.json: line 3, column 1: expected a property name/],
    ['not an object', '[1]', /^policy\.json: the file must be an object, not an array/],
    ['unknown key', '{"minscore": 0.5}', /^policy\.json: line 1, column 2: minscore: unknown setting \(known: failOn, minScore\)/],
    [
      'score out of range',
      '{\n  "failOn": [],\n  "minScore": 1.5\n}',
      /^policy\.json: line 3, column 3: minScore: must be from 0 to 1, not 1\.5/,
    ],
    ['score as text', '{"minScore": "0.5"}', /^policy\.json: line 1, column 2: minScore: must be a number from 0 to 1, not "0\.5"/],
    ['failOn not a list', '{"failOn": "disputed"}', /^policy\.json: line 1, column 2: failOn: must be a list/],
    [
      'a later element, after nested values',
      '{"failOn": ["disputed", ["a, b", {"c": "]"}], "nope"]}',
      /^policy\.json: line 1, column 25: failOn\[1\]: must be one of/,
    ],
    [
      'unknown key before nested values',
      '{\n  "x": {"failOn": 1},\n  "failOn": ["disputed", {"a": [1, 2]}, "rumour"]\n}',
      /^policy\.json: line 2, column 3: x: unknown setting/,
    ],
    [
      'unknown condition, placed in the list',
      '{"failOn": ["disputed", \n  "rumour"]}',
      /^policy\.json: line 2, column 3: failOn\[1\]: must be one of disputed, unverified, changed, unreviewed, stale-sign-off, unsigned \(not "rumour"\)/,
    ],
  ];
  for (const [name, text, message] of refused) {
    it(`refuses a policy file with the place of the error: ${name}`, () => {
      const result = parsePolicy(text, 'policy.json');
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, message);
    });
  }
});

describe('publishing policy: evaluation', () => {
  const policy = mergePolicy();

  it('names the condition each claim status meets', () => {
    const changed = { ...annotate(DRAFT, '£4.2 million'), status: 'verified' as const, changedSinceVerification: true };
    assert.equal(claimCondition(item('disputed', 0.1), policy), 'disputed');
    assert.equal(claimCondition(item('unverified', 0.1), policy), 'unverified');
    assert.equal(claimCondition(item('verified', 0.9, { annotation: changed }), policy), 'changed');
    assert.equal(claimCondition(item('verified', 0.9), policy), undefined);
    assert.equal(claimCondition(item('unreviewed', 0.7), policy), 'unreviewed');
    assert.equal(claimCondition(item('unreviewed', 0.69), policy), undefined);
    assert.equal(claimCondition(item('dismissed', 1), policy), undefined);
    assert.equal(claimCondition(item('disputed', 1), mergePolicy({ failOn: ['unverified'] })), undefined);
  });

  it('a draft with unreviewed check-worthy claims needs work and lists them in document order', () => {
    const review = reviewOf(DRAFT);
    const evaluation = evaluatePolicy({ items: review.items, policy: mergePolicy({ minScore: 0 }), text: DRAFT });
    assert.equal(evaluation.state, 'needs-work');
    assert.equal(evaluation.pass, false);
    assert.equal(evaluation.canSignOff, false);
    assert.ok(evaluation.blockers.length > 0);
    assert.deepEqual(
      evaluation.blockers.map((b) => b.item.start),
      [...evaluation.blockers.map((b) => b.item.start)].sort((a, b) => a - b),
    );
    assert.ok(evaluation.blockers.every((b) => b.condition === 'unreviewed'));
    assert.equal(evaluation.counts.unreviewed, review.items.length);
  });

  it('a disputed claim blocks the draft and sets the state', () => {
    const disputed = setStatus(annotate(DRAFT, '£4.2 million'), 'disputed', 'Ana', T1);
    const review = buildReview({ uri: 'story.md', version: 1, claims: [], annotations: [disputed] });
    const evaluation = evaluatePolicy({ items: review.items, policy, text: DRAFT });
    assert.equal(evaluation.state, 'blocked-by-disputed');
    assert.deepEqual(
      evaluation.blockers.map((b) => [b.condition, b.item.text]),
      [['disputed', '£4.2 million']],
    );
  });

  it('ready when the policy holds; signed off while the text is unchanged; changed since sign-off after any edit', () => {
    const verified = setStatus(annotate(DRAFT, '£4.2 million'), 'verified', 'Ana', T1);
    const items = buildReview({ uri: 'story.md', version: 1, claims: [], annotations: [verified] }).items;
    const ready = evaluatePolicy({ items, policy, text: DRAFT });
    assert.deepEqual([ready.state, ready.pass, ready.canSignOff, ready.signOff], ['ready', true, true, undefined]);

    const signOff = createSignOff(DRAFT, policy, 'Ana', T2);
    assert.deepEqual(signOff, { by: 'Ana', at: T2, textHash: draftTextHash(DRAFT), policy });
    const signed = evaluatePolicy({ items, policy, text: DRAFT, signOff });
    assert.deepEqual([signed.state, signed.pass, signed.signOff?.valid], ['signed-off', true, true]);

    const edited = DRAFT.replace('last year', 'in 2025');
    assert.equal(isSignOffValid(signOff, edited), false);
    const stale = evaluatePolicy({ items, policy, text: edited, signOff });
    assert.deepEqual(
      [stale.state, stale.pass, stale.canSignOff, stale.draftProblems, stale.signOff?.valid],
      ['changed-since-sign-off', false, true, ['stale-sign-off'], false],
    );

    // Without 'stale-sign-off' in failOn the state still says so, but the gate passes.
    const lenient = evaluatePolicy({ items, policy: mergePolicy({ failOn: ['disputed'] }), text: edited, signOff });
    assert.deepEqual([lenient.state, lenient.pass], ['changed-since-sign-off', true]);
  });

  it('"unsigned" makes a sign-off compulsory', () => {
    const strict = mergePolicy({ failOn: ['disputed', 'unsigned'] });
    const unsigned = evaluatePolicy({ items: [], policy: strict, text: DRAFT });
    assert.deepEqual([unsigned.pass, unsigned.canSignOff, unsigned.draftProblems, unsigned.state], [false, true, ['unsigned'], 'ready']);
    const signed = evaluatePolicy({ items: [], policy: strict, text: DRAFT, signOff: createSignOff(DRAFT, strict, 'Ana', T2) });
    assert.equal(signed.pass, true);
  });

  it('an unreadable sidecar never passes and carries its error', () => {
    const evaluation = evaluatePolicy({ items: [], policy, text: DRAFT, sidecarError: 'line 1, column 1: oops' });
    assert.deepEqual(
      [evaluation.state, evaluation.pass, evaluation.canSignOff, evaluation.error],
      ['unreadable', false, false, 'line 1, column 1: oops'],
    );
  });

  it('the sign-off hash ignores a BOM and line-ending style but nothing else', () => {
    const lf = 'One.\nTwo.\n';
    assert.equal(draftTextHash(lf), draftTextHash('\uFEFFOne.\r\nTwo.\r\n'));
    assert.equal(draftTextHash(lf), draftTextHash('One.\rTwo.\r'));
    assert.notEqual(draftTextHash(lf), draftTextHash('One.\nTwo. \n'));
    assert.match(draftTextHash(lf), /^[0-9a-f]{16}$/);
  });
});
