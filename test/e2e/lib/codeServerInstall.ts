import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './paths';
import { delay, runCommand } from './processes';
import { describeMissing, missingForCodeServerInstall, onPath } from './systemDeps';

/** The newest code-server whose engines.node is 20 (4.103+ need Node 22); it bundles VS Code 1.100. */
export const CODE_SERVER_VERSION = '4.100.3';

/**
 * @vscode/ripgrep as pinned in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json, and the release
 * its lib/postinstall.js (const VERSION) downloads from GitHub. GitHub is unreachable here, so we
 * put Debian's rg where that script looks first: $TMPDIR/vscode-ripgrep-cache-<package>/ripgrep-<release>-<target>.tar.gz.
 * Update both when CODE_SERVER_VERSION changes.
 */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

/**
 * The install scripts code-server needs. npm 11 wants them approved in the installing project's
 * package.json (allowScripts; --allow-scripts is refused for project installs), so the cache folder
 * gets a package.json of its own. code-server's postinstall then runs plain `npm install` in
 * lib/vscode, whose native modules npm 11 still builds with a warning; requiredFiles() catches the
 * day it stops doing so.
 */
const ALLOWED_INSTALL_SCRIPTS = ['code-server', 'argon2'];

const MARKER = '.factcheck-install-complete';
const INSTALL_TIMEOUT_MS = 20 * 60_000;

export class SetupError extends Error {}

export function codeServerDir(): string {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

function packageDir(root: string): string {
  return join(root, 'node_modules', 'code-server');
}

export function codeServerEntry(root = codeServerDir()): string {
  return join(packageDir(root), 'out', 'node', 'entry.js');
}

/** Files a complete install has; a missing one means the postinstall did not run or failed part way. */
function requiredFiles(root: string): string[] {
  const vscodeModules = join(packageDir(root), 'lib', 'vscode', 'node_modules');
  return [
    codeServerEntry(root),
    join(packageDir(root), 'lib', 'vscode', 'out', 'server-main.js'),
    join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg'),
    join(vscodeModules, 'node-pty', 'build', 'Release', 'pty.node'),
    join(vscodeModules, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    join(vscodeModules, 'native-watchdog', 'build', 'Release', 'watchdog.node'),
    join(packageDir(root), 'lib', 'vscode', 'node_modules.asar'),
  ];
}

/** Installed and complete: the marker is written last, so a partial or interrupted install never counts. */
export function isCodeServerInstalled(root = codeServerDir()): boolean {
  return existsSync(join(root, MARKER)) && requiredFiles(root).every((file) => existsSync(file));
}

function ripgrepTarget(): string {
  if (process.platform !== 'linux')
    throw new SetupError(`Installing code-server offline is only scripted for Linux (this is ${process.platform}).`);
  if (process.arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (process.arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new SetupError(`No ripgrep mapping for ${process.arch}; see RIPGREP_* in test/e2e/lib/codeServerInstall.ts.`);
}

/** Packs Debian's rg as the release archive @vscode/ripgrep's postinstall would have downloaded. */
async function seedRipgrepCache(tmp: string): Promise<void> {
  const rg = onPath('rg');
  if (!rg) throw new SetupError(describeMissing([{ what: 'ripgrep', aptPackage: 'ripgrep' }]));
  const stage = join(tmp, 'ripgrep-stage');
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(cache, { recursive: true });
  const archive = join(cache, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  const result = await runCommand('tar', ['-czf', archive, '-C', stage, 'rg'], { timeoutMs: 60_000 });
  if (result.code !== 0) throw new SetupError(`Could not pack ${rg} into ${archive}`);
}

/** One installer at a time per checkout (parallel test runs share the cache). */
async function withLock<T>(lockDir: string, log: (line: string) => void, body: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(readFileSafe(join(lockDir, 'pid')));
      if (!Number.isInteger(owner) || owner <= 0 || !pidAlive(owner)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!announced) log(`Waiting for another code-server install (pid ${owner}) to finish …`);
      announced = true;
      if (Date.now() > deadline) throw new SetupError(`Timed out waiting for the code-server install lock ${lockDir}`);
      await delay(2000);
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs code-server into the ignored cache on first use and returns its entry script.
 * Idempotent; a broken or partial install is detected (no marker) and redone. Works offline
 * apart from the npm registry.
 */
export async function ensureCodeServer(log: (line: string) => void = console.log): Promise<string> {
  const root = codeServerDir();
  if (isCodeServerInstalled(root)) return codeServerEntry(root);
  const missing = describeMissing(missingForCodeServerInstall());
  if (missing) throw new SetupError(missing);
  mkdirSync(cacheRoot(), { recursive: true });
  await withLock(`${root}.lock`, log, async () => {
    if (isCodeServerInstalled(root)) return;
    if (existsSync(root)) {
      log(`Removing an incomplete code-server install at ${root}`);
      rmSync(root, { recursive: true, force: true });
    }
    // Install beside the final folder and rename it into place only once complete.
    const staging = `${root}.partial`;
    rmSync(staging, { recursive: true, force: true });
    const tmp = join(staging, '.tmp');
    mkdirSync(tmp, { recursive: true });
    writeFileSync(
      join(staging, 'package.json'),
      JSON.stringify(
        {
          name: 'factcheck-code-server-cache',
          private: true,
          allowScripts: Object.fromEntries(ALLOWED_INSTALL_SCRIPTS.map((name) => [name, true])),
        },
        null,
        2,
      ),
    );
    await seedRipgrepCache(tmp);
    const logFile = join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-install.log`);
    const logStream = createWriteStream(logFile);
    log(`Installing code-server ${CODE_SERVER_VERSION} into ${root} (one time, about 300 MB, a minute or two; log: ${logFile}) …`);
    const started = Date.now();
    const ticker = setInterval(() => log(`  … still installing code-server (${Math.round((Date.now() - started) / 1000)} s)`), 15_000);
    try {
      const result = await runCommand(
        'npm',
        [
          'install',
          '--prefix',
          staging,
          `code-server@${CODE_SERVER_VERSION}`,
          '--foreground-scripts',
          '--no-audit',
          '--no-fund',
          '--no-save',
          '--omit=dev',
        ],
        {
          timeoutMs: INSTALL_TIMEOUT_MS,
          onOutput: (chunk) => logStream.write(chunk),
          env: {
            ...process.env,
            TMPDIR: tmp,
            // code-server's postinstall refuses to run as root without it (read from the environment).
            npm_config_unsafe_perm: 'true',
            // node-pty's install runs `npx node-gyp`, which would otherwise prompt.
            npm_config_yes: 'true',
            npm_config_update_notifier: 'false',
          },
        },
      );
      if (result.timedOut) throw new SetupError(`code-server install timed out after ${INSTALL_TIMEOUT_MS / 60_000} min; see ${logFile}`);
      if (result.code !== 0) throw new SetupError(`code-server install failed (npm exit ${result.code ?? result.signal}); see ${logFile}`);
    } finally {
      clearInterval(ticker);
      await new Promise<void>((resolve) => logStream.end(resolve));
    }
    const absent = requiredFiles(staging).filter((file) => !existsSync(file));
    if (absent.length > 0)
      throw new SetupError(
        `code-server install is incomplete (its install scripts did not all run); missing:\n  ${absent.join('\n  ')}\nSee ${logFile}`,
      );
    rmSync(tmp, { recursive: true, force: true });
    writeFileSync(join(staging, MARKER), `code-server ${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
    renameSync(staging, root);
    log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  });
  return codeServerEntry(root);
}
