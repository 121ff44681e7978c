import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandLine } from '../../../src/cli/dispatch';
import type { CliIo } from '../../../src/cli/io';
import { parseSidecar, serializeSidecar, setStatus } from '../../../src/core/annotations';
import { assertCliBuilt, CLI } from '../cli/cliHarness';
import { annotate, DRAFT, sidecar, T1, T2 } from './fixtures';

/** Runs the CLI's dispatcher in-process on files in a temp folder (dist/cli.js is exercised by the git merge test). */
function run(dir: string, args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir };
  return runCommandLine(['merge-sidecar', ...args], io, '0.0.0-test').then((code) => ({ code, stderr, stdout }));
}

describe('draft-factcheck merge-sidecar', () => {
  let dir = '';
  const base = sidecar([{ ...annotate(DRAFT, '£4.2 million'), id: 'annotationA' }]);
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'factcheck-merge-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the merge to OURS and exits 0, warning about resolved conflicts', async () => {
    write('base', serializeSidecar(base));
    write('ours', serializeSidecar({ ...base, annotations: [setStatus(base.annotations[0], 'verified', 'Ana', T1)] }));
    write('theirs', serializeSidecar({ ...base, annotations: [setStatus(base.annotations[0], 'disputed', 'Ben', T2)] }));
    const { code, stderr } = await run(dir, ['base', 'ours', 'theirs', 'story.md.factcheck.json']);
    assert.equal(code, 0);
    assert.match(stderr, /^draft-factcheck: warning: story\.md\.factcheck\.json annotation annotationA: status: kept "disputed"/m);
    assert.match(stderr, /with 1 conflict\(s\) resolved automatically/);
    const merged = parseSidecar(readFileSync(join(dir, 'ours'), 'utf8'));
    assert.ok(merged.ok);
    assert.equal(merged.file.annotations[0].status, 'disputed');
  });

  it('treats an empty or missing BASE as "both added the file" and is quiet without conflicts', async () => {
    write('base', '');
    write('ours', serializeSidecar(base));
    write('theirs', serializeSidecar(sidecar([{ ...annotate(DRAFT, 'three libraries'), id: 'annotationC' }])));
    const empty = await run(dir, ['base', 'ours', 'theirs']);
    assert.deepEqual([empty.code, empty.stderr], [0, '']);
    const merged = parseSidecar(readFileSync(join(dir, 'ours'), 'utf8'));
    assert.ok(merged.ok);
    assert.deepEqual(
      merged.file.annotations.map((a) => a.id),
      ['annotationA', 'annotationC'],
    );
    assert.equal((await run(dir, ['no-such-base', 'ours', 'theirs'])).code, 0);
  });

  it('exits 2 and leaves OURS untouched when a version is not a valid sidecar', async () => {
    const ours = serializeSidecar(base);
    write('base', serializeSidecar(base));
    write('ours', ours);
    write('theirs', '<<<<<<< HEAD\n{}\n');
    const { code, stderr } = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /^draft-factcheck: merge-sidecar: cannot merge ours: the THEIRS version is not a valid sidecar \(line 1, column 1: unexpected "<" where a value should be\)\n$/,
    );
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), ours);
  });

  it('explains wrong arguments and missing files in one line with exit 2', async () => {
    const few = await run(dir, ['a', 'b']);
    assert.equal(few.code, 2);
    assert.match(few.stderr, /^draft-factcheck: merge-sidecar needs BASE OURS THEIRS .*got 2 argument\(s\)\n$/);
    const missing = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^draft-factcheck: cannot read the OURS file .*ours: no such file or folder \(ENOENT\)\n$/);
  });

  it('exits 2 with one line when BASE is a folder (issue 14)', async () => {
    mkdirSync(join(dir, 'base'));
    write('ours', serializeSidecar(base));
    write('theirs', serializeSidecar(base));
    const { code, stderr } = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(code, 2);
    assert.match(stderr, /^draft-factcheck: cannot read the BASE file .*base: it is a folder, not a file \(EISDIR\)\n$/);
  });

  it('refuses a version nested deeper than the limit with exit 2 and the place, instead of crashing (issue 14)', async () => {
    const deep = `${'{"x":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const ours = serializeSidecar(base);
    write('base', ours);
    write('ours', ours);
    write('theirs', serializeSidecar(base).replace('"version": 1,', `"version": 1,\n  "deep": ${deep},`));
    const { code, stderr } = await run(dir, ['base', 'ours', 'theirs', 'story.md.factcheck.json']);
    assert.equal(code, 2);
    assert.match(
      stderr,
      /^draft-factcheck: merge-sidecar: cannot merge story\.md\.factcheck\.json: the THEIRS version is not a valid sidecar \(line 3, column \d+: nested deeper than 64 levels/,
    );
    assert.equal(stderr.split('\n').length, 2, 'one line');
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), ours);
  });

  it('keeps unknown keys whatever their names, and refuses numbers it could not write back (issue 14)', async () => {
    const extra = serializeSidecar(base).replace(
      '"version": 1,',
      '"version": 1,\n  "constructor": 1, "toString": "t", "hasOwnProperty": [true], "__proto__": {"polluted": 1},',
    );
    write('base', serializeSidecar(base));
    write('ours', serializeSidecar(base));
    write('theirs', extra);
    assert.equal((await run(dir, ['base', 'ours', 'theirs'])).code, 0);
    const merged = JSON.parse(readFileSync(join(dir, 'ours'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(
      Object.keys(merged)
        .filter((k) => !['version', 'draft', 'annotations'].includes(k))
        .sort(),
      ['__proto__', 'constructor', 'hasOwnProperty', 'toString'],
    );
    assert.deepEqual([merged.constructor, merged.toString, merged.hasOwnProperty], [1, 't', [true]]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);

    write('theirs', serializeSidecar(base).replace('"version": 1,', '"version": 1,\n  "huge": 1e400,'));
    const ours = readFileSync(join(dir, 'ours'), 'utf8');
    const refused = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /line 3, column 11: the number 1e400 is too large to store/);
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), ours);
  });

  it('replaces a symbolic link at OURS instead of writing through it (issue 14)', async () => {
    const target = join(dir, 'elsewhere.json');
    const original = serializeSidecar(base);
    write('elsewhere.json', original);
    symlinkSync(target, join(dir, 'ours'));
    write('base', original);
    write('theirs', serializeSidecar({ ...base, annotations: [setStatus(base.annotations[0], 'verified', 'Ana', T1)] }));
    assert.equal((await run(dir, ['base', 'ours', 'theirs'])).code, 0);
    assert.equal(readFileSync(target, 'utf8'), original, 'the link target is untouched');
    assert.equal(lstatSync(join(dir, 'ours')).isSymbolicLink(), false);
    const merged = parseSidecar(readFileSync(join(dir, 'ours'), 'utf8'));
    assert.ok(merged.ok && merged.file.annotations[0].status === 'verified');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('.tmp-')),
      [],
      'no temp file left',
    );
  });

  it('leaves OURS byte for byte as it was and exits 1 with one line when the file size limit is hit (ulimit -f, issue 14)', function () {
    this.timeout(60_000);
    assertCliBuilt();
    const ours = serializeSidecar(base);
    write('base', ours);
    write('ours', ours);
    const big = { ...base.annotations[0], note: 'x'.repeat(2 * 1024 * 1024), updatedAt: T2 };
    write('theirs', serializeSidecar(sidecar([big])));
    // ulimit -f counts 512-byte blocks in POSIX sh: 512 blocks = 256 KB, far below the merged 2 MB.
    const child = spawnSync(
      '/bin/sh',
      ['-c', `ulimit -f 512 && exec "${process.execPath}" "${CLI}" merge-sidecar base ours theirs story.md.factcheck.json`],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(child.status, 1, child.stderr);
    assert.match(
      child.stderr,
      /^draft-factcheck: merge-sidecar: cannot write the merged story\.md\.factcheck\.json: the file would be larger than allowed \(file size limit\) \(EFBIG\); left unmerged\n$/,
    );
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), ours);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('.tmp-')),
      [],
      'no temp file left',
    );
  });
});
