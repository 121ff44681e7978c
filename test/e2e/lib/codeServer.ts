import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, SetupError } from './codeServerInstall';
import { isolatedDirs, isolatedEnv, repoRoot, type IsolatedDirs } from './paths';
import { delay, freePort, httpStatus, runCommand, spawnGroup, stopGroup } from './processes';

/** Settings that keep the workbench quiet and deterministic for tests and for `npm start`. */
export const QUIET_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

export interface WorkbenchTarget {
  /** Folder to open (absolute path on this machine). */
  folder?: string;
  /** Or a multi-root workspace: a `.code-workspace` file (absolute path on this machine). */
  workspace?: string;
  /** Load the extension from this folder as an "[Extension Development Host]". */
  extensionDevelopmentPath?: string;
  /** With extensionDevelopmentPath: the extension host requires this folder's index.js and calls run(), then exits. */
  extensionTestsPath?: string;
  /** A file (absolute path on this machine) to open in an editor once the workbench is up. */
  openFile?: string;
}

export interface CodeServerOptions {
  /** This server's private temp folder (see makeRunDir). */
  runDir: string;
  /** Defaults to <runDir>/extensions; pass one prepared with installVsix for a packaged build. */
  extensionsDir?: string;
  /** Merged over QUIET_USER_SETTINGS into the user settings.json. */
  userSettings?: Record<string, unknown>;
  /** Extra environment for the server, inherited by the extension host. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  /** The URL that opens a workbench on target (the `payload` query carries the development paths). */
  workbenchUrl(target: WorkbenchTarget): string;
  /** Merges settings into the user settings.json: pages opened afterwards read them (open pages do not notice). */
  setUserSettings(patch: Record<string, unknown>): void;
  /** Settles with the exit code when the server process ends (stopped or crashed). */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const PORT_ATTEMPTS = 3;

function userSettingsFile(userDataDir: string): string {
  return join(userDataDir, 'User', 'settings.json');
}

/** Merges patch into the user settings.json of a code-server user-data-dir. */
export function mergeUserSettings(userDataDir: string, patch: Record<string, unknown>): void {
  const file = userSettingsFile(userDataDir);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...current, ...patch }, null, 2));
}

function serverArgs(entry: string, port: number, userDataDir: string, extensionsDir: string, configFile: string): string[] {
  return [
    entry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    // FACTCHECK_SERVER_TRACE=1: the server's own logs (file watcher, file actions) at trace level.
    ...(process.env.FACTCHECK_SERVER_TRACE === '1' ? ['--log', 'trace'] : []),
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--config',
    configFile,
  ];
}

/** Waits for /healthz; false when the process exited first (port taken, crash). */
async function waitReady(child: ChildProcess, port: number): Promise<boolean> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) return false;
    if ((await httpStatus(`http://127.0.0.1:${port}/healthz`)) === 200) return true;
    await delay(200);
  }
  throw new SetupError(`code-server did not answer on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s`);
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts code-server on a free 127.0.0.1 port with everything (profile, XDG, TMPDIR, HOME) under runDir. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const log = options.log ?? (() => undefined);
  const entry = await ensureCodeServer(log);
  const userDataDir = join(options.runDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(options.runDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  mergeUserSettings(userDataDir, { ...QUIET_USER_SETTINGS, ...options.userSettings });
  const dirs: IsolatedDirs = isolatedDirs(options.runDir, 'env');
  const configFile = join(options.runDir, 'code-server-config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const logFile = join(options.runDir, 'code-server.log');

  for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
    const port = await freePort();
    const out = openSync(logFile, 'a');
    const child = spawnGroup(process.execPath, serverArgs(entry, port, userDataDir, extensionsDir, configFile), {
      cwd: options.runDir,
      env: isolatedEnv(dirs, options.env),
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    if (!(await waitReady(child, port))) {
      await stopGroup(child);
      if (attempt < PORT_ATTEMPTS && /EADDRINUSE/.test(tail(logFile))) continue;
      throw new SetupError(`code-server exited while starting; last lines of ${logFile}:\n${tail(logFile)}`);
    }
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
    const url = `http://127.0.0.1:${port}`;
    log(`code-server listening on ${url} (log: ${logFile})`);
    return {
      url,
      port,
      userDataDir,
      extensionsDir,
      logFile,
      workbenchUrl: (target) => workbenchUrlFor(port, target),
      setUserSettings: (patch) => mergeUserSettings(userDataDir, patch),
      exited,
      stop: () => stopGroup(child),
    };
  }
  throw new SetupError(`Could not find a free port for code-server after ${PORT_ATTEMPTS} attempts`);
}

/** The workbench URL of the server on 127.0.0.1:port for target. */
export function workbenchUrlFor(port: number, target: WorkbenchTarget): string {
  // Paths inside the payload are resources on the server, addressed through the remote authority.
  const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload: [string, string][] = [];
  if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
  if (target.extensionTestsPath) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  if (target.openFile) payload.push(['openFile', remote(target.openFile)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams();
  if (target.folder) query.set('folder', target.folder);
  else if (target.workspace) query.set('workspace', target.workspace);
  query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query.toString()}`;
}

/**
 * The path to pass as extensionDevelopmentPath: a link to the checkout inside runDir. The
 * workbench applies the colour, file-icon and product-icon themes of every extension *below* the
 * development folder instead of the user's; code-server lives below the checkout (.vscode-test/),
 * so with the checkout itself the user's theme setting would be ignored.
 */
export function extensionDevelopmentLink(runDir: string, root = repoRoot()): string {
  const link = join(runDir, 'extension');
  if (!existsSync(link)) symlinkSync(root, link, 'dir');
  return link;
}

/** Installs a packaged .vsix into extensionsDir with code-server's own CLI, as a user would. */
export async function installVsix(vsix: string, extensionsDir: string, runDir: string): Promise<void> {
  const entry = await ensureCodeServer();
  mkdirSync(extensionsDir, { recursive: true });
  const dirs = isolatedDirs(runDir, 'install-vsix-env');
  let output = '';
  const result = await runCommand(
    process.execPath,
    [entry, '--user-data-dir', join(runDir, 'install-user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { timeoutMs: 120_000, env: isolatedEnv(dirs), cwd: runDir, onOutput: (chunk) => (output += chunk) },
  );
  if (result.code !== 0 || !/successfully installed/i.test(output)) {
    throw new SetupError(
      `code-server --install-extension ${vsix} failed (exit ${result.code ?? result.signal}${result.timedOut ? ', timed out' : ''}):\n${output.trim()}`,
    );
  }
}
