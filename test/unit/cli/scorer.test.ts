import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLI, ROOT, assertCliBuilt } from './cliHarness';

// The evaluation scorer lives outside the repository (../shared/eval) and must accept the CLI's JSON.
// The suite never skips: without the scorer it fails at once, saying where it looked.
// The scores themselves are the claim engine's business.
const EVAL = resolve(ROOT, '../shared/eval');
const SCORER = join(EVAL, 'score.mjs');
const DEV = join(EVAL, 'dev');

describe('cli json output against the evaluation scorer', () => {
  before(() => {
    for (const needed of [SCORER, DEV]) {
      assert.ok(
        existsSync(needed),
        `the evaluation scorer is missing: ${needed} does not exist (it lives beside the checkout, in ../shared/eval)`,
      );
    }
    assertCliBuilt();
  });

  it('is accepted by score.mjs: an entry per draft, offsets that match the text', () => {
    const run = spawnSync(process.execPath, [SCORER, '--dir', DEV, '--', process.execPath, CLI, 'scan', '--format', 'json'], {
      encoding: 'utf8',
      timeout: 60000,
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.doesNotMatch(run.stdout, /scoring failed/);
    assert.match(run.stdout, /^precision \d\.\d{3} recall \d\.\d{3} F1 \d\.\d{3}$/m);
    const drafts = readdirSync(DEV).filter((f) => /\.(md|txt)$/.test(f) && existsSync(join(DEV, f.replace(/\.(md|txt)$/, '.claims.json'))));
    assert.equal(run.stdout.split('\n').filter((l) => / predicted +\d+ +correct/.test(l)).length, drafts.length);
  });

  it('reports each draft path exactly as the scorer passed it', () => {
    const drafts = readdirSync(DEV)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => join(DEV, f));
    const run = spawnSync(process.execPath, [CLI, 'scan', '--format', 'json', ...drafts], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { files: { path: string; claims: { start: number; end: number; text: string }[] }[] };
    assert.deepEqual(
      report.files.map((f) => f.path),
      drafts,
    );
    for (const file of report.files) {
      const text = readFileSync(file.path, 'utf8');
      for (const c of file.claims) assert.equal(text.slice(c.start, c.end), c.text);
    }
  });
});
