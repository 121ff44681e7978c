import * as assert from 'node:assert/strict';
import { assertWellFormed, markdown, plain, texts } from './helpers';

const CLAIM = 'The port handled 9 million tonnes in 2025.';

/** The draft has exactly one real claim; everything around it must be skipped. */
function onlyTheClaim(text: string): void {
  const claims = markdown(text);
  assertWellFormed(text, claims);
  assert.deepEqual(texts(claims), [CLAIM]);
}

describe('markdown skipping', () => {
  it('skips YAML and TOML front matter', () => {
    onlyTheClaim(`---\ntitle: 40 percent of ports\ndate: 2026-01-02\n---\n\n${CLAIM}\n`);
    onlyTheClaim(`+++\ntitle = "12 ships sank in 2024"\n+++\n${CLAIM}\n`);
  });

  it('skips fenced code with backticks and tildes, even with blank lines inside', () => {
    onlyTheClaim(`${CLAIM}\n\n\`\`\`js\nconst share = 40; // 40 percent\n\nconsole.log("The council approved 12 budgets.");\n\`\`\`\n`);
    onlyTheClaim(`~~~\nThe council approved 12 budgets.\n~~~\n\n${CLAIM}`);
  });

  it('skips indented code but not indented list continuations', () => {
    onlyTheClaim(`${CLAIM}\n\n    The council approved 12 budgets.\n`);
    const text = '- Item one\n\n    Continued: the council approved 12 budgets.\n';
    assert.deepEqual(texts(markdown(text)), ['the council approved 12 budgets.']);
  });

  it('skips inline code, keeping offsets', () => {
    const text = `Run \`count --all 40\` first. ${CLAIM}`;
    assert.deepEqual(texts(markdown(text)), [CLAIM]);
  });

  it('skips HTML comments, single and multi-line', () => {
    onlyTheClaim(`<!-- 12 budgets were approved -->\n${CLAIM}`);
    onlyTheClaim(`${CLAIM}\n\n<!--\nThe council approved 12 budgets.\n\nAnd 40 percent more.\n-->\n`);
  });

  it('skips link URLs and reference definitions but keeps link text as prose', () => {
    const text = `The [port authority](https://example.org/2025/stats?id=40) handled 9 million tonnes in 2025.\n\n[stats]: https://example.org/40-percent "12 ports"\n`;
    const claims = markdown(text);
    assertWellFormed(text, claims);
    assert.equal(claims.length, 1);
    assert.ok(claims[0].text.startsWith('The [port authority]'));
    assert.doesNotMatch(claims[0].reason, /2025\/stats|40/);
  });

  it('skips ATX and setext headings', () => {
    onlyTheClaim(`# Port handled 9 million tonnes in 2025\n\n${CLAIM}`);
    onlyTheClaim(`Port handled 9 million tonnes in 2025\n=====================================\n\n${CLAIM}`);
    onlyTheClaim(`A record year for the port in 2025\n---\n${CLAIM}`);
  });

  it('skips image sources and alt text', () => {
    onlyTheClaim(`![Cranes unloading 40 containers in 2025](img/2025-cranes.jpg "12 cranes")\n\n${CLAIM}`);
  });

  it('keeps the claim inside a blockquote, without the quote marker', () => {
    const claims = markdown(`> ${CLAIM}`);
    assert.deepEqual(texts(claims), [CLAIM]);
    assert.equal(claims[0].start, 2);
  });

  it('suppresses the paragraph after a factcheck-ignore comment', () => {
    const text = `<!-- factcheck-ignore -->\nThe council approved 12 budgets.\n\n${CLAIM}`;
    onlyTheClaim(text);
    onlyTheClaim(`<!--   FACTCHECK-IGNORE   -->\n\nThe council approved 12 budgets.\n\n${CLAIM}`);
    // At the end of a paragraph, the comment hides the paragraph after it.
    const text2 = `${CLAIM} <!-- factcheck-ignore -->\n\nThe council approved 12 budgets.\n\nA third paragraph says 40 ships sank.`;
    assert.deepEqual(texts(markdown(text2)), [CLAIM, 'A third paragraph says 40 ships sank.']);
  });

  it('treats plain text literally: markdown syntax is prose there', () => {
    const text = '# The council approved 12 budgets.\n\n`The port handled 40 ships.`';
    assert.equal(plain(text).length, 2);
  });
});
