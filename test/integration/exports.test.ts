import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/extension/publish/exportCommands';
import { closeAllEditors, getApi, openDraft } from './helpers';
import { draftsFolder, FOUR_CLAIMS, writeDraft } from './draftsHelpers';
import { readSidecar } from './storageHelpers';

describe('publishing exports', function () {
  this.timeout(60_000);
  let folder: string;
  let story: string;

  before(async () => {
    await getApi();
    folder = draftsFolder('exports');
    story = writeDraft(folder, 'story.md', `# Budget night\n\n${FOUR_CLAIMS}\n`, ['verified', 'disputed', 'unverified']);
    writeDraft(folder, 'second.md', FOUR_CLAIMS, ['verified']);
  });

  after(async () => {
    await closeAllEditors();
    const config = vscode.workspace.getConfiguration('factCheck');
    for (const key of ['publisher.name', 'publisher.url', 'claimReview.urlTemplate'])
      await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(folder, { recursive: true, force: true });
  });

  for (const format of ['md', 'html', 'csv', 'json'] as const) {
    it(`exports a ${format} report of a draft, written whole`, async () => {
      const output = join(folder, `story-report.${format}`);
      const result = await vscode.commands.executeCommand<ExportResult>('factCheck.exportReport', {
        uri: vscode.Uri.file(story),
        format,
        output,
        quiet: true,
      });
      assert.equal(result?.drafts, 1);
      const text = readFileSync(output, 'utf8');
      assert.match(text, /story\.md/);
      if (format === 'csv') assert.equal(text.trim().split(/\r?\n/).length, 1 + 4, 'a header and one row per claim');
      if (format === 'json') assert.equal(JSON.parse(text).drafts[0].claims.length, 4);
      if (format === 'html') assert.doesNotMatch(text, /<script/i);
      assert.deepEqual(
        readdirSync(folder).filter((f) => f.includes('.tmp-')),
        [],
        'no temp file left',
      );
    });
  }

  it('applies the same policy inputs as the Drafts view and sign-off: factCheck.publish.minScore and factCheck.minScore change the report', async () => {
    // Claims score 0.98, 0.98, 0.89 and 0.97; the last two stay unreviewed.
    const pending = writeDraft(folder, 'pending.md', FOUR_CLAIMS, ['verified', 'verified']);
    const output = join(folder, 'pending-report.json');
    const config = vscode.workspace.getConfiguration('factCheck');
    const report = async () => {
      await vscode.commands.executeCommand<ExportResult>('factCheck.exportReport', {
        uri: vscode.Uri.file(pending),
        format: 'json',
        output,
        quiet: true,
      });
      return (JSON.parse(readFileSync(output, 'utf8')) as { drafts: { state: string; claims: unknown[] }[] }).drafts[0];
    };
    try {
      assert.equal((await report()).state, 'needs-work', 'unreviewed claims scoring at least 0.7 block');
      await config.update('publish.minScore', 0.99, vscode.ConfigurationTarget.Workspace);
      assert.equal((await report()).state, 'ready', 'none scores 0.99');
      await config.update('minScore', 0.95, vscode.ConfigurationTarget.Workspace);
      assert.equal((await report()).claims.length, 3, 'the unreviewed claim under factCheck.minScore is left out, as in the editor');
    } finally {
      await config.update('publish.minScore', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('minScore', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('exports a folder report from a Drafts view folder node, marking a draft whose sidecar is corrupt', async () => {
    const broken = writeDraft(folder, 'broken.md', FOUR_CLAIMS);
    writeFileSync(`${broken}.factcheck.json`, '{ nope');
    const output = join(folder, 'folder-report.md');
    const node = {
      kind: 'folder',
      id: 'x',
      label: 'exports',
      folderId: vscode.Uri.file(folder).toString(),
      path: '',
      children: [story, broken].map((p) => ({
        kind: 'draft',
        id: p,
        label: p,
        rank: 0,
        row: { id: vscode.Uri.file(p).toString(), folderId: '', folderName: '', relativePath: p },
      })),
      rank: 0,
      drafts: 2,
      needAttention: 0,
    };
    const result = await vscode.commands.executeCommand<ExportResult>('factCheck.exportReport', {
      uri: node,
      format: 'md',
      output,
      quiet: true,
    });
    assert.equal(result?.drafts, 2);
    assert.equal(result?.errors.length, 1);
    const text = readFileSync(output, 'utf8');
    assert.match(text, /broken\.md/);
    assert.match(text, /story\.md/);
    rmSync(broken);
    rmSync(`${broken}.factcheck.json`);
  });

  it('refuses ClaimReview without a publisher, then exports reviewed claims with the configured author and URL', async () => {
    const output = join(folder, 'story.claimreview.json');
    const config = vscode.workspace.getConfiguration('factCheck');
    await config.update('publisher.name', undefined, vscode.ConfigurationTarget.Workspace);
    const refused = await vscode.commands.executeCommand<ExportResult>('factCheck.exportClaimReview', {
      uri: vscode.Uri.file(story),
      output,
      quiet: true,
    });
    assert.equal(refused, undefined);
    assert.equal(existsSync(output), false);
    await config.update('publisher.name', 'Harbour Gazette', vscode.ConfigurationTarget.Workspace);
    await config.update('publisher.url', 'https://gazette.example', vscode.ConfigurationTarget.Workspace);
    await config.update('claimReview.urlTemplate', 'https://gazette.example/{draft}#claim-{number}', vscode.ConfigurationTarget.Workspace);
    const result = await vscode.commands.executeCommand<ExportResult>('factCheck.exportClaimReview', {
      uri: vscode.Uri.file(story),
      output,
      quiet: true,
    });
    assert.equal(result?.drafts, 1);
    const reviews = JSON.parse(readFileSync(output, 'utf8')) as {
      '@type': string;
      author: unknown;
      url: string;
      reviewRating: { alternateName: string };
    }[];
    assert.equal(reviews.length, 2, 'the verified and the disputed claim');
    assert.equal(reviews[0]['@type'], 'ClaimReview');
    assert.deepEqual(reviews[0].author, { '@type': 'Organization', name: 'Harbour Gazette', url: 'https://gazette.example' });
    assert.match(reviews[0].url, /^https:\/\/gazette\.example\/story#claim-\d$/);
    assert.deepEqual(reviews.map((r) => r.reviewRating.alternateName).sort(), ['False', 'True']);
  });

  it('exports Web Annotations and imports them into another copy of the draft without overwriting', async () => {
    const output = join(folder, 'story.annotations.jsonld');
    const result = await vscode.commands.executeCommand<ExportResult>('factCheck.exportWebAnnotations', {
      uri: vscode.Uri.file(story),
      output,
      quiet: true,
    });
    assert.equal(result?.drafts, 1);
    const collection = JSON.parse(readFileSync(output, 'utf8'));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.first.items.length, 3);

    const copyFolder = draftsFolder('imports');
    const copy = writeDraft(copyFolder, 'story.md', readFileSync(story, 'utf8'), ['verified']);
    const keptId = readSidecar(`${copy}.factcheck.json`).annotations[0].id;
    await openDraft(copy);
    const imported = await vscode.commands.executeCommand<ExportResult>('factCheck.importWebAnnotations', {
      uri: vscode.Uri.file(copy),
      file: output,
    });
    assert.deepEqual(imported?.imported, { added: 2, alreadyPresent: 1, notFound: 0 });
    const after = readSidecar(`${copy}.factcheck.json`).annotations;
    assert.equal(after.length, 3);
    assert.ok(
      after.some((a) => a.id === keptId),
      'the existing annotation is kept',
    );
    assert.deepEqual(after.map((a) => a.status).sort(), ['disputed', 'unverified', 'verified']);

    const other = writeDraft(copyFolder, 'other.md', 'A different story entirely, about 40 boats in 2024.\n');
    const refused = await vscode.commands.executeCommand<ExportResult>('factCheck.importWebAnnotations', {
      uri: vscode.Uri.file(other),
      file: output,
    });
    assert.equal(refused, undefined, 'an import for another draft is refused');
    assert.equal(existsSync(`${other}.factcheck.json`), false);
    await closeAllEditors();
    rmSync(copyFolder, { recursive: true, force: true });
  });
});
