import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, freshCopy, getApi, openDraft, waitFor } from './helpers';

/**
 * The extension host cannot be shut down from inside a test (the host running the test would go
 * with it), so this checks what can be checked: deactivate is exported by the shipped bundle and
 * writes pending annotation changes at once.
 */
describe('deactivation', () => {
  it('deactivate() writes a pending annotation change at once, without waiting for the write debounce', async () => {
    const api = await getApi();
    const path = freshCopy('budget-vote.md');
    const editor = await openDraft(path);
    const uri = editor.document.uri;
    await waitFor(() => (api.getReview(uri)?.items.length ?? 0) > 0, 'claims detected in the fresh draft');
    const claim = api.getReview(uri)!.items[0];
    await vscode.commands.executeCommand('factCheck.flagUnverified', { uri: uri.toString(), claimStart: claim.start });
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The host already loaded the bundle: require returns that same module instance.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(join(extension.extensionPath, (extension.packageJSON as { main: string }).main)) as {
      activate?: unknown;
      deactivate?: () => unknown;
    };
    assert.equal(typeof bundle.activate, 'function');
    assert.equal(typeof bundle.deactivate, 'function', 'deactivate is exported');
    await bundle.deactivate?.();
    const sidecar = `${path}.factcheck.json`;
    assert.ok(existsSync(sidecar), 'the sidecar exists as soon as deactivate() resolves');
    const saved = JSON.parse(readFileSync(sidecar, 'utf8')) as { annotations: { anchor: { exact: string }; status: string }[] };
    assert.deepEqual(
      saved.annotations.map((a) => [a.anchor.exact, a.status]),
      [[claim.text, 'unverified']],
    );
  });
});
