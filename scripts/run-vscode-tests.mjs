#!/usr/bin/env node
// npm run test:vscode [-- --integration-only | --e2e-only | --no-vsix] [--grep TEXT]
// Integration suites in the real extension host, UI specs in Chromium, then the .vsix smoke test,
// all against code-server (installed on first use into .vscode-test/).
import { parseArgs } from 'node:util';
import { PhaseRunner } from './lib/phases.mjs';
import { runVscodeTests } from './lib/vscodeTests.mjs';

let values;
try {
  ({ values } = parseArgs({
    options: {
      'integration-only': { type: 'boolean', default: false },
      'e2e-only': { type: 'boolean', default: false },
      'no-vsix': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      grep: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`${error.message}\nUsage: npm run test:vscode -- [--integration-only | --e2e-only] [--no-vsix] [--no-build] [--grep TEXT]`);
  process.exit(2);
}

const only = values['integration-only'] ? 'integration' : values['e2e-only'] ? 'e2e' : undefined;
const phases = new PhaseRunner();
await runVscodeTests(phases, {
  integration: only !== 'e2e',
  e2e: only !== 'integration',
  vsix: !only && !values['no-vsix'],
  grep: values.grep,
  build: !values['no-build'],
});
process.exitCode = phases.printSummary() ? 0 : 1;
