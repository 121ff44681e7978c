import * as assert from 'node:assert/strict';
import { ClaimAnalyzer, detectClaims } from '../../../src/core/claims';
import { resolveOptions } from '../../../src/core/claims/options';
import { plain, texts } from './helpers';

const DRAFT = [
  'The tunnel cost €2 billion to build.',
  'Engineers warned that the tunnel leaks.',
  'The mayor cut the ribbon with great ceremony.',
  'Nobody expected the ribbon to tear.',
].join(' ');

describe('detection options', () => {
  it('reports only the kinds asked for, choosing the best remaining kind', () => {
    assert.deepEqual(
      plain(DRAFT, { kinds: ['attribution'] }).map((c) => c.kind),
      ['attribution'],
    );
    const mixed = 'Inspectors said the tunnel leaks 40 litres a minute.';
    assert.equal(plain(mixed)[0].kind, 'statistic');
    assert.equal(plain(mixed, { kinds: ['attribution'] })[0].kind, 'attribution');
    assert.deepEqual(plain(DRAFT, { kinds: [] }), []);
  });

  it('drops claims below minScore', () => {
    const all = plain(DRAFT);
    const strong = plain(DRAFT, { minScore: 0.8 });
    assert.ok(strong.length > 0 && strong.length < all.length);
    assert.ok(strong.every((c) => c.score >= 0.8));
    assert.deepEqual(plain(DRAFT, { minScore: 1 }), []);
  });

  it('makes sentences with an extra cue phrase claims, case-insensitively', () => {
    const text = 'The ribbon was blue. The mascot wore a Hat.';
    assert.deepEqual(plain(text), []);
    const claims = plain(text, { extraCues: ['WORE A HAT'] });
    assert.deepEqual(texts(claims), ['The mascot wore a Hat.']);
    assert.equal(claims[0].kind, 'event');
    assert.match(claims[0].reason, /wore a hat/);
  });

  it('never reports sentences containing an ignore phrase', () => {
    assert.equal(plain(DRAFT).length, 3);
    assert.deepEqual(texts(plain(DRAFT, { ignorePhrases: ['TUNNEL'] })), ['Nobody expected the ribbon to tear.']);
  });

  it('tolerates hand-typed settings', () => {
    const resolved = resolveOptions({
      kinds: ['statistic', 'nonsense' as never],
      minScore: 7,
      extraCues: ['  ', 'x'],
      ignorePhrases: [42 as never],
    });
    assert.deepEqual([...resolved.kinds], ['statistic']);
    assert.equal(resolved.minScore, 1);
    assert.deepEqual(resolved.extraCues, ['x']);
    assert.deepEqual(resolved.ignorePhrases, []);
    assert.equal(resolveOptions({ minScore: Number.NaN }).minScore, 0);
  });

  it('applies new options to an analyzer', () => {
    const analyzer = new ClaimAnalyzer();
    assert.equal(analyzer.analyze(DRAFT, 'plaintext').length, detectClaims(DRAFT, 'plaintext').length);
    analyzer.setOptions({ kinds: ['statistic'] });
    assert.deepEqual(analyzer.analyze(DRAFT, 'plaintext'), detectClaims(DRAFT, 'plaintext', { kinds: ['statistic'] }));
  });
});
