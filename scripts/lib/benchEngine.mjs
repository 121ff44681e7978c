// Engine speed on a varied draft: detectClaims against write-good on the same ~1 MB text, in one process,
// interleaved runs, CPU time, median; plus the first (cold) run of each. The draft is remixed from samples/
// and the test fixtures with a fixed seed (test/unit/claims/goldenCorpus.ts), so no paragraph repeats verbatim
// and every run measures the same text. Run with `npm run bench:engine` (builds out/ first); --rounds N, --mb N.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const corpus = require(join(root, 'out/test/unit/claims/goldenCorpus.js'));
const { detectClaims } = require(join(root, 'out/src/core/claims/index.js'));
const writeGood = require('write-good');

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rounds = arg('--rounds', 7);
const megabytes = arg('--mb', 1);

const sources = [...corpus.draftsIn(join(root, 'samples'), root), ...corpus.draftsIn(join(root, 'test', 'fixtures'), root)];
// A flat string, as an editor's getText() or a file read returns.
const generated = corpus.variedCorpus(
  sources.map((s) => s.text),
  7,
  1,
  Math.round(megabytes * 1048576),
)[0].text;
const draft = Buffer.from(generated, 'utf16le').toString('utf16le');
const mb = Buffer.byteLength(draft) / 1048576;

/** CPU milliseconds of one call (this process only, so other load on the machine counts less than in wall time). */
function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];

const cold = { ours: cpuMs(() => detectClaims(draft, 'markdown')), theirs: cpuMs(() => writeGood(draft)) };
const ours = [];
const theirs = [];
for (let i = 0; i < rounds; i++) {
  globalThis.gc?.();
  ours.push(cpuMs(() => detectClaims(draft, 'markdown')));
  globalThis.gc?.();
  theirs.push(cpuMs(() => writeGood(draft)));
}
const oursMs = median(ours);
const theirsMs = median(theirs);
console.log(
  `engine on a varied ${mb.toFixed(2)} MB draft (${detectClaims(draft, 'markdown').length} claims), CPU time, median of ${rounds} interleaved runs:`,
);
console.log(`  detectClaims ${(oursMs / mb).toFixed(0)} ms/MB (first run ${(cold.ours / mb).toFixed(0)} ms/MB)`);
console.log(`  write-good   ${(theirsMs / mb).toFixed(0)} ms/MB (first run ${(cold.theirs / mb).toFixed(0)} ms/MB)`);
console.log(`  write-good takes ${(theirsMs / oursMs).toFixed(2)}x as long as detectClaims`);
