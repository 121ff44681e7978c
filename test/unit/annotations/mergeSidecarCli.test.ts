import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandLine } from '../../../src/cli/dispatch';
import type { CliIo } from '../../../src/cli/io';
import { parseSidecar, serializeSidecar, setStatus } from '../../../src/core/annotations';
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
    assert.deepEqual(merged.file.annotations.map((a) => a.id), ['annotationA', 'annotationC']);
    assert.equal((await run(dir, ['no-such-base', 'ours', 'theirs'])).code, 0);
  });

  it('exits 2 and leaves OURS untouched when a version is not a valid sidecar', async () => {
    const ours = serializeSidecar(base);
    write('base', serializeSidecar(base));
    write('ours', ours);
    write('theirs', '<<<<<<< HEAD\n{}\n');
    const { code, stderr } = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(code, 2);
    assert.match(stderr, /^draft-factcheck: merge-sidecar: cannot merge ours: the THEIRS version is not a valid sidecar \(line 1, column 1: unexpected "<" where a value should be\)\n$/);
    assert.equal(readFileSync(join(dir, 'ours'), 'utf8'), ours);
  });

  it('explains wrong arguments and missing files in one line with exit 2', async () => {
    const few = await run(dir, ['a', 'b']);
    assert.equal(few.code, 2);
    assert.match(few.stderr, /^draft-factcheck: merge-sidecar needs BASE OURS THEIRS .*got 2 argument\(s\)\n$/);
    const missing = await run(dir, ['base', 'ours', 'theirs']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^draft-factcheck: cannot read the OURS file .*ours: ENOENT/);
  });
});
