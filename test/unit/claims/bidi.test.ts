import * as assert from 'node:assert/strict';
import { encodeBidiControls, revealBidiControls } from '../../../src/core/text/bidi';

describe('bidirectional controls', () => {
  it('shows every embedding, override and isolate as its code point', () => {
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    assert.equal(
      revealBidiControls(`a${controls.join('')}b`),
      'a[U+202A][U+202B][U+202C][U+202D][U+202E][U+2066][U+2067][U+2068][U+2069]b',
    );
  });

  it('leaves right-to-left text and the direction marks alone', () => {
    const text = 'قال الوزير \u200f«۴۰ درصد» and עברית \u200e(20)';
    assert.equal(revealBidiControls(text), text);
  });

  it('percent-encodes them in a link target, as a browser sends them', () => {
    assert.equal(encodeBidiControls('https://x.example/a\u202eb'), 'https://x.example/a%E2%80%AEb');
  });
});
