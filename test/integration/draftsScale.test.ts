import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClaimStatus } from '../../src/core/annotations';
import type { FactCheckTestApi } from '../../src/extension/api';
import { closeAllEditors, getApi } from './helpers';
import { draftsFolder, FOUR_CLAIMS, loadLine, rowFor, watchEventLoop, writeDraft } from './draftsHelpers';

const DRAFTS = 250;
const SECTIONS = 5;
/** Per draft n, the statuses of its first claims (FOUR_CLAIMS has four), by n % 4. */
const PATTERNS: ClaimStatus[][] = [[], ['verified'], ['verified', 'unverified'], ['disputed', 'verified', 'verified', 'verified']];

function expectedCounts(n: number): { total: number; unreviewed: number; verified: number; unverified: number; disputed: number } {
  const statuses = PATTERNS[n % PATTERNS.length];
  const count = (s: ClaimStatus) => statuses.filter((x) => x === s).length;
  return {
    total: 4,
    unreviewed: 4 - statuses.length,
    verified: count('verified'),
    unverified: count('unverified'),
    disputed: count('disputed'),
  };
}

/**
 * The Drafts overview's counting at a scale that fits in `npm test` (the 2,000-draft benchmark is
 * `npm run bench:drafts`): every draft listed with its counts, and no counting task or redraw
 * over 50 ms of CPU time (wall time on a shared machine also counts other processes' turns).
 */
describe('drafts overview at scale', function () {
  this.timeout(180_000);
  let api: FactCheckTestApi;
  let folder: string;
  const paths: string[] = [];

  before(async () => {
    api = await getApi();
    folder = draftsFolder('scale');
    for (let s = 0; s < SECTIONS; s++) mkdirSync(join(folder, `section-${s}`));
    for (let n = 0; n < DRAFTS; n++) {
      paths.push(
        writeDraft(
          join(folder, `section-${n % SECTIONS}`),
          `story-${n}.md`,
          `# Story ${n}\n\n${FOUR_CLAIMS}\n`,
          PATTERNS[n % PATTERNS.length],
        ),
      );
    }
    await vscode.commands.executeCommand('factCheck.drafts.focus');
  });

  after(async () => {
    await closeAllEditors();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`lists ${DRAFTS} drafts with their counts, counting in tasks under 50 ms of CPU`, async () => {
    const eventLoop = watchEventLoop();
    let stats;
    let pause;
    try {
      stats = await api.drafts.refresh(true);
    } finally {
      pause = eventLoop.stop();
    }
    const { tasks } = stats;
    console.log(
      `    drafts at scale (${loadLine()}): ${stats.drafts} drafts listed in ${stats.listedMs.toFixed(0)} ms, counted in ${stats.countedMs.toFixed(0)} ms; ` +
        `longest task ${tasks.longestMs.toFixed(1)} ms (CPU ${tasks.longestCpuMs?.toFixed(1) ?? '?'} ms), p95 ${tasks.p95Ms.toFixed(1)} ms over ${tasks.tasks} tasks; ` +
        `longest event-loop pause ${pause.longestMs.toFixed(0)} ms (CPU ${pause.cpuMs.toFixed(0)} ms)`,
    );
    for (let n = 0; n < DRAFTS; n++) {
      const row = rowFor(api, paths[n]);
      assert.ok(row, `story-${n}.md listed`);
      assert.deepEqual(row.counts, expectedCounts(n), `story-${n}.md's counts`);
    }
    assert.equal(rowFor(api, paths[3])?.state, 'blocked-by-disputed');
    assert.ok(tasks.tasks > DRAFTS / 16, `the counting was spread over tasks (${tasks.tasks})`);
    const longestCpu = tasks.longestCpuMs;
    assert.ok(longestCpu !== undefined, 'the Node extension host reports CPU time');
    assert.ok(
      longestCpu <= 50,
      `longest counting task or redraw: ${longestCpu.toFixed(1)} ms of CPU (steps: ${JSON.stringify(tasks.longestStepMs)})`,
    );
  });
});
