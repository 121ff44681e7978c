import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './browser';
import { extensionDevelopmentLink, mergeUserSettings, startCodeServer, workbenchUrlFor, type CodeServer } from './codeServer';
import { makeRunDir, repoRoot } from './paths';
import { webExtensionFolder } from './webExtension';
import { screenshotPath, Workbench, type ServerHandle, type ThemeKind } from './workbench';

/** What every UI spec in one mocha process shares: one server, one browser, one workspace copy. */
export interface E2eContext {
  server: ServerHandle;
  browser: BrowserContext;
  /** A per-run copy of test/fixtures/workspace (specs may write sidecars). */
  workspace: string;
  /** The extension under development (a link to the repository root, see extensionDevelopmentLink). */
  extensionRoot: string;
  /** This run's temp folder (the browser-only copy of the extension goes there). */
  runDir: string;
}

let shared: Promise<E2eContext> | undefined;
let cleanup: (() => Promise<void>) | undefined;

/**
 * Uses the server `npm run test:vscode` started (FACTCHECK_SERVER_PORT, FACTCHECK_USER_DATA_DIR,
 * FACTCHECK_WORKSPACE), or starts a private one when a spec runs on its own (`npx mocha out/test/e2e/x.test.js`).
 */
async function createContext(): Promise<E2eContext> {
  const runDir = process.env.FACTCHECK_RUN_DIR ?? makeRunDir('e2e');
  const ownRunDir = !process.env.FACTCHECK_RUN_DIR;
  const extensionRoot = extensionDevelopmentLink(runDir);
  const port = Number(process.env.FACTCHECK_SERVER_PORT);
  const userDataDir = process.env.FACTCHECK_USER_DATA_DIR;
  let server: ServerHandle;
  let ownServer: CodeServer | undefined;
  let workspace = process.env.FACTCHECK_WORKSPACE;
  if (port > 0 && userDataDir && workspace) {
    server = { workbenchUrl: (target) => workbenchUrlFor(port, target), setUserSettings: (patch) => mergeUserSettings(userDataDir, patch) };
  } else {
    workspace = join(runDir, 'workspace');
    cpSync(join(repoRoot(), 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    ownServer = await startCodeServer({ runDir: join(runDir, 'server'), log: (line) => console.log(`      ${line}`) });
    server = ownServer;
  }
  const browser = await launchBrowser({ runDir, label: `e2e-${process.pid}` });
  cleanup = async () => {
    await browser.close().catch(() => undefined);
    await ownServer?.stop();
    if (ownRunDir) rmSync(runDir, { recursive: true, force: true });
  };
  return { server, browser, workspace, extensionRoot, runDir };
}

export function e2eContext(): Promise<E2eContext> {
  shared ??= createContext();
  return shared;
}

// A root-level hook (registered while mocha loads the first spec): close the browser and any
// private server once every spec has run, so the process can exit.
if (typeof after === 'function') {
  after(async function () {
    this.timeout(30_000);
    await cleanup?.();
  });
}

export interface WorkbenchOptions {
  /** Colour theme for this suite (user setting, applied before the page opens); dark by default. */
  theme?: ThemeKind;
  /** Open this folder instead of the workspace copy. */
  folder?: string;
  /** Load the extension under development (true by default). */
  extensionDevelopment?: boolean;
  /** Which build to load: the desktop one (Node extension host, default) or the browser one (web worker extension host). */
  build?: 'desktop' | 'web';
}

/**
 * Call inside a describe(): opens one workbench page for the suite in before(), screenshots a
 * failing test to test-results/failed-<title>.png, closes the page in after(). Returns a getter.
 */
export function useWorkbench(options: WorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    const context = await e2eContext();
    const theme = options.theme ?? 'dark';
    workbench = await Workbench.open(
      context.browser,
      context.server,
      {
        folder: options.folder ?? context.workspace,
        ...(options.extensionDevelopment === false
          ? {}
          : { extensionDevelopmentPath: options.build === 'web' ? webExtensionFolder(context.runDir) : context.extensionRoot }),
      },
      theme,
    );
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (!test) return;
    const name = `failed-${test.fullTitle()}`;
    if (workbench && test.state === 'failed') {
      const path = await workbench.screenshot(name).catch(() => undefined);
      if (path) console.log(`      screenshot of the failure: ${path}`);
    } else if (test.state === 'passed') {
      // A failure screenshot from an earlier run would mislead once the test passes.
      rmSync(screenshotPath(name), { force: true });
    }
  });
  after(async () => {
    await workbench?.close();
    workbench = undefined;
  });
  return () => {
    if (!workbench) throw new Error('The workbench is not open: useWorkbench() must be called inside describe() and used inside its tests');
    return workbench;
  };
}
