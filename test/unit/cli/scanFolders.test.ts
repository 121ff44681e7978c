import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { UNMISTAKABLE, assertCliBuilt, runCli, tempTree } from './cliHarness';

describe('cli scan of folders', () => {
  before(assertCliBuilt);

  const claim = `${UNMISTAKABLE}\n`;
  const tree = () =>
    tempTree({
      'desk/zeta.md': claim,
      'desk/Alpha.txt': claim,
      'desk/beta.markdown': claim,
      'desk/b/inner.MD': claim,
      'desk/b/notes.json': '{"not":"a draft"}',
      'desk/b/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'desk/node_modules/pkg/readme.md': claim,
      'desk/.git/COMMIT_EDITMSG.txt': claim,
      'desk/.hidden/secret.md': claim,
      'desk/.draft.md': claim,
      'desk/c/deeper/last.txt': claim,
    });

  it('finds .md/.markdown/.txt drafts recursively in ordinal order, skipping node_modules and hidden entries', () => {
    const t = tree();
    try {
      const run = runCli(['scan', '--format', 'json', 'desk'], { cwd: t.dir });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, '');
      const paths = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      assert.deepEqual(paths, ['desk/Alpha.txt', 'desk/b/inner.MD', 'desk/beta.markdown', 'desk/c/deeper/last.txt', 'desk/zeta.md']);
    } finally {
      t.remove();
    }
  });

  it('gives the same output on every run', () => {
    const t = tree();
    try {
      const first = runCli(['scan', 'desk'], { cwd: t.dir });
      const second = runCli(['scan', 'desk'], { cwd: t.dir });
      assert.equal(first.status, 0);
      assert.equal(first.stdout, second.stdout);
    } finally {
      t.remove();
    }
  });

  it('skips a binary or non-UTF-8 draft found in a folder with a warning, and scans the rest', () => {
    const t = tempTree({
      'desk/good.md': claim,
      'desk/binary.md': new Uint8Array([0x48, 0x69, 0x00, 0x21]),
      'desk/latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    });
    try {
      const run = runCli(['scan', '--format', 'json', 'desk'], { cwd: t.dir });
      assert.equal(run.status, 0, run.stderr);
      const paths = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      assert.deepEqual(paths, ['desk/good.md']);
      const warnings = run.stderr.trimEnd().split('\n');
      assert.equal(warnings.length, 2, run.stderr);
      assert.match(warnings[0], /^draft-factcheck: warning: skipped desk\/binary\.md: binary/);
      assert.match(warnings[1], /^draft-factcheck: warning: skipped desk\/latin1\.txt: not valid UTF-8/);
    } finally {
      t.remove();
    }
  });

  it('follows a symlink loop only once, and scans a file reached twice once', () => {
    const t = tempTree({ 'desk/a.md': claim, 'desk/sub/b.md': claim });
    try {
      symlinkSync(t.path('desk'), t.path('desk/sub/loop'), 'dir');
      const run = runCli(['scan', '--format', 'json', 'desk', 'desk/a.md'], { cwd: t.dir });
      assert.equal(run.status, 0, run.stderr);
      const paths = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      assert.deepEqual(paths, ['desk/a.md', 'desk/sub/b.md']);
    } finally {
      t.remove();
    }
  });

  it('reports an empty folder as no files, successfully', () => {
    const t = tempTree({ 'desk/readme.json': '{}' });
    try {
      const run = runCli(['scan', '--format', 'json', 'desk'], { cwd: t.dir });
      assert.equal(run.status, 0);
      assert.deepEqual(JSON.parse(run.stdout), { files: [] });
      const text = runCli(['scan', 'desk'], { cwd: t.dir });
      assert.equal(text.stdout, 'No claims found in 0 files scanned.\n');
      assert.equal(
        text.stderr,
        'draft-factcheck: warning: no drafts found in desk (a folder is searched for .md, .markdown and .txt files)\n',
      );
    } finally {
      t.remove();
    }
  });
});
