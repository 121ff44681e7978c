/**
 * Benchmark of the desk's list model for a long draft: the work done per snapshot or keystroke in
 * the search box, without the DOM (the real webview's timing is measured by the e2e suite, which
 * reads the `renderState` perf message the webview posts). Run: npm run build && node out/test/bench/deskList.bench.js
 */
import { buildMeter } from '../../src/webview/model/meter';
import { DEFAULT_FILTER, filterItems } from '../../src/webview/model/filter';
import { computeWindow } from '../../src/webview/model/virtualWindow';
import { manyItems } from '../unit/webview/items';

const COUNT = Number(process.env.DESK_BENCH_CLAIMS ?? 5000);
const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(name: string, run: (i: number) => unknown): void {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run(i);
    samples.push(performance.now() - started);
  }
  console.log(`${name.padEnd(44)} median ${median(samples).toFixed(2)} ms  max ${Math.max(...samples).toFixed(2)} ms`);
}

// Snapshots arrive as fresh objects (structured clone), so search haystacks are rebuilt per snapshot.
const snapshots = Array.from({ length: RUNS }, () => manyItems(COUNT));
console.log(`desk list model, ${COUNT} claims, ${RUNS} runs each`);
time('new snapshot: meter + default filter + window', (i) => {
  const items = snapshots[i];
  buildMeter(items, []);
  const shown = filterItems(items, [], DEFAULT_FILTER);
  computeWindow(shown.length, 54, 0, 900);
});
const items = manyItems(COUNT);
filterItems(items, [], { ...DEFAULT_FILTER, search: 'warm' });
time('first search on a snapshot (builds haystacks)', (i) => filterItems(snapshots[i], [], { ...DEFAULT_FILTER, search: 'bridges' }));
time('search keystroke (haystacks cached)', () => filterItems(items, [], { ...DEFAULT_FILTER, search: 'bridges 2004' }));
time('status + kind filter', () => filterItems(items, [], { status: 'disputed', kind: 'statistic', search: '' }));
time('window at the end of the list', () => computeWindow(COUNT, 54, COUNT * 54 - 900, 900));
