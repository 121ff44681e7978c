import * as assert from 'node:assert/strict';
import { ConsistencyScan, findInconsistencies } from '../../../src/core/consistency';
import { LABELLED_CASES } from './labelledSet';

describe('figures that disagree', () => {
  it('reports each statement with UTF-16 offsets into the draft', () => {
    const text = '# Plant 🏭\n\nThe plant employs 640 workers.\n\nIf it closes, 460 workers lose their jobs.';
    const [found, ...rest] = findInconsistencies(text);
    assert.equal(rest.length, 0);
    assert.equal(found.spans.length, 2);
    for (const span of found.spans) assert.equal(text.slice(span.start, span.end), span.text);
    assert.deepEqual(found.values, ['640 workers', '460 workers']);
    assert.match(found.fact, /employee/);
  });

  it('never compares statements in one sentence (lists and ranges)', () => {
    assert.deepEqual(findInconsistencies('The plant has 640 workers on day shifts and 460 workers on nights.'), []);
  });

  it('gives the same answer read in slices as in one go', () => {
    const text = LABELLED_CASES.map((c) => c.text).join('\n\n');
    const scan = new ConsistencyScan(text);
    let slices = 0;
    while (!scan.step(() => true)) slices++;
    assert.ok(slices > 3, `read in ${slices} slices`);
    assert.deepEqual(scan.result(), findInconsistencies(text));
  });

  it('handles empty and odd input', () => {
    assert.deepEqual(findInconsistencies(''), []);
    assert.deepEqual(findInconsistencies('\u0000\u202e 1,2,3,4,5 ,,, ...'), []);
    assert.deepEqual(findInconsistencies('9'.repeat(5000)), []);
  });
});
