/**
 * The suite index the web worker extension host loads (bundled by esbuild.mjs for the browser into
 * out/web-tests/index.js; the runner copies it inside the browser-only extension folder, so the
 * workbench runs it in the host that runs the extension). No Node built-ins anywhere in here.
 */
import './mochaSetup';
// Order matters: the activation timing must run before anything else activates the extension.
import './activation.test';
import './features.test';
import './refusedWrite.test';

/** Must match RESULTS_PREFIX in scripts/lib/vscodeTests.mjs: the line the runner reads the totals from. */
const RESULTS_PREFIX = 'factcheck-test-results ';
const SUITE_FILES = 3;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // CI keeps only the tail of the log: the runner's summary names the failed tests.
    const failedTitles: string[] = [];
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      const totals = { passed: stats.passes, failed: stats.failures, pending: stats.pending, files: SUITE_FILES, failedTitles };
      console.log(`${RESULTS_PREFIX}${JSON.stringify(totals)}`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
    runner.on('fail', (test) => failedTitles.push(test.fullTitle()));
  });
}
