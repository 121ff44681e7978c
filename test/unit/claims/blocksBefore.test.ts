import * as assert from 'node:assert/strict';
import { blocksBefore, splitBlocks } from '../../../src/core/claims/blocks';
import type { DraftLanguage } from '../../../src/core/document';
import { prng } from '../annotations/prng';
import { randomDraft } from './randomDrafts';

describe('blocksBefore', () => {
  it('gives the blocks of the full split that start before the offset, for any draft and offset', () => {
    const random = prng(4242);
    let compared = 0;
    for (let i = 0; i < 4000; i++) {
      const text = randomDraft(random);
      const language: DraftLanguage = random() < 0.8 ? 'markdown' : 'plaintext';
      const end = Math.floor(random() * (text.length + 1));
      const full = splitBlocks(text, language);
      assert.deepEqual(
        blocksBefore(text, language, end),
        full.filter((b) => b.start < end),
        `${language} draft ${JSON.stringify(text)}, offset ${end}`,
      );
      compared += full.length;
    }
    assert.ok(compared > 10_000, `compared ${compared} blocks`);
  });

  it('gives the paragraphs of the first screen of a long draft whole', () => {
    const head = '# Title\n\nThe first paragraph, 12 words.\nIts second line.\n\n';
    const rest = 'Another paragraph.\n\n'.repeat(1000);
    const blocks = blocksBefore(head + rest, 'markdown', head.indexOf('Its'));
    assert.deepEqual(
      blocks.map((b) => (head + rest).slice(b.start, b.end)),
      ['# Title', 'The first paragraph, 12 words.\nIts second line.'],
    );
  });
});
