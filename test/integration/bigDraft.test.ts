import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { detectClaims } from '../../src/core/claims';
import { getApi, openDraft, waitFor, workspaceRoot } from './helpers';

/** About 1 MB of the sample drafts with every number varied, so no paragraph repeats. */
function longDraft(): string {
  const dir = join(__dirname, '../../../samples');
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  let text = '# A long draft\n\n';
  for (let copy = 0; text.length < 1024 * 1024; copy++)
    text += bodies[copy % bodies.length].replace(/\d+/g, (d) => String(Number(d) + copy + 1)) + '\n\n';
  return text;
}

describe('big drafts', () => {
  it('detects a 1 MB draft in slices: "counting" until done, then exactly what detectClaims finds', async function () {
    this.timeout(240_000);
    const api = await getApi();
    const text = longDraft();
    const path = join(mkdtempSync(join(workspaceRoot(), 'scratch-')), 'long.md');
    writeFileSync(path, text);
    const editor = await openDraft(path);
    const uri = editor.document.uri;
    const partial = await waitFor(
      () => {
        const review = api.getReview(uri);
        return review && !review.loading ? review : undefined;
      },
      'a first review of the long draft',
      60_000,
      2,
    );
    assert.equal(partial.counting, true, 'the first review of a 1 MB draft is partial and says so');
    // The status bar redraws after a short debounce; it must say it is counting before any count appears.
    await waitFor(
      () => /Counting claims|claims ·/.exec(api.getStatusBarText() ?? ''),
      'the status bar to leave the loading state',
      30_000,
      2,
    );
    assert.match(api.getStatusBarText() ?? '', /Counting claims/);

    const final = await waitFor(
      () => {
        const review = api.getReview(uri);
        return review && !review.loading && !review.counting ? review : undefined;
      },
      'the full detection of the long draft',
      180_000,
    );
    const minScore = vscode.workspace.getConfiguration('factCheck').get<number>('minScore') ?? 0;
    const expected = detectClaims(text, 'markdown').filter((c) => c.score >= minScore);
    assert.deepEqual(
      final.items.map((i) => [i.start, i.end, i.kind]),
      expected.map((c) => [c.start, c.end, c.kind]),
    );
    await waitFor(() => /claims ·/.test(api.getStatusBarText() ?? ''), 'the final count in the status bar', 30_000);
    assert.match(api.getStatusBarText() ?? '', new RegExp(`${expected.length} claims ·`));
  });
});
