import * as assert from 'node:assert/strict';
import { runCommandLine } from '../../../src/cli/dispatch';
import type { CliIo } from '../../../src/cli/io';
import { tempTree } from './cliHarness';

describe('cli scan of a very large draft (issue 14)', function () {
  this.timeout(120_000);

  it('reports 300,000 claims as text without a stack overflow', async () => {
    const tree = tempTree({ 'lines.txt': 'Line 12 says 40%.\n'.repeat(300_000) });
    try {
      let stdout = '';
      let stderr = '';
      const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: tree.dir };
      const code = await runCommandLine(['scan', 'lines.txt'], io, '0.0.0-test');
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.match(stdout, /^lines\.txt:300000:1 /m);
      assert.match(stdout, /300000 claims in 1 file/);
    } finally {
      tree.remove();
    }
  });
});
