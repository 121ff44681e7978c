import * as assert from 'node:assert/strict';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, scanJson, tempTree, type JsonClaim } from './cliHarness';

/** A draft with several kinds of claim, so the filters have something to remove. */
const DRAFT = [
  '# Council budget',
  '',
  `${UNMISTAKABLE} ${UNMISTAKABLE_2}`,
  'The mayor said the new tram line was the most expensive project in the city’s history.',
  'Nobody has ever completed the route in under an hour.',
  'The closure was caused by a burst water main, according to the utility.',
  'Under the 2019 transport act, councils must publish every contract above €50,000.',
  'We liked the zorblax very much.',
  '',
].join('\n');

const key = (c: JsonClaim) => `${c.start}:${c.end}`;

describe('cli scan filters', () => {
  before(assertCliBuilt);
  let tree: ReturnType<typeof tempTree>;
  let all: JsonClaim[];
  before(() => {
    tree = tempTree({ 'budget.md': DRAFT });
    all = scanJson(['budget.md'], tree.dir).files[0].claims;
    assert.ok(all.length >= 2, `the draft has claims (got ${all.length})`);
  });
  after(() => tree.remove());
  const scan = (...args: string[]) => scanJson([...args, 'budget.md'], tree.dir).files[0].claims;

  // A sentence can carry cues of several kinds; with its strongest kind filtered out the
  // engine may report it under another listed kind. So: only listed kinds, none lost.
  it('--kinds reports only the listed kinds (comma-separated, repeatable, any case) and keeps all claims of them', () => {
    const assertFiltered = (listed: readonly string[], claims: JsonClaim[]) => {
      assert.ok(
        claims.every((c) => listed.includes(c.kind)),
        JSON.stringify(claims.map((c) => c.kind)),
      );
      const reported = new Set(claims.map(key));
      for (const c of all.filter((c) => listed.includes(c.kind))) assert.ok(reported.has(key(c)), `kept: ${c.text}`);
    };
    const kind = all[0].kind;
    assertFiltered([kind], scan('--kinds', kind));
    const others = CLAIM_KINDS.filter((k) => k !== kind);
    const withoutKind = scan('--kinds', others.join(','));
    assertFiltered(others, withoutKind);
    assert.ok(withoutKind.length < all.length || all.every((c) => c.kind !== kind));
    const mixed = [kind, ...others.slice(0, 2)];
    assertFiltered(mixed, scan('--kinds', ` ${kind.toUpperCase()} `, '--kinds', others.slice(0, 2).join(', ')));
  });

  it('--min-score keeps exactly the claims scoring at least the threshold', () => {
    const scores = [...new Set(all.map((c) => c.score))].sort((a, b) => a - b);
    const thresholds = [0, scores[0], scores[Math.floor(scores.length / 2)], scores.at(-1)!, 1];
    for (const threshold of thresholds) {
      assert.deepEqual(
        scan('--min-score', String(threshold)).map(key),
        all.filter((c) => c.score >= threshold).map(key),
        `--min-score ${threshold}`,
      );
    }
    if (scores.at(-1)! < 1) assert.deepEqual(scan('--min-score', String((scores.at(-1)! + 1) / 2)), []);
  });

  it('--ignore-phrase drops the sentences containing the phrase, and only those', () => {
    const start = DRAFT.indexOf(UNMISTAKABLE);
    const end = start + UNMISTAKABLE.length;
    assert.ok(
      all.some((c) => c.start < end && c.end > start),
      'the sentence is a claim without the option',
    );
    const kept = scan('--ignore-phrase', 'UNEMPLOYMENT rose');
    assert.ok(!kept.some((c) => c.start < end && c.end > start), 'ignored case-insensitively');
    const second = DRAFT.indexOf(UNMISTAKABLE_2);
    assert.ok(
      kept.some((c) => c.start < second + UNMISTAKABLE_2.length && c.end > second),
      'the next sentence stays',
    );
  });

  it('--extra-cue reports a sentence containing the phrase', () => {
    const start = DRAFT.indexOf('We liked the zorblax');
    const end = DRAFT.indexOf('\n', start);
    const inSentence = (c: JsonClaim) => c.start < end && c.end > start;
    assert.ok(!all.some(inSentence), 'not a claim without the cue');
    const claims = scan('--extra-cue', 'ZORBLAX', '--extra-cue', 'some other cue');
    assert.ok(claims.some(inSentence), JSON.stringify(claims.map((c) => c.text)));
  });
});
