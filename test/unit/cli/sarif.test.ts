import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLAIM_KINDS } from '../../../src/core/claims/types';
import { ROOT, UNMISTAKABLE, UNMISTAKABLE_2, assertCliBuilt, editorPosition, runCli, scanJson, tempTree } from './cliHarness';

// A structural check of the SARIF 2.1.0 fields this tool writes and code-scanning consumers read.
// (The official JSON schema is not available offline, so the required fields are checked by hand.)

/* eslint-disable @typescript-eslint/no-explicit-any -- walking untyped JSON */
const isText = (value: any) => typeof value?.text === 'string' && value.text.trim().length > 0;
const isPositiveInt = (value: any) => Number.isInteger(value) && value >= 1;

function assertSarifLog(log: any, version: string): void {
  assert.equal(typeof log.$schema, 'string');
  assert.match(log.$schema, /^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.version, '2.1.0');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const [run] = log.runs;
  const driver = run.tool?.driver;
  assert.equal(driver.name, 'draft-factcheck');
  assert.equal(driver.version, version);
  assert.doesNotThrow(() => new URL(driver.informationUri));
  assert.deepEqual(
    driver.rules.map((r: any) => r.id),
    [...CLAIM_KINDS],
    'one rule per claim kind, in a stable order',
  );
  for (const rule of driver.rules) {
    assert.ok(isText(rule.shortDescription) && isText(rule.fullDescription) && isText(rule.help), rule.id);
    assert.equal(rule.defaultConfiguration?.level, 'note');
  }
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.ok(Array.isArray(run.artifacts) && Array.isArray(run.results));
  for (const artifact of run.artifacts) {
    const { uri, uriBaseId } = artifact.location;
    assert.ok(!/^[a-z]+:/i.test(uri) && !uri.startsWith('/') && !uri.includes('\\') && !uri.includes(' '), `relative, encoded uri: ${uri}`);
    assert.ok(run.originalUriBaseIds?.[uriBaseId]?.uri?.endsWith('/'), `uriBaseId ${uriBaseId} is defined`);
    assert.ok(['markdown', 'plaintext'].includes(artifact.sourceLanguage));
  }
  for (const result of run.results) {
    assert.equal(typeof result.ruleId, 'string');
    assert.equal(driver.rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at ruleId');
    assert.equal(result.level, 'note');
    assert.ok(isText(result.message));
    assert.equal(result.locations.length, 1);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.uri, run.artifacts[artifactLocation.index].location.uri, 'location agrees with its artifact');
    for (const field of ['startLine', 'startColumn', 'endLine', 'endColumn'])
      assert.ok(isPositiveInt(region[field]), `${field} ${region[field]}`);
    assert.ok(region.endLine > region.startLine || region.endColumn > region.startColumn, 'a non-empty region');
    assert.ok(
      Number.isInteger(region.charOffset) && region.charOffset >= 0 && Number.isInteger(region.charLength) && region.charLength > 0,
    );
  }
}

/** The column as code points, which differs from the UTF-16 column once an emoji precedes it on the line. */
function codePointColumn(text: string, offset: number): number {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return [...text.slice(lineStart, offset)].length + 1;
}

describe('cli scan --format sarif', () => {
  before(assertCliBuilt);

  it('writes a valid SARIF 2.1.0 log whose regions match the claims, in UTF-16 columns', () => {
    const files = {
      'desk/plain.txt': `Intro.\n${UNMISTAKABLE}\n`,
      'desk/sub dir/emoji #1.md': `\uFEFF🎉🎉 Party time 🎉. ${UNMISTAKABLE_2}\r\n\r\nThe band 🎸 played, and ${UNMISTAKABLE.toLowerCase()}\n`,
    };
    const tree = tempTree(files);
    try {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      const run = runCli(['scan', '--format', 'sarif', 'desk'], { cwd: tree.dir });
      assert.equal(run.status, 0, run.stderr);
      const log = JSON.parse(run.stdout);
      assertSarifLog(log, version);

      const [sarifRun] = log.runs;
      assert.deepEqual(
        sarifRun.artifacts.map((a: any) => a.location.uri),
        ['desk/plain.txt', 'desk/sub%20dir/emoji%20%231.md'],
      );
      assert.deepEqual(
        sarifRun.artifacts.map((a: any) => a.sourceLanguage),
        ['plaintext', 'markdown'],
      );
      assert.equal(sarifRun.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${tree.dir}/`).href);

      // Every result is one claim of the JSON report, at the same place.
      const json = scanJson(['desk'], tree.dir);
      const claims = json.files.flatMap((file, index) =>
        file.claims.map((claim) => ({ claim, index, text: readFileSync(tree.path(file.path), 'utf8') })),
      );
      assert.ok(claims.length >= 3, `claims found: ${claims.length}`);
      assert.equal(sarifRun.results.length, claims.length);
      let emojiShifted = 0;
      sarifRun.results.forEach((result: any, i: number) => {
        const { claim, index, text } = claims[i];
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.equal(artifactLocation.index, index);
        assert.equal(result.ruleId, claim.kind);
        assert.ok(result.message.text.includes(claim.reason), result.message.text);
        const bom = text.startsWith('\uFEFF') ? 1 : 0;
        assert.equal(region.charOffset, claim.start - bom, 'charOffset counts from after the BOM, as editors decode');
        assert.equal(region.charLength, claim.end - claim.start);
        assert.equal(text.slice(bom).slice(region.charOffset, region.charOffset + region.charLength), claim.text);
        const start = editorPosition(text, claim.start);
        const end = editorPosition(text, claim.end);
        assert.deepEqual(
          [region.startLine, region.startColumn, region.endLine, region.endColumn],
          [start.line, start.column, end.line, end.column],
        );
        if (codePointColumn(text, claim.end) - (end.line === 1 ? bom : 0) !== end.column) emojiShifted++;
      });
      assert.ok(emojiShifted > 0, 'some claim sits after an emoji on its line, so UTF-16 columns are exercised');
    } finally {
      tree.remove();
    }
  });

  it('gives a file outside the working folder an absolute file URI without a base', () => {
    const tree = tempTree({ 'outside/a.md': `${UNMISTAKABLE}\n`, 'work/.keep': '' });
    try {
      const run = runCli(['scan', '--format', 'sarif', '../outside/a.md'], { cwd: tree.path('work') });
      assert.equal(run.status, 0, run.stderr);
      const location = JSON.parse(run.stdout).runs[0].artifacts[0].location;
      assert.deepEqual(location, { uri: pathToFileURL(tree.path('outside/a.md')).href });
    } finally {
      tree.remove();
    }
  });

  it('is valid with no files and no results', () => {
    const tree = tempTree({ 'empty/.keep': '' });
    try {
      const run = runCli(['scan', '--format', 'sarif', 'empty'], { cwd: tree.dir });
      const log = JSON.parse(run.stdout);
      assertSarifLog(log, log.runs[0].tool.driver.version);
      assert.deepEqual([log.runs[0].artifacts, log.runs[0].results], [[], []]);
    } finally {
      tree.remove();
    }
  });
});
