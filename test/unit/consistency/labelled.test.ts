import * as assert from 'node:assert/strict';
import { findInconsistencies, type Inconsistency } from '../../../src/core/consistency';
import { HELD_OUT_CASES, LABELLED_CASES, type LabelledCase } from './labelledSet';

/** A finding is right when its spans hold exactly the figures labelled as disagreeing (in any order). */
function isExpected(found: Inconsistency, labelled: LabelledCase): boolean {
  const texts = found.spans.map((s) => s.text);
  return (
    labelled.disagree.every((figure) => texts.some((t) => t === figure || t.startsWith(figure))) &&
    texts.length === labelled.disagree.length
  );
}

export function scoreLabelledSet(cases: readonly LabelledCase[]): {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
} {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const labelled of cases) {
    const found = findInconsistencies(labelled.text);
    let hit = false;
    for (const finding of found) {
      if (!hit && labelled.disagree.length > 0 && isExpected(finding, labelled)) {
        hit = true;
        tp++;
      } else {
        fp++;
        misses.push(`false alarm in "${labelled.name}": ${finding.fact}: ${finding.values.join(' / ')}`);
      }
    }
    if (labelled.disagree.length > 0 && !hit) {
      fn++;
      misses.push(`missed in "${labelled.name}": ${labelled.disagree.join(' / ')}`);
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn, misses };
}

function report(title: string, cases: readonly LabelledCase[]): ReturnType<typeof scoreLabelledSet> {
  const positives = cases.filter((c) => c.disagree.length > 0).length;
  const score = scoreLabelledSet(cases);
  console.log(
    `      ${title}: ${cases.length} drafts (${positives} with a disagreement, ${cases.length - positives} near misses): ` +
      `precision ${score.precision.toFixed(3)} (${score.tp}/${score.tp + score.fp}), recall ${score.recall.toFixed(3)} (${score.tp}/${score.tp + score.fn})`,
  );
  for (const miss of score.misses) console.log(`        ${miss}`);
  return score;
}

describe('consistency check on the labelled set', () => {
  it('has precision >= 0.9 and recall >= 0.7 on the tuning set (printed)', () => {
    const score = report('labelled set', LABELLED_CASES);
    assert.ok(score.precision >= 0.9, `precision ${score.precision.toFixed(3)} < 0.9`);
    assert.ok(score.recall >= 0.7, `recall ${score.recall.toFixed(3)} < 0.7`);
  });

  it('has precision >= 0.9 and recall >= 0.7 on the held-out set (printed)', () => {
    const score = report('held-out set', HELD_OUT_CASES);
    assert.ok(score.precision >= 0.9, `precision ${score.precision.toFixed(3)} < 0.9`);
    assert.ok(score.recall >= 0.7, `recall ${score.recall.toFixed(3)} < 0.7`);
  });
});
