// The golden check of claim detection: a hash of JSON.stringify(detectClaims(...)) per input, so an
// engine change (a speed-up, a refactor) can be shown to leave every claim, kind, reason and score as it was.
// Inputs: samples/ and the test fixtures' drafts (also with option variants), the eval drafts in ../shared/eval
// (read at run time, never copied), and a seeded corpus of varied drafts remixed from all of them (>= 5 MB).
// Run after `node esbuild.mjs` (builds out/):
//   node scripts/golden-claims.mjs --write /tmp/golden.json    store the hashes
//   node scripts/golden-claims.mjs --check /tmp/golden.json    compare with stored hashes; exit 1 on any difference
//   node scripts/golden-claims.mjs --fixture                   regenerate test/fixtures/claims-golden.json (the unit test's inputs only)
//   --engine FILE   use detectClaims from another build (a CommonJS bundle of src/core/claims/index.ts)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const corpus = require(join(root, 'out/test/unit/claims/goldenCorpus.js'));

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const engine = option('--engine');
const { detectClaims } = require(engine ? resolve(engine) : join(root, 'out/src/core/claims/index.js'));
const FIXTURE = join(root, 'test', 'fixtures', 'claims-golden.json');

/** Every input: the unit test's, then the shared eval drafts and a large corpus remixed from everything. */
function allInputs() {
  const unit = corpus.unitGoldenInputs(root);
  const shared = join(root, '..', 'shared', 'eval');
  const evalDrafts = corpus.draftsIn(shared, join(root, '..'));
  if (evalDrafts.length === 0) console.error(`golden: no eval drafts under ${shared}; checking the rest`);
  const evalWithOptions = evalDrafts.flatMap((f) =>
    corpus.OPTION_VARIANTS.map((options, k) => ({ ...f, name: `${f.name} (options ${k + 1})`, options })),
  );
  const sources = [...unit.filter((u) => !u.options && !u.name.startsWith('generated-')), ...evalDrafts].map((f) => f.text);
  return [...unit, ...evalDrafts, ...evalWithOptions, ...corpus.variedCorpus(sources, 13, 400, 13_500)];
}

function hashes(inputs) {
  const result = {};
  for (const input of inputs) {
    result[input.name] = {
      input: corpus.digest(`${input.language}\n${JSON.stringify(input.options ?? {})}\n${input.text}`),
      output: corpus.digest(JSON.stringify(detectClaims(input.text, input.language, input.options))),
    };
  }
  return result;
}

const started = performance.now();
if (args.includes('--fixture')) {
  const found = hashes(corpus.unitGoldenInputs(root));
  const regenerate = 'node esbuild.mjs && node scripts/golden-claims.mjs --fixture';
  writeFileSync(FIXTURE, `${JSON.stringify({ regenerate, hashes: found }, null, 1)}\n`);
  console.log(`golden: ${Object.keys(found).length} hashes written to ${FIXTURE}`);
} else if (option('--write')) {
  const inputs = allInputs();
  const bytes = inputs.reduce((n, i) => n + i.text.length, 0);
  writeFileSync(option('--write'), JSON.stringify(hashes(inputs), null, 1));
  console.log(
    `golden: ${inputs.length} inputs (${(bytes / 1048576).toFixed(1)} M characters) hashed into ${option('--write')} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} else if (option('--check')) {
  const expected = JSON.parse(readFileSync(option('--check'), 'utf8'));
  const inputs = allInputs();
  const found = hashes(inputs);
  const changedInput = [];
  const changedOutput = [];
  for (const [name, hash] of Object.entries(found)) {
    if (expected[name]?.input !== hash.input) changedInput.push(name);
    else if (expected[name].output !== hash.output) changedOutput.push(name);
  }
  const missing = Object.keys(expected).filter((name) => !(name in found));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `golden: ${inputs.length} inputs checked in ${seconds} s: ${changedOutput.length} outputs differ, ${changedInput.length} inputs new or changed, ${missing.length} missing`,
  );
  for (const name of changedOutput.slice(0, 20)) console.log(`  output differs: ${name}`);
  for (const name of [...changedInput, ...missing].slice(0, 10)) console.log(`  input not comparable: ${name}`);
  process.exit(changedOutput.length + changedInput.length + missing.length > 0 ? 1 : 0);
} else {
  console.error('usage: node scripts/golden-claims.mjs --write FILE | --check FILE | --fixture [--engine BUNDLE]');
  process.exit(2);
}
