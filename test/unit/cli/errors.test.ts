import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportError } from '../../../src/cli/exit';
import { UsageError, type CliIo } from '../../../src/cli/io';
import { ROOT, UNMISTAKABLE, assertCliBuilt, isOneCleanErrorLine, runCli, tempTree } from './cliHarness';

describe('cli usage errors', () => {
  before(assertCliBuilt);
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree({
      'good.md': `${UNMISTAKABLE}\n`,
      'binary.md': new Uint8Array([0x55, 0x6e, 0x00, 0x65, 0x6d]),
      'utf16.txt': Buffer.from(`\uFEFF${UNMISTAKABLE}`, 'utf16le'),
      'latin1.txt': new Uint8Array([...Buffer.from('Prices in Orl'), 0xe9, ...Buffer.from('ans rose 5 percent.\n')]),
      'folder/x.md': `${UNMISTAKABLE}\n`,
    });
  });
  after(() => tree.remove());

  const cases: { name: string; args: string[]; message: RegExp }[] = [
    { name: 'no command', args: [], message: /no command given/ },
    { name: 'an unknown command', args: ['scna', 'good.md'], message: /unknown command 'scna'/ },
    { name: 'an unknown top-level option', args: ['--frobnicate'], message: /unknown option --frobnicate/ },
    { name: 'no paths', args: ['scan'], message: /no paths given/ },
    { name: 'no paths after options', args: ['scan', '--format', 'json'], message: /no paths given/ },
    { name: 'a missing path', args: ['scan', 'good.md', 'missing.md'], message: /missing\.md: no such file or directory/ },
    { name: 'a path through a file', args: ['scan', 'good.md/inner.md'], message: /good\.md\/inner\.md: no such file or directory/ },
    { name: 'a binary file given by name', args: ['scan', 'binary.md'], message: /binary\.md: binary file/ },
    { name: 'a UTF-16 file given by name', args: ['scan', 'utf16.txt'], message: /utf16\.txt: binary file/ },
    { name: 'a non-UTF-8 file given by name', args: ['scan', 'latin1.txt'], message: /latin1\.txt: not valid UTF-8 text/ },
    { name: 'an unknown option', args: ['scan', '--colour', 'good.md'], message: /unknown option --colour/ },
    { name: 'an unknown short option', args: ['scan', '-x', 'good.md'], message: /unknown option -x/ },
    { name: 'a value given to a flag', args: ['scan', '--help=yes', 'good.md'], message: /--help takes no value/ },
    {
      name: 'an unknown format',
      args: ['scan', '--format', 'xml', 'good.md'],
      message: /unknown format 'xml' \(use text, json, jsonl, sarif\)/,
    },
    { name: 'a format without value', args: ['scan', 'good.md', '--format'], message: /--format needs a value/ },
    {
      name: 'a format followed by an option',
      args: ['scan', '--format', '--kinds', 'event', 'good.md'],
      message: /--format needs a value/,
    },
    {
      name: 'a non-numeric --min-score',
      args: ['scan', '--min-score', 'high', 'good.md'],
      message: /--min-score must be a number from 0 to 1, not 'high'/,
    },
    { name: 'a --min-score above 1', args: ['scan', '--min-score=1.5', 'good.md'], message: /--min-score must be a number from 0 to 1/ },
    {
      name: 'a negative --min-score',
      args: ['scan', '--min-score', '-0.2', 'good.md'],
      message: /--min-score must be a number from 0 to 1, not '-0.2'/,
    },
    { name: 'an empty --min-score', args: ['scan', '--min-score=', 'good.md'], message: /--min-score must be a number/ },
    {
      name: 'an unknown kind',
      args: ['scan', '--kinds', 'statistic,rumour', 'good.md'],
      message: /unknown claim kind 'rumour' in --kinds \(known: statistic,/,
    },
    { name: 'an empty kind list', args: ['scan', '--kinds', ',', 'good.md'], message: /--kinds needs at least one kind/ },
    {
      name: 'an empty ignore phrase',
      args: ['scan', '--ignore-phrase', ' ', 'good.md'],
      message: /--ignore-phrase needs a non-empty phrase/,
    },
    { name: 'a device instead of a file', args: ['scan', '/dev/null'], message: /\/dev\/null: not a file or directory/ },
  ];

  for (const { name, args, message } of cases) {
    it(`exits 2 with one clean line for ${name}`, () => {
      const run = runCli(args, { cwd: tree.dir });
      assert.equal(run.status, 2, `${run.stdout}${run.stderr}`);
      assert.ok(isOneCleanErrorLine(run.stderr), JSON.stringify(run.stderr));
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '', 'nothing on stdout: no partial report');
    });
  }

  it('escapes control characters of a bad argument in the message', () => {
    const run = runCli(['scan', 'no\nsuch\u001b[31m.md'], { cwd: tree.dir });
    assert.equal(run.status, 2);
    assert.ok(isOneCleanErrorLine(run.stderr), JSON.stringify(run.stderr));
    assert.ok(!run.stderr.includes('\u001b'));
  });

  it('treats everything after -- as a path', () => {
    const run = runCli(['scan', '--format', 'json', '--', '--help'], { cwd: tree.dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^draft-factcheck: --help: no such file or directory\n$/);
  });
});

describe('cli help and version', () => {
  before(assertCliBuilt);

  it('--help shows usage for scan and merge-sidecar and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['merge-sidecar', '--help']]) {
      const run = runCli(args);
      assert.equal(run.status, 0, args.join(' '));
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /draft-factcheck scan \[options\] PATH\.\.\./);
      assert.match(run.stdout, /draft-factcheck merge-sidecar BASE OURS THEIRS/);
      assert.match(run.stdout, /--format FORMAT +text \| json \| sarif/);
    }
  });

  it('scan --help shows the scan usage even with other arguments', () => {
    const run = runCli(['scan', 'missing.md', '--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: draft-factcheck scan/);
    assert.match(
      run.stdout,
      /--kinds K1,K2 +only these kinds \(comma-separated\):\n +statistic, comparison, attribution, evidence, absolute, causal, event, legal\n/,
    );
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = runCli([flag]);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${version}\n`);
    }
  });
});

describe('cli error reporting', () => {
  const capture = () => {
    const err: string[] = [];
    const io: CliIo = { stdout: () => assert.fail('nothing on stdout'), stderr: (t) => void err.push(t), cwd: '/' };
    return { io, err };
  };

  it('a UsageError is one line and exit code 2', () => {
    const { io, err } = capture();
    assert.equal(reportError(new UsageError('bad\n  thing'), io, false), 2);
    assert.deepEqual(err, ['draft-factcheck: bad thing\n']);
  });

  it('any other error is an internal error: one line and exit code 1, the stack only in debug mode', () => {
    const { io, err } = capture();
    const bug = new TypeError('cannot read x');
    assert.equal(reportError(bug, io, false), 1);
    assert.deepEqual(err, ['draft-factcheck: internal error: cannot read x\n']);
    const debug = capture();
    assert.equal(reportError(bug, debug.io, true), 1);
    assert.equal(debug.err.length, 2);
    assert.match(debug.err[1], /TypeError: cannot read x\n\s+at /);
    const thrown = capture();
    assert.equal(reportError('a string', thrown.io, false), 1);
    assert.deepEqual(thrown.err, ['draft-factcheck: internal error: a string\n']);
  });
});
