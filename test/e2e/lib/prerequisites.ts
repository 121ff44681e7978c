import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SetupError } from './codeServerInstall';
import { cacheRoot } from './paths';
import { runCommand } from './processes';
import { missingChromium, missingForCodeServerInstall, onPath, type MachineLookup, type MissingDependency } from './systemDeps';

/**
 * The system packages `npm start` and `npm test` need, found and installed by one module: as root
 * (or with passwordless sudo) on a machine with apt-get they are installed after one line saying
 * what and why; otherwise the run stops with the exact command to type. The decision (planSetup)
 * is pure and the machine is reached only through SetupProbes and AptRunner, so unit tests can
 * play every case.
 */

/** What a run is about to use. */
export interface SetupNeeds {
  /** Chromium, which drives the UI tests and hosts the integration tests. */
  chromium: boolean;
  /** What installing code-server needs (Kerberos headers, ripgrep, a C++ toolchain, python3): only before its one-time install. */
  codeServerInstall: boolean;
}

/** The facts about the machine the decision depends on. */
export interface SetupProbes {
  missing(needs: SetupNeeds): MissingDependency[];
  isRoot(): boolean;
  hasAptGet(): boolean;
  /** `sudo -n true` succeeds: sudo without a password prompt (asked only when not root). */
  hasPasswordlessSudo(): Promise<boolean>;
}

export interface AptResult {
  code: number | null;
  timedOut: boolean;
}

/** Runs one apt-get command line (argv[0] is `apt-get` or `sudo`), output appended to the log. */
export type AptRunner = (argv: readonly string[], timeoutMs: number) => Promise<AptResult>;

export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; missing: MissingDependency[]; packages: string[]; commands: string[][] }
  | { action: 'stop'; missing: MissingDependency[]; reason: string; command?: string };

export const APT_TIMEOUTS = { update: 5 * 60_000, install: 15 * 60_000 } as const;

/** Waits this long for another apt/dpkg (unattended upgrades, a parallel run) instead of failing at once. */
const LOCK_WAIT_SECONDS = 120;

/** Set to 1 to never install anything: the run stops with the command instead. */
export const NO_INSTALL_ENV = 'FACTCHECK_NO_SYSTEM_INSTALL';

export function packagesOf(missing: readonly MissingDependency[]): string[] {
  return [...new Set(missing.map((m) => m.aptPackage))];
}

/** The two apt-get calls, prefixed with sudo -n when not root. */
export function aptCommands(packages: readonly string[], sudo: boolean): string[][] {
  const prefix = sudo ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : [];
  const lock = ['-o', `DPkg::Lock::Timeout=${LOCK_WAIT_SECONDS}`];
  return [
    [...prefix, 'apt-get', ...lock, 'update'],
    [...prefix, 'apt-get', ...lock, 'install', '-y', '--no-install-recommends', ...packages],
  ];
}

