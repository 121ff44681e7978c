// The CI gate's speed: `draft-factcheck check` over a generated repository of varied drafts
// (default 2,000 drafts, ~10 MB), a third with sidecars (verified, flagged, disputed claims;
// some signed off; some under .factcheck/), run as CI runs it: the built CLI in a child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { corpusSources, paragraphMaker } from './variedCorpus.mjs';

const require = createRequire(import.meta.url);

// The tests' seeded PRNG (built into out/ by `npm run bench`), so every run checks the same drafts.
const { prng } = require('../../out/test/unit/annotations/prng.js');

/**
 * Writes `count` drafts of about `bytesEach` bytes into a new temp folder, in nested folders: paragraphs
 * drawn from the samples in a random order with their numbers changed. With `vary`, no paragraph repeats
 * verbatim (variedCorpus.mjs: new paragraphs from the sentences of the project's texts, names and figures
 * varied), and `paragraphs` says so; `sidecars: false` writes drafts only.
 */
export function generateRepository({ root, samples, count, bytesEach, seed = 7, vary = false, sidecars: withSidecars = true }) {
  const { detectClaims } = require(join(root, 'out/src/core/claims/index.js'));
  const { createAnnotation, setStatus, serializeSidecar } = require(join(root, 'out/src/core/annotations/index.js'));
  const { createSignOff, mergePolicy } = require(join(root, 'out/src/core/publish/index.js'));
  const random = prng(seed);
  const maker = vary ? paragraphMaker(corpusSources(root, samples), random) : undefined;
  const paragraphs = samples
    .flatMap((s) => s.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40 && !p.startsWith('---'));
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-check-'));
  const now = '2026-01-10T09:00:00.000Z';
  let bytes = 0;
  let sidecars = 0;
  for (let i = 0; i < count; i++) {
    let text = `# Draft ${i}\n\n`;
    while (text.length < bytesEach) {
      if (maker) {
        text += `${maker.next()}\n\n`;
        continue;
      }
      const drawn = paragraphs[Math.floor(random() * paragraphs.length)];
      text += `${drawn.replace(/\d+/g, (d) => String(Math.floor(random() * 10 ** Math.min(d.length, 6))))}\n\n`;
    }
    const rel = join(`desk-${i % 10}`, `week-${i % 7}`, `draft-${i}.${i % 9 === 0 ? 'txt' : 'md'}`);
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    if (!withSidecars || i % 3 !== 0) continue;
    const claims = detectClaims(text, i % 9 === 0 ? 'plaintext' : 'markdown');
    const statuses = ['verified', 'verified', 'unverified', 'disputed', 'dismissed'];
    const annotations = claims.slice(0, 6).map((c, k) => {
      const a = createAnnotation({ text, start: c.start, end: c.end, kind: c.kind, by: 'Ana', now });
      return setStatus(a, statuses[(i + k) % statuses.length], 'Ana', now);
    });
    const name = rel.split(/[\\/]/).pop();
    const sidecar = {
      version: 1,
      draft: name,
      annotations,
      ...(i % 6 === 0 ? { signOff: createSignOff(text, mergePolicy(), 'Ana', now) } : {}),
    };
    const sidecarPath = i % 10 === 3 ? join(dir, '.factcheck', `${rel}.factcheck.json`) : `${path}.factcheck.json`;
    mkdirSync(dirname(sidecarPath), { recursive: true });
    writeFileSync(sidecarPath, serializeSidecar(sidecar));
    sidecars++;
  }
  return { dir, bytes, sidecars, ...(maker ? { paragraphs: maker.stats() } : {}) };
}

/** Times `node dist/cli.js check --format json` over the generated repository; returns the numbers for the report. */
export async function benchCheck({ root, samples, count = 2000, megabytes = 10 }) {
  const bytesEach = Math.round((megabytes * 1024 * 1024) / count);
  const repo = generateRepository({ root, samples, count, bytesEach });
  try {
    const t = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', '.'], {
      cwd: repo.dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const ms = performance.now() - t;
    if (run.status !== 0 && run.status !== 1) throw new Error(`check exited ${run.status}: ${run.stderr}`);
    const result = JSON.parse(run.stdout);
    // The same run in this process, timed in CPU time too: on a loaded machine wall-clock time
    // mostly measures other processes, CPU time what the gate itself costs.
    const { runCommandLine } = require(join(root, 'out/src/cli/dispatch.js'));
    const cpu0 = process.cpuUsage();
    const t1 = performance.now();
    let out = '';
    const io = { cwd: repo.dir, stdout: (text) => void (out += text), stderr: () => undefined };
    await runCommandLine(['check', '--format', 'json', '.'], io, 'bench');
    const inProcessMs = performance.now() - t1;
    const cpu = process.cpuUsage(cpu0);
    if (JSON.parse(out).drafts.length !== result.drafts.length) throw new Error('in-process check saw other drafts');
    const states = {};
    for (const d of result.drafts) states[d.state] = (states[d.state] ?? 0) + 1;
    return {
      ms,
      inProcessMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      drafts: result.drafts.length,
      bytes: repo.bytes,
      sidecars: repo.sidecars,
      states,
      exit: run.status,
    };
  } finally {
    rmSync(repo.dir, { recursive: true, force: true });
  }
}
