// The phases behind `npm run test:vscode`: build, code-server, integration tests inside the real
// extension host, UI tests in Chromium, and the packaged .vsix smoke test. The server and the
// browsers are always stopped, whatever happens.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { build, driver, E2E_OUT, FIXTURES_WORKSPACE, INTEGRATION_OUT, MOCHA_BIN, ROOT, STATS_REPORTER } from './project.mjs';

// Generous for a loaded 2-core machine; FACTCHECK_TIMEOUT_SCALE=2 doubles the per-phase limits.
const SCALE = Number(process.env.FACTCHECK_TIMEOUT_SCALE) > 0 ? Number(process.env.FACTCHECK_TIMEOUT_SCALE) : 1;
const TIMEOUTS = {
  setup: 180_000,
  // apt-get update + install (their own limits) and a little slack.
  systemPackages: 21 * 60_000,
  install: 20 * 60_000,
  server: 60_000 * SCALE,
  integration: 480_000 * SCALE,
  web: 180_000 * SCALE,
  multiRoot: 120_000 * SCALE,
  e2e: 600_000 * SCALE,
  vsix: 240_000 * SCALE,
};

// Must match RESULTS_PREFIX in test/integration/index.ts: the line the extension host prints its totals on.
const RESULTS_PREFIX = 'factcheck-test-results ';

/**
 * Workbench chatter that reaches the console in every run and says nothing about our tests
 * (connection set-up, timings, the offline marketplace lookup and its stack).
 */
const WORKBENCH_NOISE = [
  /^Creating a socket /,
  /^Resolv(ing|ed) connection token/,
  /^Creation of workbench contribution/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /open-vsx\.org/,
  /^\s+at .*\/static\/out\/vs\/code\/browser\/workbench\/workbench\.js/,
];

function specFiles(dir, keep) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...specFiles(path, keep));
    else if (name.endsWith('.test.js') && keep(path)) files.push(path);
  }
  return files;
}

/**
 * UI specs that run after all others: the big-draft spec opens a 1 MB draft, and the editor state the
 * workbench saves from it is restored into the next spec's window (the shared workspace), where it
 * competed with what that spec measured.
 */
const RUN_LAST = ['bigDraft.test.js'];
const lastOrder = (file) => (RUN_LAST.includes(basename(file)) ? 1 : 0);

const isPackagedSpec = (file) => relative(E2E_OUT, file).startsWith('packaged');
const isLibFile = (file) => relative(E2E_OUT, file).startsWith('lib');

/** Runs mocha on UI spec files in a child process group, bounded by the phase deadline; grep is case-insensitive as in the extension host. */
async function runMochaSpecs(files, { grep, env, deadline, runDir, label, retries = 0 }) {
  const { runCommand } = await driver('processes');
  const statsFile = join(runDir, `${label}-stats.json`);
  const args = [
    MOCHA_BIN,
    '--no-config',
    '--reporter',
    STATS_REPORTER,
    '--timeout',
    '90000',
    '--slow',
    '15000',
    '--exit',
    ...(retries > 0 ? ['--retries', String(retries)] : []),
    ...(grep ? ['--grep', `/${grep}/i`] : []),
    ...files,
  ];
  const result = await runCommand(process.execPath, args, {
    cwd: ROOT,
    timeoutMs: Math.max(1000, deadline - Date.now() - 2000),
    env: { ...process.env, ...env, FACTCHECK_STATS_FILE: statsFile, FACTCHECK_RUN_DIR: runDir },
  });
  if (result.timedOut) return { ok: false, passed: 0, failed: 1, note: `${label}: mocha did not finish in time and was stopped` };
  if (!existsSync(statsFile))
    return { ok: false, passed: 0, failed: 1, note: `${label}: mocha exited ${result.code ?? result.signal} without reporting results` };
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const ok = result.code === 0 && stats.failed === 0;
  const passedOnRetry = (stats.retried ?? []).filter((title) => !(stats.failedTitles ?? []).includes(title));
  const retried = passedOnRetry.length
    ? `${passedOnRetry.length} ${label} test(s) failed once and passed when run again: ${passedOnRetry.join(' | ')}`
    : '';
  const failedNames = stats.failedTitles?.length ? `: ${stats.failedTitles.join(' | ')}` : '';
  return { ...stats, ok, note: [ok ? '' : `${stats.failed} ${label} test(s) failed${failedNames}`, retried].filter(Boolean).join('; ') };
}

/**
 * Opens a workbench whose extension host (the Node one, or the web worker one for the browser-only
 * copy) runs the suite index at extensionTestsPath on a fresh copy of the fixtures workspace.
 */