/** The line a person pastes to do it by hand. */
export function manualCommand(packages: readonly string[], sudo: boolean): string {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Decides what to do about the missing packages; pure. */
export function planSetup(
  missing: readonly MissingDependency[],
  host: { isRoot: boolean; passwordlessSudo: boolean; aptGet: boolean; installAllowed: boolean },
): SetupPlan {
  if (missing.length === 0) return { action: 'none' };
  const packages = packagesOf(missing);
  const list = [...missing];
  const byHand = missing.filter((m) => m.byHand).map((m) => m.byHand);
  if (byHand.length > 0) return { action: 'stop', missing: list, reason: `Installing packages would not fix this: ${byHand.join('; ')}` };
  if (!host.aptGet) {
    return {
      action: 'stop',
      missing: list,
      reason:
        'apt-get is not available here, so they cannot be installed automatically. Install the equivalent packages with your system package manager',
      command: manualCommand(packages, !host.isRoot),
    };
  }
  if (!host.installAllowed) {
    return {
      action: 'stop',
      missing: list,
      reason: `${NO_INSTALL_ENV} is set, so nothing is installed automatically`,
      command: manualCommand(packages, !host.isRoot),
    };
  }
  if (host.isRoot) return { action: 'install', missing: list, packages, commands: aptCommands(packages, false) };
  if (host.passwordlessSudo) return { action: 'install', missing: list, packages, commands: aptCommands(packages, true) };
  return {
    action: 'stop',
    missing: list,
    reason: 'Installing them needs root, and sudo asks for a password',
    command: manualCommand(packages, true),
  };
}

function listMissing(missing: readonly MissingDependency[]): string {
  return missing.map((m) => `  - ${m.what}: Debian package ${m.aptPackage}`).join('\n');
}

/** The message for a plan that stops: what is missing, why it is not installed, and the command. */
export function stopMessage(plan: Extract<SetupPlan, { action: 'stop' }>): string {
  const chromiumHint = plan.missing.some((m) => m.aptPackage === 'chromium')
    ? '\n(or point CHROME_PATH at an existing Chromium or Chrome binary)'
    : '';
  if (!plan.command) return `Missing system packages:\n${listMissing(plan.missing)}\n${plan.reason}, then run this command again.`;
  return `Missing system packages:\n${listMissing(plan.missing)}\n${plan.reason}. Run:\n  ${plan.command}${chromiumHint}\nthen run this command again.`;
}

export interface EnsureOptions {
  probes: SetupProbes;
  run: AptRunner;
  log: (line: string) => void;
  /** Where apt-get's output goes (the console gets one line before and one after). */
  logFile: string;
  timeouts?: { update: number; install: number };
  /** False: never install, stop with the command (see NO_INSTALL_ENV). */
  installAllowed?: boolean;
}

/**
 * Makes sure the packages a run needs are there, installing them when allowed; throws a
 * SetupError with one clear message and the next step otherwise (never a stack trace, never a hang).
 * Returns the packages it installed.
 */
export async function ensurePrerequisites(needs: SetupNeeds, options: EnsureOptions): Promise<string[]> {
  const { probes, run, log, logFile } = options;
  const timeouts = options.timeouts ?? APT_TIMEOUTS;
  const missing = probes.missing(needs);
  if (missing.length === 0) return [];
  const isRoot = probes.isRoot();
  const aptGet = probes.hasAptGet();
  const passwordlessSudo = !isRoot && aptGet ? await probes.hasPasswordlessSudo() : false;
  const plan = planSetup(missing, { isRoot, passwordlessSudo, aptGet, installAllowed: options.installAllowed ?? true });
  if (plan.action === 'none') return [];
  if (plan.action === 'stop') throw new SetupError(stopMessage(plan));

  const why = plan.missing.map((m) => `${m.aptPackage}: ${m.what}`).join('; ');
  log(`Installing system packages with apt-get${isRoot ? '' : ' (sudo)'}: ${plan.packages.join(' ')} (${why}). One time; log: ${logFile}`);
  const started = Date.now();
  const [update, install] = plan.commands as [string[], string[]];
  for (const [argv, timeoutMs, what] of [
    [update, timeouts.update, 'apt-get update'],
    [install, timeouts.install, `apt-get install ${plan.packages.join(' ')}`],
  ] as const) {
    const result = await run(argv, timeoutMs);
    const byHand = `Fix the cause, or run it by hand:\n  ${manualCommand(plan.packages, !isRoot)}`;
    if (result.timedOut)
      throw new SetupError(
        `${what} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped (network or apt mirror unreachable, or apt locked?). See ${logFile}.\n${byHand}`,
      );
    if (result.code !== 0) throw new SetupError(`${what} failed (exit ${result.code ?? 'signal'}). See ${logFile}.\n${byHand}`);
  }
  const still = probes.missing(needs);
  if (still.length > 0) throw new SetupError(`apt-get finished, but these are still missing:\n${listMissing(still)}\nSee ${logFile}.`);
  log(`Installed ${plan.packages.join(' ')} in ${Math.round((Date.now() - started) / 1000)} s.`);
  return plan.packages;
}

/** What of needs the machine lacks, in the order the messages list them. */
export function missingFor(needs: SetupNeeds, machine?: MachineLookup): MissingDependency[] {
  return [...(needs.chromium ? missingChromium(machine) : []), ...(needs.codeServerInstall ? missingForCodeServerInstall(machine) : [])];
}

/** The real machine. */
export const machineProbes: SetupProbes = {
  missing: (needs) => missingFor(needs),
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  hasAptGet: () => onPath('apt-get') !== undefined,
  hasPasswordlessSudo: async () => {
    if (!onPath('sudo')) return false;
    const result = await runCommand('sudo', ['-n', 'true'], { timeoutMs: 10_000, onOutput: () => undefined });
    return !result.timedOut && result.code === 0;
  },
};

/** Runs apt-get for real, non-interactively, with its output appended to logFile. */
export function aptRunner(logFile: string): AptRunner {
  return async (argv, timeoutMs) => {
    appendFileSync(logFile, `\n$ ${argv.join(' ')}   (${new Date().toISOString()})\n`);
    const [command, ...args] = argv as [string, ...string[]];
    const result = await runCommand(command, args, {
      timeoutMs,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      onOutput: (chunk) => appendFileSync(logFile, chunk),
    });
    return { code: result.code, timedOut: result.timedOut };
  };
}

export function setupLogFile(): string {
  return join(cacheRoot(), 'system-packages-install.log');
}

/** ensurePrerequisites on this machine: the entry `npm start` and `npm test` call. */
export async function ensureMachinePrerequisites(needs: SetupNeeds, log: (line: string) => void = console.log): Promise<string[]> {
  const logFile = setupLogFile();
  if (machineProbes.missing(needs).length > 0) {
    mkdirSync(dirname(logFile), { recursive: true });
    writeFileSync(logFile, '');
  }
  return ensurePrerequisites(needs, {
    probes: machineProbes,
    run: aptRunner(logFile),
    log,
    logFile,
    installAllowed: process.env[NO_INSTALL_ENV] !== '1',
  });
}
