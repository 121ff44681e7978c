import type { BrowserContext } from 'playwright-core';
import type { CodeServer } from './codeServer';

export interface ExtensionTestsOptions {
  server: CodeServer;
  browser: BrowserContext;
  /** The folder holding the extension's package.json. */
  extensionDevelopmentPath: string;
  /** The folder whose index.js exports run(): Promise<void> (out/test/integration). */
  extensionTestsPath: string;
  /** Workspace folder to open. */
  folder?: string;
  /** Or a multi-root workspace's `.code-workspace` file. */
  workspace?: string;
  /** Date.now() value by which the suites must have finished, page load included. */
  deadline: number;
  /** Receives every console line of the extension host (mocha's reporter output among them). */
  onLog?: (line: string) => void;
}

export interface ExtensionTestsResult {
  /** The extension host's exit code: 0 when run() resolved, 1 when it rejected. */
  exitCode: number;
  timedOut: boolean;
}

/**
 * Opens a workbench whose extension host requires extensionTestsPath and calls its run(),
 * the way VS Code's own browser integration tests do. The workbench reports the outcome
 * through window.codeAutomationExit and the host's console through window.codeAutomationLog.
 */
export async function runExtensionTests(options: ExtensionTestsOptions): Promise<ExtensionTestsResult> {
  const page = await options.browser.newPage();
  try {
    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      settle(typeof code === 'number' ? code : 1);
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      options.onLog?.(text);
    });
    await page.goto(
      options.server.workbenchUrl({
        ...(options.folder !== undefined ? { folder: options.folder } : {}),
        ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
        extensionDevelopmentPath: options.extensionDevelopmentPath,
        extensionTestsPath: options.extensionTestsPath,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, options.deadline - Date.now()))),
    );
    const outcome = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    return outcome === 'timeout' ? { exitCode: 1, timedOut: true } : { exitCode: outcome, timedOut: false };
  } finally {
    await page.close().catch(() => undefined);
  }
}