async function runHostSuites(
  lib,
  { server, browser, runDir, deadline, grep, label, extensionDevelopmentPath, extensionTestsPath, multiRoot = false },
) {
  const folder = join(runDir, `${label}-workspace`);
  cpSync(FIXTURES_WORKSPACE, folder, { recursive: true });
  const where = multiRoot ? { workspace: multiRootWorkspace(runDir, label) } : { folder };
  let results;
  // Counted from the spec reporter's lines, for when the host never reports its totals.
  const seen = { passed: 0, failed: 0 };
  const outcome = await lib.extensionTests.runExtensionTests({
    server,
    browser,
    extensionDevelopmentPath,
    extensionTestsPath,
    ...where,
    deadline: deadline - 2000,
    onLog: (line) => {
      if (line.startsWith(RESULTS_PREFIX)) return void (results = JSON.parse(line.slice(RESULTS_PREFIX.length)));
      if (/^\s+✔ /.test(line)) seen.passed++;
      else if (/^\s+\d+\) /.test(line)) seen.failed++;
      if (!WORKBENCH_NOISE.some((noise) => noise.test(line))) console.log(line);
    },
  });
  if (outcome.timedOut) {
    return {
      ok: false,
      passed: seen.passed,
      failed: seen.failed + 1,
      note: `the ${label} extension host did not finish the suites in time (${seen.passed} passed, ${seen.failed} failed before the cut-off; the running test counts as failed)`,
    };
  }
  if (!results)
    return {
      ok: false,
      passed: 0,
      failed: 1,
      note: `the ${label} extension host exited ${outcome.exitCode} without reporting results (did ${relative(ROOT, extensionTestsPath) || extensionTestsPath} load?)`,
    };
  // FACTCHECK_TEST_FILES (e.g. npm run bench:drafts) may name files of one phase only.
  const filtered = grep ?? process.env.FACTCHECK_TEST_FILES;
  if (!filtered && results.passed + results.failed === 0) return { ok: false, ...results, failed: 1, note: `no ${label} test ran` };
  if (filtered && results.passed + results.failed === 0)
    console.log(`  (no ${label} test matches ${grep ? `--grep ${grep}` : `FACTCHECK_TEST_FILES=${filtered}`})`);
  const ok = outcome.exitCode === 0 && results.failed === 0;
  const failedNames = results.failedTitles?.length ? `: ${results.failedTitles.join(' | ')}` : '';
  return { ...results, ok, note: ok ? '' : `${results.failed} ${label} test(s) failed (host exit code ${outcome.exitCode})${failedNames}` };
}

/**
 * A `.code-workspace` with two folders, `news` (a copy of the fixtures) and `features` (empty): the
 * suite index then runs only the multi-root suites (`*.multiroot.js`).
 */
