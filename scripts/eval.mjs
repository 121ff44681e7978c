// Claim-detection quality: runs the shared scorer (../shared/eval/score.mjs) with the built CLI
// on the shared dev drafts and on the project's own held-out drafts (test/fixtures/eval/).
// Run with `npm run eval` (builds dist/ first). Pass --verbose to list every miss and false alarm.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
const sets = [
  ['dev (shared)', join(root, '..', 'shared', 'eval', 'dev')],
  ['project (test/fixtures/eval)', join(root, 'test', 'fixtures', 'eval')],
];
const verbose = process.argv.includes('--verbose');

if (!existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer}.`);
  console.error('Check out the shared eval material beside this repository (../shared/eval/score.mjs) and run again.');
  process.exit(2);
}

let failed = false;
const summary = [];
for (const [name, dir] of sets) {
  if (!existsSync(dir)) {
    summary.push(`${name}: missing (${dir})`);
    continue;
  }
  const args = [scorer, '--dir', dir, ...(verbose ? ['--verbose'] : []), '--', process.execPath, join(root, 'dist', 'cli.js'), 'scan', '--format', 'json'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const out = run.stdout ?? '';
  if (verbose) console.log(`== ${name}\n${out}${run.stderr ?? ''}`);
  const kinds = /kind agreement[^\n]*/.exec(out)?.[0] ?? '';
  const score = /precision [\d.]+ recall [\d.]+ F1 [\d.]+/.exec(out)?.[0];
  if (!score) failed = true;
  summary.push(`${name}: ${score ?? `scoring failed: ${(run.stderr || out).trim().split('\n').pop()}`}${kinds ? `; ${kinds}` : ''}`);
}
console.log(summary.join('\n'));
process.exit(failed ? 1 : 0);
