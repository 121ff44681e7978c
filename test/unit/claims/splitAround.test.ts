import * as assert from 'node:assert/strict';
import { splitAround, splitBlocks, type Block } from '../../../src/core/claims/blocks';
import type { DraftLanguage } from '../../../src/core/document';
import { prng } from '../annotations/prng';
import { randomDraft, SPLITTER_LINES } from './randomDrafts';

/** What an editor may type or delete, structure-changing text first. */
const TYPED = ['\n', '\n\n', '\r\n', '```', '~~~', '<!--', '-->', '<!-- factcheck-ignore -->', '- ', '1. ', '    ', '---', ' ', 'x', '.'];

function randomEdit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.4) return text.slice(0, at) + TYPED[Math.floor(random() * TYPED.length)] + text.slice(at);
  if (r < 0.55) return `${text.slice(0, at)}${SPLITTER_LINES[Math.floor(random() * SPLITTER_LINES.length)]}\n${text.slice(at)}`;
  return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
}

/** The change between two texts, as the analyzer finds it: same first `prefix` characters, same end from `oldEnd`. */
function changeBetween(old: string, text: string) {
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix])
    suffix++;
  return { prefix, oldEnd: old.length - suffix, delta: text.length - old.length };
}

describe('splitAround', () => {
  it('gives the full split of an edited draft, from the old split and a split of the text around the edit only', () => {
    const random = prng(20261202);
    let local = 0;
    let runs = 0;
    for (let i = 0; i < 1500; i++) {
      const language: DraftLanguage = random() < 0.8 ? 'markdown' : 'plaintext';
      let text = randomDraft(random);
      let blocks = splitBlocks(text, language);
      // A few edits in a row, each from the blocks the last one gave.
      for (let step = 0; step < 6; step++) {
        const edited = randomEdit(text, random);
        if (edited === text) continue;
        const around = splitAround(edited, language, {
          starts: blocks.map((b) => b.start),
          ends: blocks.map((b) => b.end),
          ...changeBetween(text, edited),
        });
        const delta = edited.length - text.length;
        const spliced: Block[] = [
          ...blocks.slice(0, around.from),
          ...around.blocks,
          ...blocks.slice(around.to).map((b) => ({ start: b.start + delta, end: b.end + delta })),
        ];
        const full = splitBlocks(edited, language);
        assert.deepEqual(spliced, full, `${language}: ${JSON.stringify(text)} edited to ${JSON.stringify(edited)}`);
        runs++;
        if (around.from > 0 || around.to < blocks.length) local++;
        text = edited;
        blocks = full;
      }
    }
    // Most edits are split from a block before them or stop at one after: the property holds for the local path, not only for a whole split.
    assert.ok(local > runs / 2, `${local} of ${runs} edits split locally`);
  });

  it('splits a few lines after a blank line is typed in a long draft', () => {
    const paragraph = (i: number) => `Paragraph ${i} says the council approved ${i} homes.\nIts second line.`;
    const text = Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n\n');
    const blocks = splitBlocks(text, 'markdown');
    const at = text.indexOf('\nIts second line.', text.indexOf(paragraph(1000)));
    const edited = `${text.slice(0, at)}\n${text.slice(at)}`;
    const around = splitAround(edited, 'markdown', {
      starts: blocks.map((b) => b.start),
      ends: blocks.map((b) => b.end),
      ...changeBetween(text, edited),
    });
    assert.deepEqual([around.from, around.to, around.blocks.length], [999, 1001, 3]);
  });
});
