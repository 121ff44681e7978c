import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { runCommandLine } from '../../../src/cli/dispatch';
import { formatReport } from '../../../src/cli/format';
import type { CliIo } from '../../../src/cli/io';
import type { FileReport, LocatedClaim, ScanReport } from '../../../src/cli/report';
import { CLI, UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, tempTree } from './cliHarness';
import { referenceJson, referenceReport, referenceSarif } from './referenceFormats';

/** Runs a command line in this process; stdout arrives in many writes, as from a stream. */
async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; writes: number }> {
  let stdout = '';
  let stderr = '';
  let writes = 0;
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
      writes++;
    },
    stderr: (t) => void (stderr += t),
    cwd,
  };
  const code = await runCommandLine(args, io, '9.9.9-test');
  return { code, stdout, stderr, writes };
}

const WEIRD = 'Le ministre a dit que 40 % des « écoles » ont fermé en 2024 — 😀 «x» "quoted \\ back\\slash" \u2028 tab\there.';

/** Drafts of every sort: Markdown and plain, BOM, CRLF, unicode, escapes, figures that disagree, none with claims. */
const DRAFTS: Record<string, string> = {
  'a/one.md': `# Budget\n\n${UNMISTAKABLE}\n\nThe company has 640 employees. Later: the company has 460 employees.\n`,
  'a/two.txt': `\uFEFF${UNMISTAKABLE_2}\r\n\r\n${WEIRD}\r\n`,
  'b/empty.md': 'Nothing to check here.\n',
  'b/nested/three.markdown': `${WEIRD}\n\n${UNMISTAKABLE}\n`,
  'c.md': Array.from({ length: 200 }, (_, i) => `Line ${i} says ${i % 97}% of ${i * 13} voters agreed in ${1990 + (i % 30)}.`).join('\n\n'),
};

