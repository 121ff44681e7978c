import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { assertCliBuilt, runCli, tempTree, UNMISTAKABLE } from './cliHarness';

describe('cli scan --library: hostile folder trees', () => {
  before(assertCliBuilt);

  it('searches each real folder once, so symlink loops end (two links to "." made 2^40 paths)', () => {
    const tree = tempTree({ 'drafts/story.md': `${UNMISTAKABLE}\n`, 'archive/old.md': `${UNMISTAKABLE}\n` });
    try {
      for (const name of ['a', 'b', 'c']) symlinkSync('.', tree.path(`archive/${name}`));
      symlinkSync('../archive', tree.path('archive/up'));
      const started = Date.now();
      const run = runCli(['scan', '--format', 'json', '--library', 'archive', 'drafts/story.md'], { cwd: tree.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
    } finally {
      tree.remove();
    }
  });
});
