import * as assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDirectoryPath,
  deletePath,
  NodeFileKind,
  readDirectoryPath,
  readPath,
  renamePath,
  statPath,
  writePath,
} from '../../../src/extension/desktop/nodeFileSystem';

/** The desktop build's local file calls keep workspace.fs's contract, which the store and the link guard rely on. */
describe('desktop: local file system (workspace.fs contract over Node)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fc-nodefs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stats files and folders with their kind and modification time', async () => {
    writeFileSync(join(dir, 'a.md'), 'text');
    const file = await statPath(join(dir, 'a.md'));
    assert.equal(file.type, NodeFileKind.File);
    assert.equal(file.size, 4);
    assert.ok(Math.abs(file.mtime - Date.now()) < 60_000);
    assert.equal((await statPath(dir)).type, NodeFileKind.Directory);
  });

  it('reports a link with its target kind plus the SymbolicLink bit, and a dangling link with the bit alone', async () => {
    writeFileSync(join(dir, 'target.json'), '{}');
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    symlinkSync(dir, join(dir, 'folder-link'));
    symlinkSync(join(dir, 'missing'), join(dir, 'dangling'));
    assert.equal((await statPath(join(dir, 'link.json'))).type, NodeFileKind.File | NodeFileKind.SymbolicLink);
    assert.equal((await statPath(join(dir, 'folder-link'))).type, NodeFileKind.Directory | NodeFileKind.SymbolicLink);
    assert.equal((await statPath(join(dir, 'dangling'))).type, NodeFileKind.SymbolicLink);
    const entries = new Map(await readDirectoryPath(dir));
    assert.equal(entries.get('target.json'), NodeFileKind.File);
    assert.equal(entries.get('link.json'), NodeFileKind.File | NodeFileKind.SymbolicLink);
    assert.equal(entries.get('folder-link'), NodeFileKind.Directory | NodeFileKind.SymbolicLink);
    assert.equal(entries.get('dangling'), NodeFileKind.SymbolicLink);
  });

  it('rejects with ENOENT for what is not there', async () => {
    for (const call of [() => statPath(join(dir, 'none')), () => readPath(join(dir, 'none')), () => deletePath(join(dir, 'none'))]) {
      await assert.rejects(call(), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
    }
  });

  it('writes bytes, creating the missing folders first', async () => {
    const file = join(dir, '.factcheck', 'deep', 'a.md.factcheck.json');
    await writePath(file, new TextEncoder().encode('{"version":1}'));
    assert.equal(readFileSync(file, 'utf8'), '{"version":1}');
    assert.equal(new TextDecoder().decode(await readPath(file)), '{"version":1}');
  });

  it('renames over a target only with overwrite, and never writes through a link it replaces', async () => {
    writeFileSync(join(dir, 'new'), 'new');
    writeFileSync(join(dir, 'old'), 'old');
    await assert.rejects(renamePath(join(dir, 'new'), join(dir, 'old'), false), (error: NodeJS.ErrnoException) => error.code === 'EEXIST');
    assert.equal(readFileSync(join(dir, 'old'), 'utf8'), 'old');
    await renamePath(join(dir, 'new'), join(dir, 'old'), true);
    assert.equal(readFileSync(join(dir, 'old'), 'utf8'), 'new');
    assert.ok(!existsSync(join(dir, 'new')));

    const outside = mkdtempSync(join(tmpdir(), 'fc-nodefs-outside-'));
    try {
      writeFileSync(join(outside, 'secret'), 'secret');
      symlinkSync(join(outside, 'secret'), join(dir, 'linked'));
      writeFileSync(join(dir, 'temp'), 'replacement');
      await renamePath(join(dir, 'temp'), join(dir, 'linked'), true);
      assert.equal(readFileSync(join(outside, 'secret'), 'utf8'), 'secret', 'the link target is untouched');
      assert.ok(!lstatSync(join(dir, 'linked')).isSymbolicLink(), 'the link itself was replaced');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('deletes a link, never its target, and only an empty folder', async () => {
    writeFileSync(join(dir, 'target'), 'kept');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    await deletePath(join(dir, 'link'));
    assert.ok(!existsSync(join(dir, 'link')));
    assert.equal(readFileSync(join(dir, 'target'), 'utf8'), 'kept');
    mkdirSync(join(dir, 'full'));
    writeFileSync(join(dir, 'full', 'x'), 'x');
    await assert.rejects(deletePath(join(dir, 'full')));
    assert.ok(existsSync(join(dir, 'full', 'x')));
    await createDirectoryPath(join(dir, 'empty', 'nested'));
    await createDirectoryPath(join(dir, 'empty', 'nested'));
    await deletePath(join(dir, 'empty', 'nested'));
    assert.ok(!existsSync(join(dir, 'empty', 'nested')));
  });
});
