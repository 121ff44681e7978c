import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { SetupError } from './codeServerInstall';
import { isolatedDirs, isolatedEnv } from './paths';
import { chromiumPath, describeMissing, missingChromium } from './systemDeps';

/** Flags that make Debian's Chromium run headless as root, offline and without background chatter. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // No crash reporter: its handler process outlives the browser's process group.
  '--disable-breakpad',
  '--disable-crash-reporter',
];

export const VIEWPORT = { width: 1400, height: 900 } as const;

export interface LaunchOptions {
  /** The run's temp folder: the browser profile, XDG dirs and TMPDIR go below it. */
  runDir: string;
  /** A label so two browsers in one run get separate profiles. */
  label?: string;
  headless?: boolean;
}

/** Launches Chromium with a fresh profile; close the returned context to end the browser. */
export async function launchBrowser(options: LaunchOptions): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new SetupError(describeMissing(missingChromium()) ?? 'Chromium not found');
  const label = options.label ?? 'browser';
  const dirs = isolatedDirs(options.runDir, `${label}-env`);
  return chromium.launchPersistentContext(join(options.runDir, `${label}-profile`), {
    executablePath,
    headless: options.headless ?? process.env.FACTCHECK_HEADED !== '1',
    args: CHROMIUM_ARGS,
    env: isolatedEnv(dirs) as Record<string, string>,
    viewport: VIEWPORT,
    // The workbench asks before it lets a page read the clipboard; tests never need it.
    permissions: [],
  });
}
