import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** What the browser build needs besides its manifest (the same files the .vsix ships). */
const SHARED_ENTRIES = ['package.nls.json', 'dist', 'media', 'schemas', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE'];

/**
 * A browser-only copy of the extension in runDir: package.json without `main`, the rest linked to the
 * checkout. code-server runs an extension with a `main` in its Node extension host even when it also
 * has a `browser` entry; without `main` it runs in the web worker extension host, as on vscode.dev.
 */
export function webExtensionFolder(runDir: string, root = repoRoot()): string {
  const folder = join(runDir, 'web-extension');
  if (existsSync(join(folder, 'package.json'))) return folder;
  mkdirSync(folder, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof manifest.browser !== 'string') throw new Error('package.json has no "browser" entry: there is no browser build to test');
  delete manifest.main;
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of SHARED_ENTRIES) {
    if (existsSync(join(root, entry))) symlinkSync(join(root, entry), join(folder, entry));
  }
  return folder;
}

/** What the runner tells the web suites; a worker has no environment variables, so it is baked into their copy. */
export interface WebTestSettings {
  /** --grep: only tests whose full title matches (case-insensitive). */
  grep?: string;
  /**
   * How much slower than an idle machine wall-clock budgets may be: FACTCHECK_TIMEOUT_SCALE times the
   * CPU oversubscription (1-minute load average per core, at least 1) when the phase starts.
   */
  timeScale: number;
}

/** The time scale for wall-clock budgets on this machine now (see WebTestSettings.timeScale). */
export function currentTimeScale(configured = Number(process.env.FACTCHECK_TIMEOUT_SCALE) || 1): number {
  const perCore = loadavg()[0]! / Math.max(1, cpus().length);
  return Math.round(configured * Math.max(1, perCore) * 10) / 10;
}

/**
 * Puts the bundled web suites (out/web-tests/index.js) inside the web extension folder, where the
 * workbench runs them in the extension's own host, with the settings baked in. Returns the path to
 * pass as extensionTestsPath.
 */
export function installWebTests(folder: string, settings: WebTestSettings, root = repoRoot()): string {
  const bundle = join(root, 'out', 'web-tests', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run the build (node esbuild.mjs) first`);
  const dir = join(folder, 'web-tests');
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'index.js');
  const header = `var FACTCHECK_TEST_GREP = ${JSON.stringify(settings.grep ?? '')}, FACTCHECK_TIME_SCALE = ${JSON.stringify(settings.timeScale)};`;
  writeFileSync(target, header + readFileSync(bundle, 'utf8'));
  if (existsSync(`${bundle}.map`)) copyFileSync(`${bundle}.map`, `${target}.map`);
  return target;
}
