// Speed of the claim engine on a ~1 MB draft built by repeating samples/:
//   full scan (ours vs write-good on the same text) and the incremental path
//   (ClaimAnalyzer.update after a one-character edit in the middle, warm cache).
// Then `draft-factcheck check` over 2,000 generated drafts (scripts/lib/benchCheck.mjs), and
// `draft-factcheck scan` against write-good over a generated corpus, with --jobs scaling (scripts/lib/benchScan.mjs).
// Run with `npm run bench` (builds out/ first). Options: --mb N (draft size), --edits N, --cold-runs N, --check-drafts N,
// --corpus-mb N (0 to skip the corpus), --corpus-runs N.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { detectClaims, ClaimAnalyzer } = require(join(root, 'out/src/core/claims/index.js'));
const { splitBlocks } = require(join(root, 'out/src/core/claims/blocks.js'));
const writeGood = require('write-good');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const targetBytes = arg('--mb', 1) * 1024 * 1024;
const edits = arg('--edits', 300);

const sampleDir = join(root, 'samples');
const samples = readdirSync(sampleDir)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(sampleDir, f), 'utf8'));
if (samples.length === 0) {
  console.error('bench: no drafts in samples/');
  process.exit(1);
}
// Only the first copy keeps its front matter; later copies are body text, as in one long draft.
const bodies = samples.map((s) => s.replace(/^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)\r?\n/, ''));
let draft = '';
for (let i = 0; Buffer.byteLength(draft) < targetBytes; i++) draft += (i < samples.length ? samples : bodies)[i % samples.length] + '\n\n';
const mb = Buffer.byteLength(draft) / (1024 * 1024);

/** Median of `runs` timings of fn, in ms. */
function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], result };
}
/** A flat copy of a concatenated string, as an editor's getText() returns (so timing excludes V8 flattening our own concatenation). */
const flat = (s) => Buffer.from(s, 'utf16le').toString('utf16le');
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n, d = 1) => n.toFixed(d);

detectClaims(samples.join('\n\n'), 'markdown'); // warm up the JIT
const ours = time(() => detectClaims(draft, 'markdown'), 5);
const theirs = time(() => writeGood(draft), 2);
const oursMbs = mb / (ours.ms / 1000);
const theirsMbs = mb / (theirs.ms / 1000);

