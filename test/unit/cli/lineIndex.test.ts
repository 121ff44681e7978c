import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';

/** The obvious quadratic answer, to check the binary search against. */
function naivePosition(text: string, offset: number) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

describe('LineIndex', () => {
  it('maps every offset like a line-by-line count, for \\n, \\r\\n, \\r and mixes', () => {
    for (const text of ['', 'one line', 'a\nb\n', 'a\r\nbb\r\n\r\nccc', 'a\rb\rc', '\n\n\n', 'x\r\ny\rz\nw', '😀\n😀😀\r\n']) {
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n pair: below
        assert.deepEqual(index.positionAt(offset), naivePosition(text, offset), `${JSON.stringify(text)} @${offset}`);
        assert.equal(index.offsetAt(index.positionAt(offset)), offset);
      }
    }
  });

  it('counts lines, with a line after a final break', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('a').lineCount, 1);
    assert.equal(new LineIndex('a\n').lineCount, 2);
    assert.equal(new LineIndex('a\r\nb\rc\n').lineCount, 4);
  });

  it('ends lines before their break', () => {
    const index = new LineIndex('ab\r\ncd\re\n');
    assert.deepEqual(
      [0, 1, 2, 3].map((l) => index.lineEnd(l)),
      [2, 6, 8, 9],
    );
  });

  it('clamps offsets and positions, and maps the middle of \\r\\n to the end of its line', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
    assert.equal(index.offsetAt({ line: 0, character: 50 }), 2);
    assert.equal(index.offsetAt({ line: 7, character: 0 }), 6);
    assert.equal(index.offsetAt({ line: -1, character: 3 }), 0);
  });

  it('counts characters in UTF-16 code units, as editors and SARIF utf16CodeUnits do', () => {
    assert.deepEqual(new LineIndex('😀 x').positionAt(3), { line: 0, character: 3 });
  });

  it('finds lines by binary search in a long text', () => {
    const sentence = 'A sentence with a figure of 42 percent.';
    const text = `${sentence}\r\n`.repeat(50000);
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 50001);
    assert.deepEqual(index.positionAt(text.length - 2), { line: 49999, character: sentence.length });
    assert.deepEqual(index.positionAt(12345 * (sentence.length + 2) + 7), { line: 12345, character: 7 });
    assert.equal(index.offsetAt({ line: 40000, character: 3 }), 40000 * (sentence.length + 2) + 3);
  });

  it('gives the same answer when told a line to search on from, wherever that line is', () => {
    const text = ['one', '', 'three\r', 'four\r\nfive', 'x'.repeat(40), '', '', 'eight'].join('\n').repeat(30);
    const index = new LineIndex(text);
    let seed = 3;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    for (let i = 0; i < 3000; i++) {
      const offset = random(text.length + 5) - 2;
      const expected = index.positionAt(offset);
      // A hint at or before the answer (galloping forward), after it, or out of range (ignored).
      for (const fromLine of [expected.line, Math.max(0, expected.line - random(40)), expected.line + 1 + random(5), -3, 10 ** 6])
        assert.deepEqual(index.positionAt(offset, fromLine), expected, `offset ${offset} from line ${fromLine}`);
    }
  });
});
