import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { get } from 'node:http';

/**
 * Children started in their own process group (detached), so stopping one stops everything it
 * spawned (code-server leaves a file-watcher child behind otherwise). Because they are not in
 * the terminal's group, Ctrl+C reaches only us: the handlers below pass it on.
 */
const liveGroups = new Set<number>();
let handlersInstalled = false;
let shuttingDown = false;

/** True once a signal asked us to stop: children exiting now is expected, not a crash. */
export function isShuttingDown(): boolean {
  return shuttingDown;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Last resort on any exit path: synchronous, so it runs even from process.exit().
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      shuttingDown = true;
      console.error(`\n${signal}: stopping ${liveGroups.size} child process group(s) …`);
      void stopAllGroups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Spawns a command as the leader of a new process group and tracks it until it exits. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  installHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    // The leader exiting does not end its group (watchers linger), so only forget it once stopped.
    child.once('exit', () => {
      if (!groupAlive(pid)) liveGroups.delete(pid);
    });
  }
  return child;
}

/** SIGTERM to the whole group, SIGKILL after graceMs; resolves once no member is left. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await delay(50);
  if (groupAlive(pid)) {
    killGroup(pid, 'SIGKILL');
    const hardDeadline = Date.now() + 2000;
    while (groupAlive(pid) && Date.now() < hardDeadline) await delay(50);
  }
  liveGroups.delete(pid);
}

export async function stopAllGroups(): Promise<void> {
  await Promise.all(
    [...liveGroups].map(async (pid) => {
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + 3000;
      while (groupAlive(pid) && Date.now() < deadline) await delay(50);
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    }),
  );
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A port the OS says is free on 127.0.0.1 now (callers retry if someone takes it first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('No free port found'))));
    });
  });
}

/** Resolves with the HTTP status of a GET, or undefined when nothing answers. */
export function httpStatus(url: string, timeoutMs = 1000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.setTimeout(timeoutMs, () => request.destroy());
    request.once('error', () => resolve(undefined));
  });
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

/**
 * Runs a command to completion in its own group, output passed through (or to onOutput),
 * killing the whole group when timeoutMs runs out.
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { timeoutMs: number; onOutput?: (chunk: string) => void },
): Promise<CommandResult> {
  const { timeoutMs, onOutput, ...spawnOptions } = options;
  const child = spawnGroup(command, args, {
    ...spawnOptions,
    stdio: onOutput ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  if (onOutput) {
    child.stdout?.setEncoding('utf8').on('data', onOutput);
    child.stderr?.setEncoding('utf8').on('data', onOutput);
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopGroup(child);
  }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s]));
  });
  clearTimeout(timer);
  // Reap anything the command left running in its group.
  await stopGroup(child, 1000);
  return { code, signal, timedOut };
}