// Incremental: type and delete one character in the middle of a paragraph, over and over
// (every edit shifts the offsets of everything after it).
const analyzer = new ClaimAnalyzer();
analyzer.analyze(draft, 'markdown');
const middle = draft.indexOf('. ', Math.floor(draft.length / 2)) + 2;
const latencies = [];
const cpuTimes = [];
let text = draft;
let mismatch = false;
for (let i = 0; i < edits; i++) {
  text = flat(i % 2 === 0 ? text.slice(0, middle) + 'x' + text.slice(middle) : text.slice(0, middle) + text.slice(middle + 1));
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  // What the editor calls per keystroke: claims per paragraph, absolute offsets only on demand.
  const placed = analyzer.update(text, 'markdown');
  latencies.push(performance.now() - t);
  const cpu = process.cpuUsage(cpu0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  if (i >= edits - 2) mismatch ||= JSON.stringify(placed.toArray()) !== JSON.stringify(detectClaims(text, 'markdown'));
}
latencies.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
// The same edits with a full collection before each (needs node --expose-gc): separates the
// engine's own work from collecting the garbage of earlier edits (the 1 MB strings among it).
const afterGc = [];
if (typeof globalThis.gc === 'function') {
  for (let i = 0; i < edits; i++) {
    text = flat(i % 2 === 0 ? text.slice(0, middle) + 'x' + text.slice(middle) : text.slice(0, middle) + text.slice(middle + 1));
    globalThis.gc();
    const t = performance.now();
    analyzer.update(text, 'markdown');
    afterGc.push(performance.now() - t);
  }
  afterGc.sort((a, b) => a - b);
}
// Line breaks, what update() costs as for the 1-character edits: one inside a paragraph stays a local edit; a blank line
// splitting a paragraph (or removed, joining two) changes the paragraphs: the text around the edit is split again
// (splitAround), the paragraphs the edit did not touch keep their claims.
const lineBreakEdits = (edit) => {
  const times = [];
  for (let i = 0; i < 21; i++) {
    text = flat(i % 2 === 0 ? edit(text) : draft);
    const t = performance.now();
    analyzer.update(text, 'markdown');
    times.push(performance.now() - t);
  }
  text = draft;
  analyzer.update(text, 'markdown');
  return times.sort((a, b) => a - b);
};
text = draft;
analyzer.update(text, 'markdown');
const lineBreak = lineBreakEdits((t) => t.slice(0, middle) + '\n' + t.slice(middle));
const blankLine = lineBreakEdits((t) => t.slice(0, middle) + '\n\n' + t.slice(middle));
const split = time(() => splitBlocks(text, 'markdown'), 21);

console.log(
  `draft: ${fmt(mb, 2)} MB markdown from ${samples.length} samples, ${split.result.length} paragraphs, ${ours.result.length} claims`,
);
console.log(`full scan   claim engine ${fmt(ours.ms)} ms  (${fmt(oursMbs, 2)} MB/s)`);
console.log(`full scan   write-good   ${fmt(theirs.ms)} ms  (${fmt(theirsMbs, 2)} MB/s, ${theirs.result.length} suggestions)`);
console.log(`throughput ratio (claim engine / write-good): ${fmt(oursMbs / theirsMbs, 1)}x  (target >= 5x)`);
console.log(
  `incremental after a 1-character edit (${edits} edits, warm cache): p50 ${fmt(percentile(latencies, 50), 2)} ms  p95 ${fmt(percentile(latencies, 95), 2)} ms  max ${fmt(latencies[latencies.length - 1], 2)} ms  (target p95 <= 5 ms)`,
);
console.log(
  `  same edits in process CPU time (not counting time other processes took): p50 ${fmt(percentile(cpuTimes, 50), 2)} ms  p95 ${fmt(percentile(cpuTimes, 95), 2)} ms`,
);
if (afterGc.length > 0)
  console.log(
    `  same edits after a forced GC each (engine work alone): p50 ${fmt(percentile(afterGc, 50), 2)} ms  p95 ${fmt(percentile(afterGc, 95), 2)} ms`,
  );
console.log(
  `  absolute offsets for every claim, when a consumer asks (PlacedClaims.toArray): ${fmt(time(() => analyzer.update(text, 'markdown').toArray(), 21).ms, 2)} ms`,
);
console.log(
  `incremental after a line break in a paragraph: p50 ${fmt(percentile(lineBreak, 50), 2)} ms  p95 ${fmt(percentile(lineBreak, 95), 2)} ms; ` +
    `after a blank line that splits it and its removal (split around the edit): p50 ${fmt(percentile(blankLine, 50), 2)} ms  p95 ${fmt(percentile(blankLine, 95), 2)} ms`,
);
console.log(`splitting the draft into paragraphs alone: ${fmt(split.ms, 2)} ms; cached paragraphs: ${analyzer.cachedParagraphs}`);
// The engine in a fresh process, as a draft opened right after activation meets it (--cold-runs N, 0 to skip).
const coldRuns = arg('--cold-runs', 5);
if (coldRuns > 0) {
  const { benchCold } = await import('./lib/benchCold.mjs');
  benchCold({ root, draft, runs: coldRuns });
}
// The CI gate over a generated repository (--check-drafts N, 0 to skip).
const checkDrafts = arg('--check-drafts', 2000);
if (checkDrafts > 0) {
  const { benchCheck } = await import('./lib/benchCheck.mjs');
  const gate = await benchCheck({ root, samples, count: checkDrafts, megabytes: (10 * checkDrafts) / 2000 });
  const states = Object.entries(gate.states)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');
  console.log(
    `check gate: ${gate.drafts} drafts (${fmt(gate.bytes / (1024 * 1024), 1)} MB, ${gate.sidecars} sidecars) in ${fmt(gate.ms / 1000, 2)} s, exit ${gate.exit}  (target <= 10 s for 2,000 drafts); ${states}`,
  );
  console.log(`  same check in process: ${fmt(gate.inProcessMs / 1000, 2)} s wall, ${fmt(gate.cpuMs / 1000, 2)} s CPU`);
}
// The scan at newsroom scale: whole processes over a generated corpus, against write-good.
const corpusMb = arg('--corpus-mb', 10.5);
if (corpusMb > 0) {
  const { benchScan } = await import('./lib/benchScan.mjs');
  await benchScan({ root, samples, megabytes: corpusMb, runs: arg('--corpus-runs', 5) });
}
const load = (await import('node:os')).loadavg()[0];
console.log(
  `(load average ${fmt(load, 1)} on ${(await import('node:os')).availableParallelism()} CPUs: on a busy machine wall-clock times include time given to other processes)`,
);
if (mismatch) {
  console.error('bench: ClaimAnalyzer.analyze differs from detectClaims after edits');
  process.exit(1);
}
await import('./bench-library.mjs');
