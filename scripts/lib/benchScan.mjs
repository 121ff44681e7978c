// `draft-factcheck scan` at newsroom scale, side by side with write-good in the same run: both as
// whole processes (node start-up included) over the same generated corpus of varied drafts, median
// of N runs each, with peak memory (max RSS of the process, worker threads included), then --jobs scaling.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateRepository } from './benchCheck.mjs';

const TIME = '/usr/bin/time';

/**
 * Runs a command once: wall seconds, CPU seconds and peak RSS in MB (from GNU time, when installed), and a hash
 * of stdout. Stdout goes to a file, as `scan … > report.json` does: read through a pipe by this process, the
 * 35 MB report cost this bench CPU on the same cores (4.34 s against 3.56 s for the same scan).
 */
function measure(args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-run-'));
  const stats = join(dir, 'time.txt');
  const output = join(dir, 'stdout');
  const timed = existsSync(TIME);
  const out = openSync(output, 'w');
  const t = performance.now();
  const run = spawnSync(timed ? TIME : process.execPath, timed ? ['-f', '%M %U %S', '-o', stats, process.execPath, ...args] : args, {
    cwd,
    stdio: ['ignore', out, 'pipe'],
  });
  const seconds = (performance.now() - t) / 1000;
  closeSync(out);
  try {
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    const [rssKb, user, system] = timed ? readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
    return { seconds, cpu: user + system, peakMb: rssKb / 1024, hash: createHash('sha256').update(readFileSync(output)).digest('hex') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time and peak memory of runs; every run must print the same. */
function medianOf(runs, args, cwd) {
  return summarize(
    Array.from({ length: runs }, () => measure(args, cwd)),
    args,
  );
}

/**
 * Two commands run in turn (a, b, a, b …): on a shared machine whose speed drifts over minutes, each
 * median then sees the same conditions, and their ratio means something.
 */
function alternating(runs, argsA, argsB, cwd) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(measure(argsA, cwd));
    b.push(measure(argsB, cwd));
  }
  return [summarize(a, argsA), summarize(b, argsB)];
}

function summarize(results, args) {
  if (new Set(results.map((r) => r.hash)).size !== 1) throw new Error(`${args.join(' ')} printed different output across runs`);
  return {
    seconds: median(results.map((r) => r.seconds)),
    cpu: median(results.map((r) => r.cpu)),
    peakMb: median(results.map((r) => r.peakMb)),
    hash: results[0].hash,
  };
}

export async function benchScan({ root, samples, megabytes = 10.5, runs = 5, scalingRuns = 3, log = console.log }) {
  const count = Math.round(megabytes * 650); // about 1.6 KB a draft, as short news items
  const corpus = generateRepository({
    root,
    samples,
    count,
    bytesEach: Math.round((megabytes * 1024 * 1024) / count),
    seed: 12,
    vary: true,
    sidecars: false,
  });
  const mb = corpus.bytes / (1024 * 1024);
  const fmt = (n, d = 1) => (Number.isNaN(n) ? 'n/a' : n.toFixed(d));
  try {
    const cli = join(root, 'dist/cli.js');
    const [ours, theirs] = alternating(
      runs,
      [cli, 'scan', '--format', 'json', '.'],
      [join(root, 'scripts/lib/writeGoodFiles.mjs'), corpus.dir],
      corpus.dir,
    );
    const made = corpus.paragraphs;
    log(
      `corpus: ${count} generated drafts, ${fmt(mb, 1)} MB, median of ${runs} whole-process runs of each, in turn: seeded; ${made.paragraphs} paragraphs, none repeated ` +
        `(new paragraphs from ${made.uniqueSentences < made.sentences ? `${made.uniqueSentences} distinct of ${made.sentences} sentences` : 'sentences'} of the project's texts, names and figures varied)`,
    );
    log(
      `  scan --format json (--jobs ${availableParallelism()}, the default for over 1 MB): ${fmt(ours.seconds, 2)} s  ${fmt(mb / ours.seconds, 2)} MB/s  peak ${fmt(ours.peakMb, 0)} MB  (CPU ${fmt(ours.cpu, 2)} s)`,
    );
    log(
      `  write-good, one process:          ${fmt(theirs.seconds, 2)} s  ${fmt(mb / theirs.seconds, 2)} MB/s  peak ${fmt(theirs.peakMb, 0)} MB  (CPU ${fmt(theirs.cpu, 2)} s)`,
    );
    log(`  throughput ratio (scan / write-good): ${fmt(theirs.seconds / ours.seconds, 2)}x  (target >= 5x; peak target <= 150 MB)`);
    const jobs = [...new Set([1, 2, availableParallelism()])];
    const scaling = jobs.map((n) => ({ n, ...medianOf(scalingRuns, [cli, 'scan', '--format', 'json', `--jobs=${n}`, '.'], corpus.dir) }));
    const base = scaling[0].seconds;
    log(
      `  --jobs scaling (median of ${scalingRuns}): ${scaling.map((s) => `${s.n}: ${fmt(s.seconds, 2)} s ${fmt(mb / s.seconds, 2)} MB/s x${fmt(base / s.seconds, 2)} peak ${fmt(s.peakMb, 0)} MB CPU ${fmt(s.cpu, 2)} s`).join(';  ')}`,
    );
    if (new Set([ours.hash, ...scaling.map((s) => s.hash)]).size !== 1) throw new Error('scan output differs between --jobs values');
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}
