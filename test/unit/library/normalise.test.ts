import * as assert from 'node:assert/strict';
import { fingerprint, stem } from '../../../src/core/library';
import { findQuantities, parseNumberWords } from '../../../src/core/text/quantities';

const keys = (text: string) => findQuantities(text).map((q) => q.key);

describe('claim normalisation', () => {
  it('reads 6,500 / 6500 / 6.5k / six thousand five hundred as one figure', () => {
    for (const written of ['6,500 workers', '6500 workers', '6.5k workers', 'six thousand five hundred workers']) {
      assert.deepEqual(fingerprint(`The port has ${written}.`).figures, ['6500'], written);
    }
    assert.equal(parseNumberWords('twenty-one'), 21);
    assert.equal(parseNumberWords('one'), undefined, 'a lone "one" is a pronoun more often than a count');
  });

  it('keeps currencies, percents, years, durations, ages and votes apart', () => {
    assert.deepEqual(keys('a €2.3m budget'), ['€2300000']);
    assert.deepEqual(keys('costs 4 euros'), ['€4']);
    assert.deepEqual(keys('31% of voters'), ['%31']);
    assert.deepEqual(keys('opened in 1998 with 2000 employees'), ['y1998', '2000']);
    assert.deepEqual(keys('ran 2:21:04'), keys('ran 2 hours 21 minutes and 4 seconds'));
    assert.deepEqual(keys('Ana Silva, 54, said'), ['age54']);
    assert.deepEqual(keys('a 54-year-old'), ['age54']);
    assert.deepEqual(keys('approved 7-2 by the council vote'), ['v7-2']);
    assert.deepEqual(keys('Huawei has 5G contracts'), [], '5G is a word, not a figure');
  });

  it('marks approximations', () => {
    const [q] = findQuantities('about 600 workers');
    assert.equal(q.approx, true);
    assert.equal(findQuantities('600 workers')[0].approx, false);
  });

  it('normalises case, punctuation, inflection and dates', () => {
    const a = fingerprint('Huawei has signed 5G contracts with 20 countries, on 3 Dec 2024.');
    const b = fingerprint('HUAWEI HAS SIGNED 5G CONTRACT WITH 20 COUNTRIES ON DECEMBER 3, 2024');
    assert.deepEqual([...a.words].sort(), [...b.words].sort());
    assert.deepEqual(a.dates, ['m12d3', 'y2024']);
    assert.deepEqual(a.dates, b.dates);
    assert.deepEqual(a.figures, ['20'], 'the day of the month is part of the date, not a figure');
    assert.equal(stem('countries'), 'country');
    assert.equal(stem('contracts'), 'contract');
  });

  it('finds named entities that are not sentence starts', () => {
    assert.deepEqual(fingerprint('The strike at Rotterdam stopped traffic').entities, ['rotterdam']);
    assert.deepEqual(fingerprint('NATO said so').entities, ['nato'], 'an acronym is a name even at the start');
  });
});
