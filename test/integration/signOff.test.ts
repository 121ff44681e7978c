import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { draftTextHash } from '../../src/core/publish';
import type { FactCheckTestApi } from '../../src/extension/api';
import type { SignOffResult } from '../../src/extension/publish/signOffCommands';
import type { StateMessage } from '../../src/shared/protocol';
import { closeAllEditors, freshCopy, getApi, openDraft, waitFor, workspaceRoot } from './helpers';
import { draftsFolder, FOUR_CLAIMS, rowFor, writeDraft } from './draftsHelpers';
import { readSidecar, sidecarOf, waitForLoaded } from './storageHelpers';

async function verifyAll(api: FactCheckTestApi, document: vscode.TextDocument): Promise<void> {
  for (const item of api.review.getReview(document).items) await api.review.setStatus(document, item, 'verified');
}

describe('sign-off', function () {
  this.timeout(60_000);
  let api: FactCheckTestApi;

  before(async () => {
    api = await getApi();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('refuses while claims block it, naming them; signs off through the sidecar once they are verified', async () => {
    const path = freshCopy('budget-vote.md');
    const editor = await openDraft(path);
    const document = editor.document;
    await waitForLoaded(api, document);
    const refused = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', document.uri);
    assert.equal(refused?.signedOff, false);
    assert.ok((refused?.evaluation?.blockers.length ?? 0) > 0, 'blocking claims listed');
    assert.ok(refused?.evaluation?.blockers.every((b) => b.condition === 'unreviewed'));

    await verifyAll(api, document);
    const signed = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', document.uri);
    assert.equal(signed?.signedOff, true);
    const onDisk = readSidecar(sidecarOf(path));
    assert.ok(onDisk.signOff, 'signOff written to the sidecar');
    assert.equal(onDisk.signOff.textHash, draftTextHash(document.getText()));
    assert.deepEqual(onDisk.signOff.policy.failOn, ['disputed', 'unverified', 'changed', 'unreviewed', 'stale-sign-off']);
    assert.ok(onDisk.annotations.length > 0, 'annotations kept beside the sign-off');
    await waitFor(() => api.getStatusBarText()?.includes('signed off'), 'the status bar says signed off');
  });

  it('shows "changed since sign-off" after any edit, in the status bar, the check and the overview; revoke removes it', async () => {
    const path = freshCopy('budget-vote.md');
    const editor = await openDraft(path);
    const document = editor.document;
    await waitForLoaded(api, document);
    await verifyAll(api, document);
    assert.equal((await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', document.uri))?.signedOff, true);
    await api.drafts.refresh();
    assert.equal(rowFor(api, path)?.state, 'signed-off');

    await editor.edit((b) => b.insert(document.positionAt(document.getText().length), '\nA line added after sign-off.\n'));
    await waitFor(() => api.getStatusBarText()?.includes('changed since sign-off'), 'the status bar says changed since sign-off');
    const check = await vscode.commands.executeCommand<SignOffResult>('factCheck.checkDraft', document.uri);
    assert.equal(check?.evaluation?.state, 'changed-since-sign-off');
    assert.equal(check?.signedOff, false);
    await waitFor(() => rowFor(api, path)?.state === 'changed-since-sign-off', 'the overview shows changed since sign-off', 20_000);
    await vscode.commands.executeCommand('factCheck.desk.focus');
    await waitFor(
      () => {
        const state = [...api.desk.posted].reverse().find((m): m is StateMessage => m.type === 'state');
        return state?.draft?.uri === document.uri.toString() && state.draft.signOff?.valid === false;
      },
      'the desk shows changed since sign-off',
      20_000,
    );

    await vscode.commands.executeCommand('factCheck.revokeSignOff', document.uri);
    assert.equal(readSidecar(sidecarOf(path)).signOff, undefined);
    await waitFor(() => !api.getStatusBarText()?.includes('sign'), 'the status bar no longer mentions a sign-off');
  });

  it('signs off a closed draft from the Drafts view and keeps it closed to counting', async () => {
    const folder = draftsFolder('signoff');
    const path = writeDraft(folder, 'clean.md', FOUR_CLAIMS, ['verified', 'verified', 'verified', 'verified']);
    const node = { kind: 'draft', row: { id: vscode.Uri.file(path).toString() } };
    const result = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', node);
    assert.equal(result?.signedOff, true);
    assert.ok(readSidecar(`${path}.factcheck.json`).signOff);
    await closeAllEditors();
    await api.drafts.refresh();
    await waitFor(() => rowFor(api, path)?.state === 'signed-off', 'the closed draft shown signed off', 20_000);
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the policy from .factcheck-policy.json and refuses a policy file with an unknown key, saying where', async () => {
    const policyFile = join(workspaceRoot(), '.factcheck-policy.json');
    const path = freshCopy('budget-vote.md');
    try {
      writeFileSync(policyFile, JSON.stringify({ failOn: ['disputed'], minScore: 0.9 }));
      await waitFor(
        async () =>
          (await vscode.commands.executeCommand<SignOffResult>('factCheck.checkDraft', vscode.Uri.file(path)))?.evaluation?.canSignOff ===
          true,
        'the lenient policy file applied',
        20_000,
        500,
      );
      writeFileSync(policyFile, '{ "failOn": ["disputed"], "minScroe": 0.9 }');
      const refused = await waitFor(
        async () => {
          const r = await vscode.commands.executeCommand<SignOffResult>('factCheck.signOff', vscode.Uri.file(path));
          return r?.refused ? r : undefined;
        },
        'the bad policy file refused',
        20_000,
        500,
      );
      assert.match(refused.refused ?? '', /\.factcheck-policy\.json: (line \d+, column \d+: )?minScroe: unknown setting/);
    } finally {
      rmSync(policyFile, { force: true });
    }
  });
});
