import * as assert from 'node:assert/strict';
import { asciiWordSpans } from '../../../src/core/text/asciiWords';
import { wordTokens } from '../../../src/core/library/fingerprint';
import { prng } from '../annotations/prng';

/** What the consistency check read before: the tokens of the slice, by the general pattern. */
function bySlice(text: string, from: number, to: number): string[] {
  return wordTokens(text.slice(from, to)).map((t) => t.word);
}

function byScan(text: string, from: number, to: number, limit = Infinity): string[] | undefined {
  const spans: number[] = [];
  if (!asciiWordSpans(text, from, to, spans, limit)) return undefined;
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
  return words;
}

describe('ASCII words read in place (the consistency check)', () => {
  it('finds the words the general pattern finds, possessives dropped, apostrophe parts kept', () => {
    const text = "The council's 640 full-time staff (rock'n'roll fans) said '90s pay was o'clock-ish; 7'6 and 'quoted' words.";
    assert.deepEqual(byScan(text, 0, text.length), bySlice(text, 0, text.length));
    assert.deepEqual(byScan(text, 0, text.length)?.slice(0, 3), ['The', 'council', '640']);
  });

  it('cuts words at the edges of the stretch as a slice would', () => {
    const text = "employees' union and the council's staff";
    for (let from = 0; from < text.length; from++)
      for (let to = from; to <= text.length; to++) assert.deepEqual(byScan(text, from, to), bySlice(text, from, to), `[${from}, ${to})`);
  });

  it('stops after `limit` words', () => {
    assert.deepEqual(byScan('640 workers were laid off', 0, 25, 2), ['640', 'workers']);
  });

  it('gives up on characters beyond ASCII it would have to read, and only on those', () => {
    for (const text of ['the café staff', 'the council’s staff', 'über 40', 'a 𝄞 b'])
      assert.equal(byScan(text, 0, text.length), undefined, text);
    // Read no further than the limit: what lies beyond it does not matter.
    assert.deepEqual(byScan('640 workers at the café', 0, 23, 2), ['640', 'workers']);
  });

  it('agrees with the general pattern on random ASCII text, or says it cannot tell', () => {
    const random = prng(2026);
    const bits = ['a', 'B', 'z', '7', '0', "'", "'s", "'S", ' ', ',', '-', '.', '’', 'é', '\n', 'staff', "o'", '12'];
    let compared = 0;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += bits[Math.floor(random() * bits.length)];
      const from = Math.floor(random() * text.length);
      const to = from + Math.floor(random() * (text.length - from + 1));
      const scanned = byScan(text, from, to);
      if (scanned === undefined) {
        assert.ok(
          [...text.slice(from, to)].some((c) => c.charCodeAt(0) > 127),
          `gave up on ASCII: ${JSON.stringify(text.slice(from, to))}`,
        );
        continue;
      }
      assert.deepEqual(scanned, bySlice(text, from, to), JSON.stringify(text.slice(from, to)));
      compared++;
    }
    assert.ok(compared > 2000, `compared ${compared}`);
  });
});
