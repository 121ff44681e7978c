import * as assert from 'node:assert/strict';
import { jsonChunks, StreamedArray, StreamedObject } from '../../../src/cli/output/jsonStream';

/** The value with every streamed part made plain, as JSON.stringify would see it. */
function plain(value: unknown): unknown {
  if (value instanceof StreamedArray) return [...(value.items as Iterable<unknown>)].map(plain);
  if (value instanceof StreamedObject) return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, plain(v)]));
  return value;
}

function claim(i: number): Record<string, unknown> {
  return {
    id: `c${i}`,
    text: `Claim ${i} says "${'x'.repeat(i % 7)}"\n`,
    start: i,
    end: i + 9,
    kinds: ['statistic', i % 3 ? 'date' : 'event'],
    nested: { a: [i, null, true] },
  };
}

describe('streamed JSON (cli output)', () => {
  // Rebuilt per case: a StreamedArray over a generator can be read only once.
  const cases: [string, () => unknown][] = [
    ['an empty array', () => new StreamedArray([])],
    ['one claim', () => new StreamedArray([claim(1)])],
    [
      'more claims than one batch and one piece, with undefined items',
      () => new StreamedArray(Array.from({ length: 1300 }, (_, i) => (i % 97 === 5 ? undefined : claim(i)))),
    ],
    [
      'streamed arrays between plain items, in a streamed object',
      () =>
        new StreamedObject({
          version: 1,
          skipped: undefined,
          files: new StreamedArray(
            (function* () {
              for (let f = 0; f < 4; f++) {
                yield { note: `plain ${f}` };
                yield new StreamedObject({
                  path: `f${f}.md`,
                  claims: new StreamedArray(Array.from({ length: 300 * f }, (_, i) => claim(i))),
                });
                yield new StreamedArray([]);
                yield 'text';
              }
            })(),
          ),
          tail: { done: true },
        }),
    ],
  ];
  for (const [name, make] of cases) {
    for (const pretty of [true, false]) {
      it(`writes ${name} with the bytes of JSON.stringify (${pretty ? 'pretty' : 'compact'})`, () => {
        const expected = pretty ? JSON.stringify(plain(make()), null, 2) : JSON.stringify(plain(make()));
        assert.equal([...jsonChunks(make(), 0, pretty)].join(''), expected);
      });
    }
  }
});
