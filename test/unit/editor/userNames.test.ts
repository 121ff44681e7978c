import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { desktopUserNames } from '../../../src/extension/desktop/userNames';

/** The two fields of a Uri the desktop source reads. */
function folderUri(scheme: string, fsPath: string): vscode.Uri {
  return { scheme, fsPath } as vscode.Uri;
}

describe('desktop user names (the Node side of the platform port)', () => {
  let repo: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'fc-names-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['config', 'user.name', 'Ada Editor'], { cwd: repo });
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  it("reads git's user.name for a file: folder", async () => {
    assert.equal(await desktopUserNames().gitUserName(folderUri('file', repo)), 'Ada Editor');
  });

  it('asks git nothing for a virtual folder (vscode-vfs, …)', async () => {
    assert.equal(await desktopUserNames().gitUserName(folderUri('vscode-vfs', repo)), undefined);
  });

  it('answers undefined, not an error, where git cannot run', async () => {
    assert.equal(await desktopUserNames().gitUserName(folderUri('file', join(repo, 'missing-folder'))), undefined);
  });

  it('falls back to a non-empty OS user name', () => {
    const name = desktopUserNames().fallbackName();
    assert.ok(name.trim().length > 0);
  });
});
