#!/usr/bin/env node
// npm start [-- --code-server] [--folder DIR] [--file PATH]
// Builds, then opens a real VS Code with the extension under development on the samples/ drafts,
// one draft open in an editor (samples/.vscode/tasks.json then shows the Fact-Check desk):
// the desktop `code` when it is on PATH, otherwise code-server (installed on first use into
// .vscode-test/, after any missing system packages: see test/e2e/lib/prerequisites.ts).
// Every profile, extension, XDG and temp folder lives in a throwaway folder, never
// in your own VS Code profile or home. Ctrl+C stops everything it started.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, driver, ROOT } from './lib/project.mjs';

let values;
try {
  ({ values } = parseArgs({
    options: {
      'code-server': { type: 'boolean', default: false },
      folder: { type: 'string' },
      file: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\nUsage: npm start -- [--code-server] [--folder DIR] [--file PATH] [--no-build]`);
  process.exit(2);
}

const folder = resolve(values.folder ?? `${ROOT}/samples`);
if (!existsSync(folder)) {
  console.error(`Folder not found: ${folder}`);
  process.exit(2);
}
if (readdirSync(folder).length === 0) console.warn(`Note: ${folder} is empty; open a draft there or pass --folder DIR.`);
if (values.file && !existsSync(resolve(values.file))) {
  console.error(`File not found: ${resolve(values.file)}`);
  process.exit(2);
}

try {
  if (!values['no-build']) build();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const firstRun = await driver('firstRun');
// The draft shown first: --file, else the samples' showcase draft (none for another --folder).
const file = values.file ? resolve(values.file) : values.folder ? undefined : join(folder, firstRun.FIRST_DRAFT);
const paths = await driver('paths');
const processes = await driver('processes');
const systemDeps = await driver('systemDeps');
const prerequisites = await driver('prerequisites');
const runDir = paths.makeRunDir('start');
// Synchronous, so it also runs when a signal handler exits the process.
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));

const desktop = !values['code-server'] && systemDeps.onPath('code');
try {
  if (desktop) await startDesktop(desktop);
  else await startCodeServer();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

/** Desktop VS Code: --wait keeps the CLI attached, so Ctrl+C here closes that window's process group. */
async function startDesktop(code) {
  const dirs = paths.isolatedDirs(runDir, 'env');
  console.log(`Opening ${folder} in VS Code (${code}) with the extension from ${ROOT}. Close the window or press Ctrl+C to stop.`);
  const child = processes.spawnGroup(
    code,
    [
      '--new-window',
      '--wait',
      `--extensionDevelopmentPath=${ROOT}`,
      `--user-data-dir=${runDir}/user-data`,
      `--extensions-dir=${runDir}/extensions`,
      '--disable-workspace-trust',
      folder,
      ...(file ? [file] : []),
    ],
    { stdio: 'inherit', env: paths.isolatedEnv(dirs) },
  );
  const code_ = await new Promise((resolveExit) => child.once('exit', resolveExit));
  await processes.stopGroup(child, 1000);
  process.exitCode = code_ ?? 0;
}

async function startCodeServer() {
  const install = await driver('codeServerInstall');
  // The browser is yours, so only what installing code-server needs, and only before it is installed.
  await prerequisites.ensureMachinePrerequisites({ chromium: false, codeServerInstall: !install.isCodeServerInstalled() });
  const { startCodeServer: start, extensionDevelopmentLink } = await driver('codeServer');
  const server = await start({ runDir, log: (line) => console.log(line) });
  const url = server.workbenchUrl(firstRun.firstRunTarget(extensionDevelopmentLink(runDir), folder, file));
  console.log(`\nDraft Fact-Check is running in code-server ${install.CODE_SERVER_VERSION}. Open this URL in a browser:\n\n  ${url}\n`);
  console.log('After changing the code: `npm run build` (or keep `npm run watch` running), then "Developer: Reload Window".');
  console.log('Press Ctrl+C to stop the server.');
  const code = await server.exited;
  if (processes.isShuttingDown()) return;
  console.error(
    `code-server exited unexpectedly (code ${code}); last lines of its log:\n${readFileSync(server.logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n')}`,
  );
  process.exitCode = 1;
}