describe('cli scan streaming output (issue 12)', function () {
  this.timeout(60_000);
  before(assertCliBuilt);

  const cases: { name: string; files: string[]; args: string[] }[] = [
    { name: 'an empty folder', files: [], args: ['empty-dir'] },
    { name: 'one file', files: ['a/one.md'], args: ['a/one.md'] },
    {
      name: 'many files, unicode and escapes',
      files: ['a/one.md', 'a/two.txt', 'b/empty.md', 'b/nested/three.markdown', 'c.md'],
      args: ['a', 'b', 'c.md'],
    },
  ];
  for (const { name, files, args } of cases) {
    it(`json and sarif equal the whole-report serializer byte for byte: ${name}, --jobs 1 and 2`, async () => {
      const tree = tempTree({ ...DRAFTS, 'empty-dir/.keep': '' });
      try {
        const reference = referenceReport(files.map((f) => ({ absolutePath: tree.path(f), shown: f })));
        for (const jobs of ['1', '2']) {
          const json = await run(['scan', '--jobs', jobs, '--format', 'json', ...args], tree.dir);
          assert.equal(
            json.stderr,
            files.length === 0
              ? `draft-factcheck: warning: no drafts found in empty-dir (a folder is searched for .md, .markdown and .txt files)\n`
              : '',
          );
          assert.equal(json.code, 0);
          assert.equal(json.stdout, referenceJson(reference));
          const sarif = await run(['scan', '--jobs', jobs, '--format', 'sarif', ...args], tree.dir);
          assert.equal(sarif.code, 0);
          assert.equal(sarif.stdout, referenceSarif(reference, tree.dir, '9.9.9-test'));
        }
      } finally {
        tree.remove();
      }
    });
  }

  it('jsonl: one compact line per file, each the file object of the json format', async () => {
    const tree = tempTree(DRAFTS);
    try {
      const json = JSON.parse((await run(['scan', '--format', 'json', '.'], tree.dir)).stdout) as { files: unknown[] };
      const jsonl = await run(['scan', '--format', 'jsonl', '.'], tree.dir);
      assert.equal(jsonl.code, 0);
      assert.ok(jsonl.stdout.endsWith('\n'));
      const lines = jsonl.stdout.slice(0, -1).split('\n');
      assert.equal(lines.length, Object.keys(DRAFTS).length);
      assert.deepEqual(
        lines.map((line) => JSON.parse(line)),
        json.files,
      );
      for (const line of lines) assert.equal(line, JSON.stringify(JSON.parse(line)), 'compact JSON');
      assert.equal((await run(['scan', '--format', 'jsonl', 'empty-dir'], tempTree({ 'empty-dir/.keep': '' }).dir)).stdout, '');
    } finally {
      tree.remove();
    }
  });

  it('writes a huge file in pieces with the same bytes (claims with matches, BOM, inconsistencies)', () => {
    const claim = (i: number): LocatedClaim => ({
      start: i * 10,
      end: i * 10 + 9,
      text: `«${i}» \\ "q" \u0007 😀`,
      kind: i % 2 === 0 ? 'statistic' : 'attribution',
      reason: `quantity: ${i}%`,
      score: 0.5 + (i % 5) / 10,
      line: i + 1,
      column: 2,
      endLine: i + 1,
      endColumn: 11,
      matches:
        i % 3 === 0
          ? [
              {
                path: 'other.md',
                id: `k${i}`,
                status: 'verified',
                similarity: 0.82,
                conflict: i % 2 === 0,
                by: 'Ana',
                at: '2026-01-01T00:00:00Z',
              },
            ]
          : [],
    });
    const files: FileReport[] = [
      {
        path: 'big.md',
        absolutePath: '/work/big.md',
        language: 'markdown',
        bytes: 1e6,
        bom: true,
        claims: Array.from({ length: 20_000 }, (_, i) => claim(i)),
      },
      { path: 'none.txt', absolutePath: '/work/none.txt', language: 'plaintext', bytes: 3, bom: false, claims: [], inconsistencies: [] },
      {
        path: 'c\u00e9.md',
        absolutePath: '/elsewhere/c\u00e9.md',
        language: 'markdown',
        bytes: 10,
        bom: false,
        claims: [claim(1)],
        inconsistencies: [
          {
            fact: 'number of "employees"',
            values: ['640', '460'],
            spans: [
              { start: 1, end: 4, text: '640', line: 1, column: 2 },
              { start: 9, end: 12, text: '460', line: 2, column: 1 },
            ],
          },
        ],
      },
    ];
    const report: ScanReport = { files };
    const context = { cwd: '/work', version: '1.2.3' };
    assert.equal(formatReport('json', report, context), referenceJson(report));
    assert.equal(formatReport('sarif', report, context), referenceSarif(report, '/work', '1.2.3'));
    assert.equal(formatReport('json', { files: [] }, context), referenceJson({ files: [] }));
    assert.equal(formatReport('sarif', { files: [] }, context), referenceSarif({ files: [] }, '/work', '1.2.3'));
  });

  it('streams: a large report reaches stdout in many writes, not one string', async () => {
    const tree = tempTree({ 'lines.txt': 'Line 12 says 40%.\n'.repeat(20_000) });
    try {
      const result = await run(['scan', '--format', 'json', 'lines.txt'], tree.dir);
      assert.equal(result.code, 0);
      assert.ok(result.writes > 20, `${result.writes} writes`);
      assert.equal(result.stdout, referenceJson(referenceReport([{ absolutePath: tree.path('lines.txt'), shown: 'lines.txt' }])));
    } finally {
      tree.remove();
    }
  });

  it('exits 0 without a stack trace when the reader closes the pipe early (| head)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${String(i).padStart(2, '0')}.md`] = `${UNMISTAKABLE}\n\n`.repeat(400);
    const tree = tempTree(files);
    try {
      for (const jobs of ['1', '2']) {
        const child = spawn(process.execPath, [CLI, 'scan', '--jobs', jobs, '--format', 'jsonl', '.'], {
          cwd: tree.dir,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        // Read the first line, then close the pipe as `head -1` does.
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        child.stdout.destroy();
        const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
        assert.equal(stderr, '', `--jobs ${jobs}`);
        assert.equal(code, 0, `--jobs ${jobs}`);
      }
    } finally {
      tree.remove();
    }
  });

  it('goes on, and exits 0, when the reader of its warnings closes them early (2>&1 >/dev/null | head -1)', async () => {
    // Each draft's sidecar is corrupt: every one is a warning on stderr, far more than a pipe holds.
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) {
      files[`d${String(i).padStart(3, '0')}.md`] = `${UNMISTAKABLE}\n`;
      files[`d${String(i).padStart(3, '0')}.md.factcheck.json`] = '{bad';
    }
    const tree = tempTree(files);
    try {
      const child = spawn(process.execPath, [CLI, 'scan', '--format', 'jsonl', '.'], { cwd: tree.dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let lines = 0;
      child.stdout.on('data', (d: Buffer) => (lines += d.toString().split('\n').length - 1));
      await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
      child.stderr.destroy();
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill();
          reject(new Error('still running 30 s after its stderr closed'));
        }, 30_000);
        child.on('close', (c) => (clearTimeout(timer), resolve(c)));
      });
      assert.equal(code, 0);
      assert.equal(lines, 400, 'the whole report is still written');
    } finally {
      tree.remove();
    }
  });
});
