// The claim engine in a fresh process: the first 2 KB of a draft and the next 10 KB, as a draft opened right after
// the extension host started meets it. V8 matches a regexp's first runs in its interpreter, so the extension compiles
// the engine's patterns in short tasks after activation (src/core/text/precompiled.ts); this prints both, and
// write-good in a fresh process as the peer. Each measurement is a process of its own (scripts/lib/coldEngine.cjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODES = ['cold', 'primed', 'write-good'];

/** Medians over `runs` rounds of one fresh process per mode, in turn. */
export function benchCold({ root, draft, runs = 5 }) {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-cold-'));
  try {
    const file = join(dir, 'draft.md');
    writeFileSync(file, draft.slice(0, 12288));
    const results = Object.fromEntries(MODES.map((mode) => [mode, []]));
    for (let round = 0; round < runs; round++) {
      for (const mode of MODES) {
        const out = execFileSync(process.execPath, [join(root, 'scripts', 'lib', 'coldEngine.cjs'), mode, root, file], {
          encoding: 'utf8',
        });
        results[mode].push(JSON.parse(out));
      }
    }
    const median = (mode, key) => {
      const sorted = results[mode].map((r) => r[key]).sort((a, b) => a - b);
      return sorted[sorted.length >> 1];
    };
    const fmt = (n) => n.toFixed(1);
    const cold = { first: median('cold', 'first'), next: median('cold', 'next') };
    const primed = { first: median('primed', 'first'), next: median('primed', 'next'), prime: median('primed', 'primeMs') };
    const peer = { first: median('write-good', 'first'), next: median('write-good', 'next') };
    console.log(`fresh process, median of ${runs} of each in turn: the first 2 KB of a draft, then the next 10 KB`);
    console.log(`  claim engine, cold:              ${fmt(cold.first)} ms, ${fmt(cold.next)} ms`);
    console.log(
      `  claim engine, patterns compiled first (${fmt(primed.prime)} ms, in tasks after activation): ${fmt(primed.first)} ms, ${fmt(primed.next)} ms`,
    );
    console.log(`  write-good:                      ${fmt(peer.first)} ms, ${fmt(peer.next)} ms`);
    console.log(
      `  ratio to write-good over the 12 KB: cold ${fmt((peer.first + peer.next) / (cold.first + cold.next))}x, ` +
        `compiled first ${fmt((peer.first + peer.next) / (primed.first + primed.next))}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
