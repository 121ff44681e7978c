import * as assert from 'node:assert/strict';
import { maskBlock } from '../../../src/core/claims/mask';
import { segmentSentences } from '../../../src/core/claims/sentences';
import { assertWellFormed, plain, markdown, texts } from './helpers';

function sentences(text: string): string[] {
  const { masked, unitStarts } = maskBlock(text, 'plaintext');
  return segmentSentences(masked, unitStarts).map((s) => text.slice(s.start, s.end));
}

describe('sentence segmentation', () => {
  it('does not split after title and other abbreviations', () => {
    assert.deepEqual(sentences('Dr. Lena Park and Mr. Omar Haidari met at St. Mary’s at 9 a.m. on Friday. They talked.'), [
      'Dr. Lena Park and Mr. Omar Haidari met at St. Mary’s at 9 a.m. on Friday.',
      'They talked.',
    ]);
    assert.deepEqual(sentences('Imports from the U.S. fell, e.g. soybeans. Exports rose.'), [
      'Imports from the U.S. fell, e.g. soybeans.',
      'Exports rose.',
    ]);
    assert.deepEqual(sentences('Shares in Acme Inc. rose. The firm sold assets to the U.S. The deal closed.'), [
      'Shares in Acme Inc. rose.',
      'The firm sold assets to the U.S.',
      'The deal closed.',
    ]);
  });

  it('keeps decimals and ellipses inside a sentence', () => {
    assert.deepEqual(sentences('Inflation was 3.1% in May… and fell to 2.9%. Then it rose.'), [
      'Inflation was 3.1% in May… and fell to 2.9%.',
      'Then it rose.',
    ]);
    assert.deepEqual(sentences('He paused... Then he left.'), ['He paused...', 'Then he left.']);
  });

  it('ends a sentence after closing quotation marks, straight and curly', () => {
    assert.deepEqual(sentences('She said "we will win." Nobody believed her.'), ['She said "we will win."', 'Nobody believed her.']);
    assert.deepEqual(sentences('“We are ready,” he said. “Are you?” she asked.'), ['“We are ready,” he said.', '“Are you?” she asked.']);
  });

  it('treats every list item as its own unit', () => {
    const text = 'Plans:\n- Two new stations open in 2027\n- Fares stay frozen\n1. A third line is planned';
    const claims = markdown(text);
    assertWellFormed(text, claims);
    assert.deepEqual(texts(claims), ['Two new stations open in 2027', 'A third line is planned']);
  });

  it('keeps exact offsets with CRLF line endings', () => {
    const text = 'First line has no claim.\r\nThe bridge cost €40 million.\r\n\r\nIt opened in 2019.\r\n';
    const claims = plain(text);
    assertWellFormed(text, claims);
    assert.deepEqual(texts(claims), ['The bridge cost €40 million.', 'It opened in 2019.']);
  });

  it('keeps exact UTF-16 offsets after emoji and leaves the emoji out of the highlight', () => {
    const text = '🚀🚀 Launch day! 🎉 The rocket carried 12 satellites into orbit.';
    const claims = plain(text);
    assertWellFormed(text, claims);
    assert.deepEqual(texts(claims), ['The rocket carried 12 satellites into orbit.']);
    assert.equal(claims[0].start, text.indexOf('The rocket'));
  });

  it('never crosses a sentence boundary and highlights only the claim clause', () => {
    const text = 'Probably not soon: the plant can make at most 30 million doses a year. What a week.';
    const claims = plain(text);
    assert.deepEqual(texts(claims), ['the plant can make at most 30 million doses a year.']);
  });

  it('does not split inside a quotation at a colon', () => {
    const text = '"Our answer is simple: we built 400 homes," the mayor said.';
    assert.deepEqual(texts(plain(text)), [text]);
  });
});
