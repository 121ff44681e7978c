import * as assert from 'node:assert/strict';
import { runCommandLine } from '../../../src/cli/dispatch';
import type { CliIo } from '../../../src/cli/io';
import { UNMISTAKABLE, tempTree } from './cliHarness';

/** A CliIo that records what is written. */
function recordingIo(cwd = '/', stdout?: (text: string) => void) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: stdout ?? ((t) => void out.push(t)), stderr: (t) => void err.push(t), cwd };
  return { io, out, err };
}

describe('cli dispatch (in process)', () => {
  it('runs scan against the given working folder and passes the version to the report', async () => {
    const tree = tempTree({ 'a.md': `${UNMISTAKABLE}\n` });
    try {
      const { io, out, err } = recordingIo(tree.dir);
      assert.equal(await runCommandLine(['scan', '--format', 'sarif', 'a.md'], io, '9.8.7'), 0);
      assert.deepEqual(err, []);
      const log = JSON.parse(out.join(''));
      assert.equal(log.runs[0].tool.driver.version, '9.8.7');
      assert.equal(log.runs[0].artifacts[0].location.uri, 'a.md');
    } finally {
      tree.remove();
    }
  });

  it('turns an unexpected failure into one internal-error line and exit code 1', async () => {
    const tree = tempTree({ 'a.md': `${UNMISTAKABLE}\n` });
    try {
      const { io, err } = recordingIo(tree.dir, () => {
        throw new Error('ENOSPC: no space left on device, write');
      });
      assert.equal(await runCommandLine(['scan', 'a.md'], io, '1.0.0'), 1);
      assert.deepEqual(err, ['draft-factcheck: internal error: ENOSPC: no space left on device, write\n']);
    } finally {
      tree.remove();
    }
  });

  it('hands merge-sidecar its arguments, and reports its usage errors like any other', async () => {
    const { io, out, err } = recordingIo();
    assert.equal(await runCommandLine(['merge-sidecar', 'only-one'], io, '1.0.0'), 2);
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
    assert.match(err[0], /^draft-factcheck: .*merge-sidecar.*\n$/);
  });

  it('prints the version given', async () => {
    const { io, out } = recordingIo();
    assert.equal(await runCommandLine(['--version'], io, '4.5.6'), 0);
    assert.deepEqual(out, ['4.5.6\n']);
  });
});
