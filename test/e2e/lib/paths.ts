import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PACKAGE_NAME = 'draft-factcheck';

/**
 * The repository root, found by walking up to our package.json: this file runs both as
 * test/e2e/lib/*.ts (type-checked) and as out/test/e2e/lib/*.js (executed), at different depths.
 */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // Not our manifest (or unreadable): keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package.json above ${__dirname}`);
    dir = parent;
  }
}

/** Ignored, project-local cache for downloaded tools (code-server); see .gitignore. */
export function cacheRoot(): string {
  return join(repoRoot(), '.vscode-test');
}

/** Ignored folder for screenshots and logs a run leaves for people to look at. */
export function resultsDir(): string {
  const dir = join(repoRoot(), 'test-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A fresh temp folder for one run. Parallel runs by different engineers each get their own,
 * so user-data, extensions, XDG and TMPDIR never collide.
 */
export function makeRunDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `fc-${label}-`));
}

/** Where a tool started for one run keeps its state: everything below the run folder, nothing in $HOME. */
export interface IsolatedDirs {
  home: string;
  tmp: string;
  xdgConfig: string;
  xdgData: string;
  xdgCache: string;
}

export function isolatedDirs(runDir: string, label: string): IsolatedDirs {
  const base = join(runDir, label);
  const dirs: IsolatedDirs = {
    home: join(base, 'home'),
    tmp: join(base, 'tmp'),
    xdgConfig: join(base, 'xdg-config'),
    xdgData: join(base, 'xdg-data'),
    xdgCache: join(base, 'xdg-cache'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  return dirs;
}

/** The environment that confines a child process to the given dirs. */
export function isolatedEnv(dirs: IsolatedDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    ...extra,
  };
}
