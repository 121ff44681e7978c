import * as assert from 'node:assert/strict';
import { ConsistencyScan, findInconsistencies } from '../../../src/core/consistency';
import { MAX_MENTIONS_PER_FACT } from '../../../src/core/consistency/check';

/**
 * Drafts come from other people: a draft that is one long "sentence" of figures, or a data table
 * stating one kind of fact thousands of times, must not freeze the editor. Each input is timed at
 * two sizes (CPU time, best of two); quadratic behaviour shows as a ratio near the square of the
 * size ratio. Times below NOISE_MS are too short to compare.
 */
const NOISE_MS = 60;
const RATIO = 4;

function cpuMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const FAMILIES: Record<string, { small: number; make: (n: number) => string }> = {
  'one sentence of many figures': { small: 200, make: (n) => Array.from({ length: n }, (_, i) => `${i + 1} employees`).join(' and ') },
  'one sentence of many ages': { small: 200, make: (n) => Array.from({ length: n }, (_, i) => `Silva, ${20 + (i % 60)},`).join(' and ') },
  'many sentences stating one fact': {
    small: 1500,
    make: (n) => Array.from({ length: n }, (_, i) => `The Harbour Trust has ${i + 1} employees.`).join(' '),
  },
};

describe('figures that disagree: time linear in the draft', function () {
  this.timeout(120_000);
  for (const [name, { small, make }] of Object.entries(FAMILIES)) {
    it(name, () => {
      const smallText = make(small);
      const largeText = make(small * RATIO);
      const smallMs = cpuMs(() => findInconsistencies(smallText));
      const largeMs = cpuMs(() => findInconsistencies(largeText));
      const ratio = largeMs / Math.max(smallMs, 1);
      assert.ok(
        largeMs < NOISE_MS || ratio <= 2 * RATIO,
        `${largeText.length} characters took ${largeMs.toFixed(0)} ms, ${ratio.toFixed(1)} times ${smallText.length} (${smallMs.toFixed(0)} ms)`,
      );
    });
  }

  it('still reports a fact stated more often than it compares, from its first statements', () => {
    const text = Array.from(
      { length: MAX_MENTIONS_PER_FACT + 50 },
      (_, i) => `The Harbour Trust has ${i < 2 ? 640 - i * 180 : 640} employees.`,
    ).join(' ');
    const [found, ...rest] = findInconsistencies(text);
    assert.equal(rest.length, 0);
    assert.equal(found.spans.length, MAX_MENTIONS_PER_FACT);
    assert.deepEqual(found.values.slice(0, 2), ['640 employees', '460 employees']);
  });

  it('names the age owner before or after the figure in a long sentence', () => {
    const scan = new ConsistencyScan(`Ana Silva, 54, ${'and more words '.repeat(200)}said so. Later, Ana Silva, 45, said it again.`);
    scan.step(() => false);
    assert.deepEqual(
      scan.mentions.filter((m) => m.quantity.kind === 'age').map((m) => m.key),
      ['age:silva', 'age:silva'],
    );
  });

  it('reads one line of 300,000 figures without a sentence end (it overflowed the stack: push(...) of every figure)', () => {
    assert.deepEqual(findInconsistencies('1,234 '.repeat(300_000)), []);
  });
});
