// Claim-detection quality: runs the shared scorer (../shared/eval/score.mjs) with the built CLI on each
// labelled set separately, and the triage precision@10 on the sets whose gold claims carry `checkFirst`.
// Run with `npm run eval` (builds dist/ first). Flags:
//   --verbose   list every miss, false alarm and kind disagreement
//   --heldout   also score test/fixtures/eval/speech-heldout/ (kept aside: look at it once, never tune on it)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
const cli = join(root, 'dist', 'cli.js');
const verbose = process.argv.includes('--verbose');
const sets = [
  ['dev (shared)', join(root, '..', 'shared', 'eval', 'dev')],
  ['news (test/fixtures/eval)', join(root, 'test', 'fixtures', 'eval')],
  ['speech (test/fixtures/eval/speech)', join(root, 'test', 'fixtures', 'eval', 'speech')],
];
if (process.argv.includes('--heldout'))
  sets.push(['speech held-out (test/fixtures/eval/speech-heldout)', join(root, 'test', 'fixtures', 'eval', 'speech-heldout')]);
/** How many of the top-scored claims per draft the triage measure looks at. */
const TOP = 10;

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
  const args = [scorer, '--dir', dir, ...(verbose ? ['--verbose'] : []), '--', process.execPath, cli, 'scan', '--format', 'json'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const out = run.stdout ?? '';
  if (verbose) console.log(`== ${name}\n${out}${run.stderr ?? ''}`);
  const kinds = /kind agreement[^\n]*/.exec(out)?.[0] ?? '';
  const score = /precision [\d.]+ recall [\d.]+ F1 [\d.]+/.exec(out)?.[0];
  if (!score) failed = true;
  const triage = triagePrecision(dir, name);
  summary.push(
    `${name}: ${score ?? `scoring failed: ${(run.stderr || out).trim().split('\n').pop()}`}${kinds ? `; ${kinds}` : ''}${triage ? `; ${triage}` : ''}`,
  );
}
console.log(summary.join('\n'));
process.exit(failed ? 1 : 0);

/**
 * Triage: per draft, the k top-scored predictions (k = min(10, the draft's "check first" gold claims), so a
 * draft with few such claims can still score 1) and the share of them lying at least half inside a
 * check-first gold claim; averaged over drafts. Also lists kind disagreements under --verbose.
 */
function triagePrecision(dir, name) {
  const drafts = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && existsSync(join(dir, f.replace(/\.(md|txt)$/, '.claims.json'))))
    .sort()
    .map((f) => join(dir, f));
  if (drafts.length === 0) return undefined;
  const run = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', ...drafts], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return 'triage: scan failed';
  }
  const perDraft = [];
  for (const file of report.files ?? []) {
    const text = readFileSync(file.path, 'utf8');
    const gold = JSON.parse(readFileSync(file.path.replace(/\.(md|txt)$/, '.claims.json'), 'utf8')).claims.map((g) => ({
      ...g,
      start: text.indexOf(g.quote),
      end: text.indexOf(g.quote) + g.quote.length,
    }));
    if (verbose) listKindDisagreements(file, gold, name);
    const first = gold.filter((g) => g.checkFirst);
    if (first.length === 0) continue;
    const k = Math.min(TOP, first.length);
    const top = [...file.claims].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, k);
    const hits = top.filter((p) => first.some((g) => overlap(p, g) * 2 >= p.end - p.start)).length;
    perDraft.push(hits / k);
  }
  if (perDraft.length === 0) return undefined;
  return `triage precision@${TOP} ${(perDraft.reduce((a, b) => a + b, 0) / perDraft.length).toFixed(2)} over ${perDraft.length} drafts`;
}

function listKindDisagreements(file, gold, name) {
  for (const g of gold.filter((x) => !x.optional)) {
    const match = file.claims.reduce((a, p) => (overlap(p, g) > (a ? overlap(a, g) : 0) ? p : a), null);
    if (match && match.kind !== g.kind)
      console.log(
        `  KIND ${name} ${file.path.split('/').pop()}: gold ${g.kind}, got ${match.kind} (${match.reason}): ${JSON.stringify(g.quote.slice(0, 90))}`,
      );
  }
}

function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
