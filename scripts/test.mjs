#!/usr/bin/env node
// npm test: typecheck, lint, unit tests, then the VS Code phases (integration, UI, packaged .vsix).
// Every phase runs even when an earlier one failed, so one run shows everything that is wrong;
// the last line is the plain total CI reads: "tests: N passed, N failed".
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhaseRunner } from './lib/phases.mjs';
import { build, MOCHA_BIN, runForeground, STATS_REPORTER } from './lib/project.mjs';
import { runVscodeTests } from './lib/vscodeTests.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const phases = new PhaseRunner();

const failUnless = (code, what) => {
  if (code !== 0) throw new Error(`${what} exited ${code}`);
};

await phases.run('typecheck', 300_000, async () =>
  failUnless(await runForeground(npm, ['run', '--silent', 'typecheck'], { timeoutMs: 290_000 }), 'tsc'),
);
await phases.run('lint', 300_000, async () =>
  failUnless(await runForeground(npm, ['run', '--silent', 'lint'], { timeoutMs: 290_000 }), 'eslint'),
);
await phases.run('unit tests', 300_000, async () => {
  build();
  const statsFile = join(tmpdir(), `fc-unit-stats-${process.pid}.json`);
  try {
    const code = await runForeground(process.execPath, [MOCHA_BIN, '--reporter', STATS_REPORTER], {
      timeoutMs: 290_000,
      env: { ...process.env, FACTCHECK_STATS_FILE: statsFile },
    });
    if (!existsSync(statsFile)) return { ok: false, passed: 0, failed: 1, note: `mocha exited ${code} without reporting results` };
    const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    const ok = code === 0 && stats.failed === 0 && stats.passed > 0;
    return {
      ...stats,
      ok,
      note: ok ? '' : stats.passed === 0 && stats.failed === 0 ? 'no unit test ran' : `${stats.failed} unit test(s) failed`,
    };
  } finally {
    rmSync(statsFile, { force: true });
  }
});
await runVscodeTests(phases, { integration: true, e2e: true, vsix: true, build: false });
process.exitCode = phases.printSummary() ? 0 : 1;
