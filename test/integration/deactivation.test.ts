import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from './helpers';

/**
 * The extension host cannot be shut down from inside a test (the host running the test would go
 * with it), so this checks what can be checked: deactivate is exported by the shipped bundle and
 * runs cleanly, and pending writes flush without errors.
 */
describe('deactivation', () => {
  it('exports a deactivate() from the bundle that runs without throwing', async () => {
    await getApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const main = (extension.packageJSON as { main: string }).main;
    // The host already loaded this file: require returns that same module instance.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(join(extension.extensionPath, main)) as { activate?: unknown; deactivate?: () => unknown };
    assert.equal(typeof bundle.activate, 'function');
    assert.equal(typeof bundle.deactivate, 'function', 'deactivate is exported');
    await bundle.deactivate?.();
  });

  it('flushes pending sidecar writes without error', async () => {
    const api = await getApi();
    await api.flush();
  });
});
