import * as assert from 'node:assert/strict';
import { addSource, createAnnotation, serializeSidecar } from '../../../src/core/annotations';
import { runCheckSources } from '../../../src/cli/commands/checkSources';
import type { PageFetcher } from '../../../src/core/sources';
import { tempTree } from '../cli/cliHarness';

/** The claim text printed comes from a sidecar (someone else's commit): it must not drive the terminal or forge report lines. */
const HOSTILE = '\u001b]0;pwned\u0007The port handled 74 ships\nFAKE: ok \u202egnikcehc';
const DRAFT = `${HOSTILE} in March.\n`;
const T = '2026-03-01T09:00:00.000Z';

describe('cli check-sources: text output of hostile sidecars', () => {
  it('prints claims with control and bidi characters escaped, on one line', async () => {
    const annotation = addSource(
      createAnnotation({ text: DRAFT, start: 0, end: HOSTILE.length, kind: 'statistic', by: 'Ana', now: T }),
      { url: 'https://port.example/report', title: 'Port report' },
      'Ana',
      T,
      'src-ships',
    );
    const tree = tempTree({
      'story.md': DRAFT,
      'story.md.factcheck.json': serializeSidecar({ version: 1, draft: 'story.md', annotations: [annotation] }),
    });
    try {
      const fetcher: PageFetcher = { fetch: async () => ({ kind: 'failed', error: 'dns', message: 'host not found' }) };
      const io = { out: '', err: '', cwd: tree.dir, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
      const code = await runCheckSources(['story.md'], io, () => fetcher);
      assert.equal(code, 0, io.err);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      assert.doesNotMatch(io.out, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      assert.doesNotMatch(io.out, /^FAKE/m);
      assert.match(io.out, /\\u001b\]0;pwned\\u0007The port handled/);
    } finally {
      tree.remove();
    }
  });
});
