// Claim library and consistency check speed (run by `npm run bench` after the claim engine):
//   a 10,000-annotation library built from the claims of samples/ (figures varied so that many
//   entries are near-duplicates, as in a real archive), matched against a 200-claim draft
//   (target <= 50 ms for all 200) and a 5,000-claim draft; the consistency check on the same drafts.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { detectClaims } = require(join(root, 'out/src/core/claims/index.js'));
const { ClaimLibrary } = require(join(root, 'out/src/core/library/index.js'));
const { findInconsistencies, ConsistencyScan } = require(join(root, 'out/src/core/consistency/index.js'));

const samples = readdirSync(join(root, 'samples'))
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
let corpus = '';
for (let i = 0; corpus.length < 1_200_000; i++) corpus += samples[i % samples.length] + '\n\n';
const claims = detectClaims(corpus, 'markdown');
const unique = [...new Set(claims.map((c) => c.text))];

const LIBRARY_SIZE = 10_000;
const library = new ClaimLibrary();
const perDraft = 50;
let built = 0;
const buildStart = performance.now();
for (let d = 0; built < LIBRARY_SIZE; d++) {
  const entries = [];
  for (let j = 0; j < perDraft && built < LIBRARY_SIZE; j++, built++) {
    const round = Math.floor(built / unique.length);
    // Later rounds vary the figures: the same wording with other numbers (conflicts) or the same ones.
    const text =
      round === 0 ? unique[built % unique.length] : unique[built % unique.length].replace(/\d+/g, (n) => String(Number(n) + (round % 3)));
    entries.push({
      draft: `archive/story-${d}.md`,
      id: `a${built}`,
      status: built % 5 === 0 ? 'disputed' : 'verified',
      text,
      sources: [],
      by: 'Ana',
      at: '2026-12-03T09:00:00.000Z',
    });
  }
  library.setDraft(`archive/story-${d}.md`, entries);
}
const buildMs = performance.now() - buildStart;

/** Median wall-clock and process CPU time of `runs` runs (on a shared machine the CPU time is the engine's own work). */
function median(fn, runs) {
  const times = [];
  const cpus = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
    const cpu = process.cpuUsage(cpu0);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], max: times[times.length - 1], cpu: cpus[Math.floor(cpus.length / 2)], result };
}

const matchAll = (list) => {
  let matched = 0;
  let conflicts = 0;
  for (const claim of list) {
    const found = library.match(claim.text, { excludeDraft: 'today.md' });
    if (found.some((m) => !m.conflict)) matched++;
    if (found.some((m) => m.conflict)) conflicts++;
  }
  return { matched, conflicts };
};
// A 200-claim draft: a stretch of the samples (whose claims are in the library in some form).
const draft200 = claims.slice(1000, 1200);
for (let i = 0; i < 5; i++) matchAll(draft200); // warm up the JIT
const small = median(() => matchAll(draft200), 31);
const draft5000 = claims.slice(0, 5000);
const large = median(() => matchAll(draft5000), 3);

const text200 = corpus.slice(draft200[0].start, draft200[draft200.length - 1].end);
const text5000 = corpus.slice(0, draft5000[draft5000.length - 1].end);
const consistency200 = median(() => findInconsistencies(text200), 11);
const consistency5000 = median(() => findInconsistencies(text5000), 3);
// The extension reads a long draft in slices; the longest slice with a 30 ms budget:
const slices = [];
const scan = new ConsistencyScan(text5000);
for (let done = false; !done;) {
  const t = performance.now();
  done = scan.step(() => performance.now() - t >= 30);
  slices.push(performance.now() - t);
}

const fmt = (n, d = 1) => n.toFixed(d);
console.log('');
console.log(`claim library: ${library.size} annotations in ${library.drafts.length} sidecars, indexed in ${fmt(buildMs)} ms`);
console.log(
  `match a ${draft200.length}-claim draft: median ${fmt(small.ms, 2)} ms wall clock, ${fmt(small.cpu, 2)} ms CPU  max ${fmt(small.max, 2)} ms  (${small.result.matched} claims with a same-fact match, ${small.result.conflicts} with a conflict; target <= 50 ms)`,
);
console.log(
  `match a ${draft5000.length}-claim draft: median ${fmt(large.ms)} ms wall clock, ${fmt(large.cpu)} ms CPU (the extension spreads this over 30 ms slices after a typing pause)`,
);
console.log(
  `figures that disagree: ${draft200.length}-claim draft ${fmt(consistency200.ms, 2)} ms (${fmt(consistency200.cpu, 2)} ms CPU, ${consistency200.result.length} found); ${draft5000.length}-claim draft ${fmt(consistency5000.ms)} ms (${consistency5000.result.length} found), in ${slices.length} slices, longest ${fmt(Math.max(...slices), 1)} ms`,
);
console.log(
  `(load average ${fmt((await import('node:os')).loadavg()[0], 1)}: wall-clock times on a busy machine include time given to other processes)`,
);
