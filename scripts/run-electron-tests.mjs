#!/usr/bin/env node
// node scripts/run-electron-tests.mjs [--grep TEXT]
// The same integration suites (out/test/integration/index.js) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (it caches it in .vscode-test/).
// This machine cannot: there, `npm run test:vscode` runs them in code-server instead.
// VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code; VSCODE_VERSION picks a download.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { build, FIXTURES_WORKSPACE, INTEGRATION_OUT, ROOT } from './lib/project.mjs';

const { values } = parseArgs({ options: { grep: { type: 'string' } } });
build();
const runDir = mkdtempSync(join(tmpdir(), 'fc-electron-'));
const workspace = join(runDir, 'workspace');
cpSync(FIXTURES_WORKSPACE, workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(INTEGRATION_OUT, 'index.js'),
    ...(process.env.VSCODE_EXECUTABLE
      ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
      : { version: process.env.VSCODE_VERSION ?? '1.100.3' }),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      `--user-data-dir=${join(runDir, 'user-data')}`,
      `--extensions-dir=${join(runDir, 'extensions')}`,
    ],
    extensionTestsEnv: values.grep ? { FACTCHECK_TEST_GREP: values.grep } : {},
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Integration tests in desktop VS Code failed: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|download/i.test(message))
    console.error('VS Code could not be downloaded here; use `npm run test:vscode` (code-server) or set VSCODE_EXECUTABLE.');
  process.exitCode = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
