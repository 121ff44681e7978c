import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, ClaimStatus } from '../../../src/core/annotations/types';
import type { ReviewItem } from '../../../src/core/review/types';
import { needsAttention, rangesByStyle, rangesInWindow, styleOf } from '../../../src/extension/claimStyles';
import { neighbourClaim } from '../../../src/extension/neighbourClaim';

function item(start: number, status: ClaimStatus, changed = false): ReviewItem {
  const annotation = changed ? ({ changedSinceVerification: true } as Annotation) : undefined;
  return {
    id: `claim:${start}`,
    start,
    end: start + 5,
    text: 'xxxxx',
    kind: 'statistic',
    reason: 'r',
    score: 0.5,
    status,
    detected: true,
    annotation,
  };
}

describe('claim highlight styles', () => {
  it('maps each status to its style; dismissed claims show nothing', () => {
    assert.equal(styleOf(item(0, 'unreviewed')), 'unreviewed');
    assert.equal(styleOf(item(0, 'unverified')), 'unverified');
    assert.equal(styleOf(item(0, 'disputed')), 'disputed');
    assert.equal(styleOf(item(0, 'verified')), 'verified');
    assert.equal(styleOf(item(0, 'verified', true)), 'changed');
    assert.equal(styleOf(item(0, 'dismissed')), undefined);
  });

  it('groups ranges per style and can leave unreviewed claims out', () => {
    const items = [item(0, 'unreviewed'), item(10, 'verified'), item(20, 'verified', true), item(30, 'dismissed'), item(40, 'disputed')];
    const all = rangesByStyle(items, true);
    assert.deepEqual(all.unreviewed, [{ start: 0, end: 5 }]);
    assert.deepEqual(all.verified, [{ start: 10, end: 15 }]);
    assert.deepEqual(all.changed, [{ start: 20, end: 25 }]);
    assert.deepEqual(all.disputed, [{ start: 40, end: 45 }]);
    assert.deepEqual(all.unverified, []);
    assert.deepEqual(rangesByStyle(items, false).unreviewed, []);
  });

  it('treats everything but settled verified claims as needing attention', () => {
    assert.deepEqual(
      [
        item(0, 'unreviewed'),
        item(0, 'unverified'),
        item(0, 'disputed'),
        item(0, 'verified'),
        item(0, 'verified', true),
        item(0, 'dismissed'),
      ].map(needsAttention),
      [true, true, true, false, true, false],
    );
  });

  it('picks the ranges overlapping a window, touching ones included', () => {
    const ranges = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
      { start: 50, end: 60 },
    ];
    assert.deepEqual(rangesInWindow(ranges, 15, 30), [1, 2]);
    assert.deepEqual(rangesInWindow(ranges, 41, 49), []);
    assert.deepEqual(rangesInWindow(ranges, 0, 100), [0, 1, 2, 3]);
  });

  it('draws only with contributed factCheck.* theme colours', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const contributed = new Set<string>(
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.colors.map((c: { id: string }) => c.id),
    );
    const source = readFileSync(join(root, 'src', 'extension', 'decorations.ts'), 'utf8');
    const used = [...source.matchAll(/color\('(\w+)'\)|'(overviewRuler\w+)'/g)].map((m) => `factCheck.${m[1] ?? m[2]}`);
    assert.ok(used.length >= 10, `found only ${used.length} colour uses`);
    assert.deepEqual(
      used.filter((id) => !contributed.has(id)),
      [],
    );
    assert.ok(!/#[0-9a-f]{3,8}\b|rgba?\(/i.test(source), 'decorations.ts must not hard-code colours');
  });
});

describe('next / previous claim', () => {
  const items = [item(0, 'verified'), item(10, 'unreviewed'), item(20, 'disputed'), item(30, 'verified')];

  it('goes to the claim after the one at the cursor, wrapping at the end', () => {
    assert.equal(neighbourClaim(items, items[1], 12, 'next')?.item.start, 20);
    assert.deepEqual(neighbourClaim(items, items[3], 31, 'next'), { item: items[0], wrapped: true });
  });

  it('goes from between claims to the next one after the cursor', () => {
    assert.equal(neighbourClaim(items, undefined, 7, 'next')?.item.start, 10);
    assert.equal(neighbourClaim(items, undefined, 7, 'previous')?.item.start, 0);
  });

  it('goes to the claim before, wrapping at the start', () => {
    assert.equal(neighbourClaim(items, items[2], 22, 'previous')?.item.start, 10);
    assert.deepEqual(neighbourClaim(items, items[0], 0, 'previous'), { item: items[3], wrapped: true });
  });

  it('skips claims the filter rejects, and reports none when nothing passes', () => {
    assert.equal(neighbourClaim(items, items[2], 20, 'next', needsAttention)?.item.start, 10);
    assert.equal(neighbourClaim([items[0], items[3]], undefined, 0, 'next', needsAttention), undefined);
  });
});
