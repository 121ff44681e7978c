/**
 * The suite index the extension host loads (code-server's extensionTestsPath, or
 * @vscode/test-electron's). It runs every out/test/integration/**\/*.test.js in mocha.
 *
 * FACTCHECK_TEST_GREP   only tests whose full title matches (a regular expression, case-insensitive)
 * FACTCHECK_TEST_FILES  only suite files whose path contains this text
 * FACTCHECK_BENCH=1     also the benchmarks (*.bench.js), e.g. the Drafts overview on 2,000 drafts
 *
 * In a multi-root workspace (the runner's multi-root phase) it runs the *.multiroot.js suites instead.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import MochaExport from 'mocha';
import * as vscode from 'vscode';

/** The line the runner reads back from the host's console to count results. */
export const RESULTS_PREFIX = 'factcheck-test-results ';

function isSuite(name: string, multiRoot: boolean): boolean {
  if (multiRoot) return name.endsWith('.multiroot.js');
  return name.endsWith('.test.js') || (process.env.FACTCHECK_BENCH === '1' && name.endsWith('.bench.js'));
}

function testFiles(dir: string, multiRoot: boolean): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...testFiles(path, multiRoot));
    else if (isSuite(name, multiRoot)) files.push(path);
  }
  return files;
}

// Mocha 11 exports the class itself; newer majors export an object holding it.
const Mocha: typeof MochaExport = (MochaExport as unknown as { Mocha?: typeof MochaExport }).Mocha ?? MochaExport;

export function run(): Promise<void> {
  // The host forwards console arguments unformatted: hand mocha's reporter finished strings.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const grep = process.env.FACTCHECK_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep: new RegExp(grep, 'i') } : {}) });
  const only = process.env.FACTCHECK_TEST_FILES;
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const files = testFiles(__dirname, multiRoot).filter((file) => !only || file.includes(only));
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      // CI keeps only the tail of the log: the runner's summary names the failed tests.
      const failedTitles: string[] = [];
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        const totals = { passed: stats.passes, failed: stats.failures, pending: stats.pending, files: files.length, failedTitles };
        console.log(`${RESULTS_PREFIX}${JSON.stringify(totals)}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
      runner.on('fail', (test) => failedTitles.push(test.fullTitle()));
    } catch (error) {
      console.error(error);
      console.log(`${RESULTS_PREFIX}${JSON.stringify({ passed: 0, failed: 1, pending: 0, files: files.length, error: String(error) })}`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
