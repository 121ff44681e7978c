import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readSidecarFor, sidecarCandidates } from '../../../src/cli/sidecarLookup';
import { tempTree } from './cliHarness';

describe("finding a draft's sidecar from the CLI", () => {
  it('looks beside the draft first, then in .factcheck/ folders from the nearest up', () => {
    const candidates = sidecarCandidates('/repo/drafts/world/story.md');
    assert.deepEqual(candidates.slice(0, 4), [
      '/repo/drafts/world/story.md.factcheck.json',
      '/repo/drafts/world/.factcheck/story.md.factcheck.json',
      '/repo/drafts/.factcheck/world/story.md.factcheck.json',
      '/repo/.factcheck/drafts/world/story.md.factcheck.json',
    ]);
    assert.equal(candidates.at(-1), '/.factcheck/repo/drafts/world/story.md.factcheck.json');
  });

  it('reads the first that exists; undefined when there is none', () => {
    const tree = tempTree({
      'drafts/a.md': 'A',
      'drafts/b.md': 'B',
      '.factcheck/drafts/a.md.factcheck.json': 'mirror',
      'drafts/b.md.factcheck.json': 'beside',
      '.factcheck/drafts/b.md.factcheck.json': 'mirror',
    });
    try {
      assert.deepEqual(readSidecarFor(tree.path('drafts/a.md')), {
        path: join(tree.dir, '.factcheck/drafts/a.md.factcheck.json'),
        text: 'mirror',
      });
      assert.deepEqual(readSidecarFor(tree.path('drafts/b.md')), { path: tree.path('drafts/b.md.factcheck.json'), text: 'beside' });
      assert.equal(readSidecarFor(tree.path('drafts/c.md')), undefined);
    } finally {
      tree.remove();
    }
  });
});
