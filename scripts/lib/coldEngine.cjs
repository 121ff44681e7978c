// One fresh process of the cold-engine bench (benchCold.mjs): times a detector on the first 2 KB of a draft, then on
// the next 10 KB, in a process that has run nothing else. Usage: node coldEngine.cjs MODE ROOT FILE, where MODE is
// `cold` (the claim engine as a fresh extension host has it), `primed` (its patterns compiled first, as the
// extension does after activation) or `write-good`. Prints one JSON line.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const [mode, root, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const fromRoot = createRequire(join(root, 'package.json'));
let detect;
if (mode === 'write-good') {
  const writeGood = fromRoot('write-good');
  detect = (part) => writeGood(part);
} else {
  const { detectClaims } = fromRoot('./out/src/core/claims/index.js');
  detect = (part) => detectClaims(part, 'markdown');
}
let primeMs = 0;
if (mode === 'primed') {
  const { precompilePatterns } = fromRoot('./out/src/core/text/precompiled.js');
  const started = performance.now();
  precompilePatterns();
  primeMs = performance.now() - started;
}
const timed = (part) => {
  const started = performance.now();
  detect(part);
  return performance.now() - started;
};
const first = timed(text.slice(0, 2048));
const next = timed(text.slice(2048, 12288));
process.stdout.write(JSON.stringify({ primeMs, first, next }) + '\n');