function multiRootWorkspace(runDir, label) {
  const root = join(runDir, `${label}-multi-root`);
  cpSync(FIXTURES_WORKSPACE, join(root, 'news'), { recursive: true });
  mkdirSync(join(root, 'features'), { recursive: true });
  const file = join(root, 'desk.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'news' }, { path: 'features' }] }, null, 2));
  return file;
}

/**
 * @param {import('./phases.mjs').PhaseRunner} phases
 * @param {{ integration: boolean, e2e: boolean, vsix: boolean, grep?: string, build?: boolean }} options
 */
export async function runVscodeTests(phases, options) {
  let lib;
  let needs;
  const ready = await phases.run('setup (build, prerequisites)', TIMEOUTS.setup, async () => {
    if (options.build !== false) build();
    lib = {
      paths: await driver('paths'),
      prerequisites: await driver('prerequisites'),
      install: await driver('codeServerInstall'),
      codeServer: await driver('codeServer'),
      browser: await driver('browser'),
      extensionTests: await driver('extensionTests'),
      webExtension: await driver('webExtension'),
    };
    needs = { chromium: true, codeServerInstall: !lib.install.isCodeServerInstalled() };
  });
  if (!ready) return;
  // Installs what is missing (as root or with passwordless sudo) or stops with the command to run: the tests are never skipped.
  if (lib.prerequisites.missingFor(needs).length > 0) {
    const installed = await phases.run('install system packages (one time)', TIMEOUTS.systemPackages, () =>
      lib.prerequisites.ensureMachinePrerequisites(needs),
    );
    if (!installed) return;
  }

  if (!lib.install.isCodeServerInstalled()) {
    const installed = await phases.run(`install code-server ${lib.install.CODE_SERVER_VERSION} (one time)`, TIMEOUTS.install, () =>
      lib.install.ensureCodeServer(),
    );
    if (!installed) return;
  }

  const runDir = lib.paths.makeRunDir('tests');
  // Also on Ctrl+C, where the signal handler exits before the finally blocks below run.
  // FACTCHECK_KEEP_RUN_DIR=1 keeps it (the server logs, the workspaces) for a look after the run.
  const removeRunDir = () =>
    process.env.FACTCHECK_KEEP_RUN_DIR === '1'
      ? console.log(`run folder kept: ${runDir}`)
      : rmSync(runDir, { recursive: true, force: true });
  process.once('exit', removeRunDir);
  let server;
  let browser;
  try {
    if (options.integration || options.e2e) {
      const started = await phases.run('start code-server', TIMEOUTS.server, async () => {
        server = await lib.codeServer.startCodeServer({
          runDir: join(runDir, 'server'),
          env: options.grep ? { FACTCHECK_TEST_GREP: options.grep } : {},
          log: (line) => console.log(`  ${line}`),
        });
        browser = await lib.browser.launchBrowser({ runDir, label: 'integration' });
      });
      if (!started) return;
    }

    if (options.integration) {
      await phases.run('integration tests (extension host)', TIMEOUTS.integration, (deadline) =>
        runHostSuites(lib, {
          server,
          browser,
          runDir,
          deadline,
          grep: options.grep,
          label: 'integration',
          extensionDevelopmentPath: lib.codeServer.extensionDevelopmentLink(runDir),
          extensionTestsPath: INTEGRATION_OUT,
        }),
      );
      // A second workbench on a multi-root workspace: adding a folder at run time would restart the host under test.
      await phases.run('multi-root integration tests (extension host)', TIMEOUTS.multiRoot, (deadline) =>
        runHostSuites(lib, {
          server,
          browser,
          runDir,
          deadline,
          grep: options.grep,
          label: 'multi-root',
          extensionDevelopmentPath: lib.codeServer.extensionDevelopmentLink(runDir),
          extensionTestsPath: INTEGRATION_OUT,
          multiRoot: true,
        }),
      );
      // The browser build (package.json "browser") in code-server's web worker extension host, as on vscode.dev.
      await phases.run('web extension host tests (browser build)', TIMEOUTS.web, (deadline) => {
        const extensionDevelopmentPath = lib.webExtension.webExtensionFolder(runDir);
        const timeScale = lib.webExtension.currentTimeScale(SCALE);
        console.log(`  time budgets scaled by ${timeScale} (FACTCHECK_TIMEOUT_SCALE ${SCALE} x load per core)`);
        const extensionTestsPath = lib.webExtension.installWebTests(extensionDevelopmentPath, { grep: options.grep, timeScale });
        return runHostSuites(lib, {
          server,
          browser,
          runDir,
          deadline,
          grep: options.grep,
          label: 'web',
          extensionDevelopmentPath,
          extensionTestsPath,
        });
      });
    }

    if (browser) {
      await browser.close().catch(() => undefined);
      browser = undefined;
    }

    if (options.e2e) {
      await phases.run('UI tests (code-server + Chromium)', TIMEOUTS.e2e, async (deadline) => {
        const files = specFiles(E2E_OUT, (file) => !isPackagedSpec(file) && !isLibFile(file)).sort((a, b) => lastOrder(a) - lastOrder(b));
        if (files.length === 0) return { ok: false, passed: 0, failed: 1, note: `no UI spec found under ${E2E_OUT}` };
        const folder = join(runDir, 'e2e-workspace');
        cpSync(FIXTURES_WORKSPACE, folder, { recursive: true });
        return runMochaSpecs(files, {
          grep: options.grep,
          deadline,
          runDir,
          label: 'ui',
          // A real browser on a busy 2-core machine: a step can miss its moment (a row re-rendered between two
          // reads). One more attempt, printed with the first error and listed in the phase note, never silent.
          retries: 1,
          env: {
            FACTCHECK_SERVER_URL: server.url,
            FACTCHECK_SERVER_PORT: String(server.port),
            FACTCHECK_USER_DATA_DIR: server.userDataDir,
            FACTCHECK_WORKSPACE: folder,
          },
        });
      });
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (server && !phases.ok) keepLog(lib, server.logFile, 'code-server-dev.log');
  }

  try {
    if (options.vsix) {
      await phases.run('packaged .vsix smoke test', TIMEOUTS.vsix, async (deadline) => {
        const files = specFiles(join(E2E_OUT, 'packaged'), () => true);
        if (files.length === 0) return { ok: false, passed: 0, failed: 1, note: 'no packaged-build spec found' };
        return runMochaSpecs(files, { grep: options.grep, deadline, runDir, label: 'vsix' });
      });
    }
  } finally {
    removeRunDir();
  }
}

/** Keeps a server log where people look for failures, before the run folder is removed. */
function keepLog(lib, file, name) {
  try {
    cpSync(file, join(lib.paths.resultsDir(), name));
    console.log(`  code-server log kept in test-results/${name}`);
  } catch {
    // No log to keep.
  }
}
