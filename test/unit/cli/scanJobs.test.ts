import * as assert from 'node:assert/strict';
import { defaultJobs, WORKERS_FROM_BYTES } from '../../../src/cli/commands/scan';
import { scanFormat } from '../../../src/cli/format';
import { EncodedBatch, ScanWriter, unpackFile } from '../../../src/cli/format/writer';
import { scanLibraryOf } from '../../../src/cli/library';
import { reportError } from '../../../src/cli/exit';
import { IN_THREAD_BYTES, scanInOrder } from '../../../src/cli/scanPool';
import { scanFile, type ScanOutcome, type ScanTask } from '../../../src/cli/scanFile';
import { UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, isOneCleanErrorLine, runCli, tempTree } from './cliHarness';

/** Drafts of very different sizes, so that workers finish out of order. */
function corpus(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from(
      { length: 1 + ((i * 37) % 60) },
      (_, k) => `Paragraph ${k}: ${k % 2 ? UNMISTAKABLE : UNMISTAKABLE_2.replace('4.5', `${i}.${k}`)}`,
    );
    files[`desk-${i % 4}/draft-${String(i).padStart(3, '0')}.${i % 5 === 0 ? 'txt' : 'md'}`] = paragraphs.join('\n\n');
  }
  return files;
}

describe('cli scan --jobs (issue 12)', function () {
  this.timeout(120_000);
  before(assertCliBuilt);

  it("packs a batch's parts into one buffer of exact size, each part a view of it, past the first buffer's size", () => {
    const format = scanFormat('jsonl', { cwd: '/', version: '9.9.9-test' }, []);
    const batch = new EncodedBatch(format);
    const tally = { items: 1, kinds: {} };
    // Multi-byte text (3 and 4 bytes in UTF-8), an empty part, and one part bigger than the 256 KB first buffer.
    const texts = ['€1.5bn — “quoted”\n', '', 'ß𝄞\n'.repeat(60_000), 'last\n'];
    const packed = texts.map((text) => batch.add({ pieces: [text.slice(0, 3), text.slice(3)], tally }));
    const bytes = batch.take();
    const encoder = new TextEncoder();
    assert.equal(
      bytes.byteLength,
      texts.reduce((sum, text) => sum + encoder.encode(text).length, 0),
    );
    const decoded = packed.map((p) => new TextDecoder().decode(unpackFile(bytes, p).body));
    assert.deepEqual(decoded, texts);
    // The next batch starts empty.
    const next = batch.add({ pieces: ['again\n'], tally });
    assert.deepEqual([next.start, next.end, batch.take().byteLength], [0, 6, 6]);
  });

  it('uses every core by default, and this thread alone for less than 1 MB of drafts', () => {
    const big = [{ bytes: WORKERS_FROM_BYTES / 2 }, { bytes: WORKERS_FROM_BYTES / 2 }];
    assert.deepEqual(
      [1, 2, 3, 4, 16].map((cores) => defaultJobs(big, cores)),
      [1, 2, 3, 4, 16],
    );
    assert.equal(defaultJobs([{ bytes: WORKERS_FROM_BYTES - 1 }], 16), 1);
    assert.equal(defaultJobs([], 16), 1);
  });

  it('gives byte-identical output whatever the number of worker threads, in every format', () => {
    const tree = tempTree(corpus(24));
    try {
      for (const format of ['json', 'jsonl', 'sarif', 'text']) {
        const one = runCli(['scan', '--jobs', '1', '--format', format, '.'], { cwd: tree.dir });
        assert.equal(one.status, 0, one.stderr);
        for (const jobs of ['2', '3']) {
          const many = runCli(['scan', `--jobs=${jobs}`, '--format', format, '.'], { cwd: tree.dir });
          assert.equal(many.stderr, '');
          assert.equal(many.status, 0);
          assert.ok(many.stdout === one.stdout, `${format} with --jobs ${jobs} differs from --jobs 1`);
        }
        // The default (the available parallelism) too.
        assert.ok(runCli(['scan', '--format', format, '.'], { cwd: tree.dir }).stdout === one.stdout, `${format} by default`);
      }
    } finally {
      tree.remove();
    }
  });

  for (const bad of ['0', 'x', '65', '1.5', '-2', '']) {
    it(`refuses --jobs '${bad}' with one line and exit 2`, () => {
      const run = runCli(['scan', `--jobs=${bad}`, 'a.md']);
      assert.equal(run.status, 2);
      assert.ok(isOneCleanErrorLine(run.stderr), run.stderr);
      assert.match(run.stderr, /--jobs must be a whole number from 1 to 64, not '/);
    });
  }

  it('skips a binary draft found in a folder with a warning, and refuses a named one with exit 2 before any output', () => {
    const tree = tempTree({ ...corpus(6), 'desk-1/binary.md': new Uint8Array([0x41, 0, 0x42]) });
    try {
      for (const jobs of ['1', '2']) {
        for (const format of ['json', 'sarif']) {
          const run = runCli(['scan', '--jobs', jobs, '--format', format, '.'], { cwd: tree.dir });
          assert.equal(run.status, 0);
          assert.equal(
            run.stderr,
            'draft-factcheck: warning: skipped desk-1/binary.md: binary file (it contains NUL bytes), not a text draft\n',
          );
          assert.ok(!run.stdout.includes('binary.md'), format);
        }
        const named = runCli(['scan', '--jobs', jobs, '--format', 'json', 'desk-0', 'desk-1/binary.md'], { cwd: tree.dir });
        assert.equal(named.status, 2);
        assert.equal(named.stdout, '');
        assert.ok(isOneCleanErrorLine(named.stderr), named.stderr);
      }
    } finally {
      tree.remove();
    }
  });

  describe('worker failures', () => {
    /** The three drafts over and over: this thread scans alone until a worker has loaded, and a worker must get some. */
    const tasks = (tree: { path(rel: string): string }): ScanTask[] =>
      Array.from({ length: 400 }, (_, fileIndex) => {
        const f = ['a.md', 'b.md', 'c.md'][fileIndex % 3];
        return { draft: { path: f, absolutePath: tree.path(f), language: 'markdown', bytes: 100 }, fileIndex, detect: {} };
      });
    /** These drafts are small: a worker scans every one, never this thread. */
    const neverHere = (): ScanOutcome => assert.fail('this thread scanned a small draft while workers run');
    const setup = (cwd: string) => ({ format: 'json' as const, context: { cwd, version: '9.9.9-test' }, reported: [], library: [] });
    const renderer = (cwd: string) => ({ format: scanFormat('json', { cwd, version: '9.9.9-test' }, []), library: scanLibraryOf([], cwd) });
    const drafts = { 'a.md': UNMISTAKABLE, 'b.md': UNMISTAKABLE_2, 'c.md': UNMISTAKABLE };

    /** A stand-in worker's first words, as the real one's: it has loaded. */
    const READY = "const { parentPort } = require('node:worker_threads'); parentPort.postMessage({ ready: true });";

    /** Runs scanInOrder with a stand-in worker script and returns the one line the CLI would print. */
    async function failureLine(workerSource: string | undefined): Promise<{ line: string; code: number; consumed: number }> {
      const tree = tempTree({ ...drafts, ...(workerSource !== undefined ? { 'worker.js': workerSource } : {}) });
      let consumed = 0;
      let line = '';
      try {
        await scanInOrder(
          tasks(tree),
          { jobs: 3, setup: setup(tree.dir), workerFile: tree.path('worker.js') },
          neverHere,
          async (_i: number, _o: ScanOutcome) => {
            consumed++;
          },
        );
        return { line: '', code: 0, consumed };
      } catch (error) {
        const code = reportError(error, { stdout: () => undefined, stderr: (t) => void (line += t), cwd: tree.dir }, false);
        return { line, code, consumed };
      } finally {
        tree.remove();
      }
    }

    it('a worker that throws: exit 1 with one line, no stack', async () => {
      const result = await failureLine(`${READY} parentPort.on('message', () => { throw new Error('boom'); });`);
      assert.equal(result.code, 1);
      assert.equal(result.line, 'draft-factcheck: internal error: a scan worker failed: boom\n');
    });

    it('a worker that exits: exit 1 with one line', async () => {
      const result = await failureLine(`${READY} parentPort.on('message', () => process.exit(3));`);
      assert.equal(result.code, 1);
      assert.equal(result.line, 'draft-factcheck: internal error: a scan worker stopped unexpectedly (exit code 3)\n');
    });

    it('a worker whose scan throws: exit 1 naming the draft', async () => {
      const result = await failureLine(
        `${READY} parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, error: 'no memory left' }));`,
      );
      assert.equal(result.code, 1);
      assert.match(result.line, /^draft-factcheck: internal error: scanning .*[abc]\.md failed: no memory left\n$/);
    });

    it('a missing worker script: exit 1 with one line saying what to do', async () => {
      const result = await failureLine(undefined);
      assert.equal(result.code, 1);
      assert.match(
        result.line,
        /^draft-factcheck: internal error: cannot start scan workers: .*worker\.js is missing \(use --jobs 1, or rebuild\)\n$/,
      );
      assert.equal(result.consumed, 0);
    });

    it('the real workers render the same as this thread, which scans only the drafts over 512 KB', async () => {
      // More drafts than the workers' queues hold (3 workers × 2 batches × 16); two of them are declared bigger
      // than IN_THREAD_BYTES, so this thread scans those, at their turn, and writes what the workers send around them.
      const many = corpus(80);
      const tree = tempTree(many);
      const big = new Set([0, 41]);
      const manyTasks = Object.keys(many)
        .sort()
        .map((f, fileIndex): ScanTask => ({
          draft: {
            path: f,
            absolutePath: tree.path(f),
            language: 'markdown',
            bytes: big.has(fileIndex) ? IN_THREAD_BYTES + 1 : many[f].length,
          },
          fileIndex,
          detect: {},
        }));
      try {
        const collect = async (jobs: number) => {
          const here = renderer(tree.dir);
          const writer = new ScanWriter(here.format);
          const parts: string[] = [...writer.start()];
          const kinds: string[] = [];
          await scanInOrder(
            manyTasks,
            { jobs, setup: setup(tree.dir) },
            (task) => {
              return scanFile(task, here, 'stream');
            },
            async (_i, outcome) => {
              assert.ok(!('problem' in outcome));
              kinds.push('rendered' in outcome ? 'here' : 'worker');
              const pieces = 'rendered' in outcome ? writer.file(outcome.rendered) : writer.encodedFile(outcome.encoded);
              for (const piece of pieces) parts.push(typeof piece === 'string' ? piece : new TextDecoder().decode(piece));
            },
          );
          parts.push(...writer.end());
          return { text: parts.join(''), kinds };
        };
        const alone = await collect(1);
        const shared = await collect(3);
        assert.ok(
          alone.kinds.every((k) => k === 'here'),
          'with --jobs 1 this thread scans all',
        );
        assert.deepEqual(
          shared.kinds.flatMap((kind, i) => (kind === 'here' ? [i] : [])),
          [...big],
          'this thread scans the big drafts, the workers the rest',
        );
        assert.equal(shared.text, alone.text);
        assert.equal(JSON.parse(alone.text).files.length, 80);
      } finally {
        tree.remove();
      }
    });
  });
});
