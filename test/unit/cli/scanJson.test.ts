import * as assert from 'node:assert/strict';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, editorPosition, readText, scanJson, tempTree, type JsonClaim } from './cliHarness';

const overlaps = (claim: JsonClaim, start: number, end: number) => claim.start < end && claim.end > start;

describe('cli scan --format json', () => {
  before(assertCliBuilt);

  it('gives offsets into the text as read (BOM kept), and line/column as an editor shows them, across \\r\\n, \\r and \\n', () => {
    const content = `\uFEFF${UNMISTAKABLE}\r\n\r\nFans cheered 🎉 loudly. ${UNMISTAKABLE_2}\rA closing line.\n`;
    const tree = tempTree({ 'draft.md': content });
    try {
      const report = scanJson(['draft.md'], tree.dir);
      assert.equal(report.files.length, 1);
      const [file] = report.files;
      assert.equal(file.path, 'draft.md');
      assert.equal(readText(tree.path('draft.md')), content, 'readFileSync keeps the BOM, as the scorer reads it');
      const second = content.indexOf(UNMISTAKABLE_2);
      assert.ok(
        file.claims.some((c) => overlaps(c, 1, 1 + UNMISTAKABLE.length)),
        'the first-line claim is found',
      );
      assert.ok(
        file.claims.some((c) => overlaps(c, second, second + UNMISTAKABLE_2.length)),
        'the third-line claim is found',
      );
      for (const claim of file.claims) {
        assert.deepEqual(Object.keys(claim), ['start', 'end', 'text', 'kind', 'reason', 'score', 'line', 'column', 'matches']);
        assert.equal(claim.text, content.slice(claim.start, claim.end));
        assert.ok((CLAIM_KINDS as readonly string[]).includes(claim.kind), claim.kind);
        assert.ok(typeof claim.reason === 'string' && claim.reason.length > 0);
        assert.ok(claim.score >= 0 && claim.score <= 1, String(claim.score));
        assert.deepEqual({ line: claim.line, column: claim.column }, editorPosition(content, claim.start), claim.text);
      }
      const onFirstLine = file.claims.find((c) => overlaps(c, 1, 1 + UNMISTAKABLE.length));
      assert.equal(onFirstLine?.line, 1);
      assert.equal(onFirstLine?.column, onFirstLine!.start, 'the BOM is not counted in first-line columns');
      assert.ok(
        file.claims.some((c) => c.line === 3),
        'a claim after \\r\\n\\r\\n sits on line 3',
      );
    } finally {
      tree.remove();
    }
  });

  it('reports every path exactly as given, every named file once, in command-line order', () => {
    const tree = tempTree({
      'drafts/a.md': `${UNMISTAKABLE}\n`,
      'drafts/b.txt': 'Hello there.\n',
      'notes/story.rst': `${UNMISTAKABLE_2}\n`,
    });
    try {
      const absolute = tree.path('notes/story.rst');
      const given = ['drafts/b.txt', './drafts/../drafts/a.md', absolute, 'drafts/b.txt'];
      const report = scanJson(given, tree.dir);
      assert.deepEqual(
        report.files.map((f) => f.path),
        ['drafts/b.txt', './drafts/../drafts/a.md', absolute],
      );
      assert.ok(report.files[2].claims.length > 0, 'a named file is scanned whatever its extension');
    } finally {
      tree.remove();
    }
  });

  it('joins the folder as given with the names found in it', () => {
    const tree = tempTree({ 'drafts/a.md': `${UNMISTAKABLE}\n`, 'drafts/deep/b.txt': `${UNMISTAKABLE_2}\n` });
    try {
      assert.deepEqual(
        scanJson(['./drafts/'], tree.dir).files.map((f) => f.path),
        ['drafts/a.md', 'drafts/deep/b.txt'],
      );
      assert.deepEqual(
        scanJson([tree.path('drafts')], tree.dir).files.map((f) => f.path),
        [tree.path('drafts/a.md'), tree.path('drafts/deep/b.txt')],
      );
    } finally {
      tree.remove();
    }
  });
});
