import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupError } from '../../e2e/lib/codeServerInstall';
import {
  aptRunner,
  ensurePrerequisites,
  missingFor,
  planSetup,
  stopMessage,
  type AptRunner,
  type SetupNeeds,
  type SetupProbes,
} from '../../e2e/lib/prerequisites';
import { missingChromium, type MachineLookup, type MissingDependency } from '../../e2e/lib/systemDeps';

const ALL_NEEDS: SetupNeeds = { chromium: true, codeServerInstall: true };

/** What is missing when CHROME_PATH names a file that is not there. */
const missingChromiumAt = (chromePath: string) => missingChromium(machineWithout('chromium'), chromePath);

/** A machine that has every tool except the named commands/files. */
function machineWithout(...absent: string[]): MachineLookup {
  const gone = new Set(absent);
  return {
    fileExists: (path) => !(gone.has('krb5.h') && path.endsWith('krb5.h')),
    onPath: (command) => (gone.has(command) ? undefined : `/usr/bin/${command}`),
    chromiumPath: () => (gone.has('chromium') ? undefined : '/usr/bin/chromium'),
  };
}

interface FakeMachine {
  probes: SetupProbes;
  run: AptRunner;
  calls: string[][];
  lines: string[];
  sudoAsked: () => number;
}

/**
 * A machine whose missing packages appear once `apt-get install` names them (unless installWorks is
 * false), with apt results scripted per call.
 */
function fakeMachine(
  missing: MissingDependency[],
  host: { root: boolean; apt: boolean; sudo?: boolean },
  aptResults: { code: number | null; timedOut: boolean }[] = [],
  installWorks = true,
): FakeMachine {
  let still = [...missing];
  const calls: string[][] = [];
  const lines: string[] = [];
  let sudoAsked = 0;
  const probes: SetupProbes = {
    missing: () => [...still],
    isRoot: () => host.root,
    hasAptGet: () => host.apt,
    hasPasswordlessSudo: async () => {
      sudoAsked++;
      return host.sudo ?? false;
    },
  };
  const run: AptRunner = async (argv) => {
    calls.push([...argv]);
    const result = aptResults[calls.length - 1] ?? { code: 0, timedOut: false };
    if (result.code === 0 && installWorks && argv.includes('install')) still = still.filter((m) => !argv.includes(m.aptPackage));
    return result;
  };
  return { probes, run, calls, lines, sudoAsked: () => sudoAsked };
}

async function ensure(machine: FakeMachine, needs: SetupNeeds = ALL_NEEDS, installAllowed = true): Promise<string[]> {
  return ensurePrerequisites(needs, {
    probes: machine.probes,
    run: machine.run,
    log: (line) => machine.lines.push(line),
    logFile: '/tmp/setup.log',
    installAllowed,
    timeouts: { update: 1000, install: 2000 },
  });
}

async function setupError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SetupError, `expected a SetupError, got ${String(error)}`);
    assert.doesNotMatch(error.message, /\n\s+at /, 'no stack trace in the message');
    return error.message;
  }
  assert.fail('expected the set-up to stop with a SetupError');
}

const chromium: MissingDependency = { what: 'Chromium (for the UI and integration tests)', aptPackage: 'chromium' };
const ripgrep: MissingDependency = { what: 'ripgrep', aptPackage: 'ripgrep' };

describe('system prerequisites', () => {
  describe('what is missing', () => {
    const cases: [string, string[], string][] = [
      ['chromium', ['chromium'], 'chromium'],
      ['Kerberos headers', ['krb5.h'], 'libkrb5-dev'],
      ['ripgrep', ['rg'], 'ripgrep'],
      ['make', ['make'], 'build-essential'],
      ['g++ and c++', ['g++', 'c++'], 'build-essential'],
      ['python3', ['python3'], 'python3'],
    ];
    for (const [label, absent, aptPackage] of cases) {
      it(`maps a missing ${label} to the Debian package ${aptPackage}`, () => {
        assert.deepEqual(
          missingFor(ALL_NEEDS, machineWithout(...absent)).map((m) => m.aptPackage),
          [aptPackage],
        );
      });
    }

    it('accepts c++ where g++ is absent', () => {
      assert.deepEqual(missingFor(ALL_NEEDS, machineWithout('g++')), []);
    });

    it('asks only for what the run needs', () => {
      const bare = machineWithout('chromium', 'krb5.h', 'rg', 'make', 'python3');
      assert.deepEqual(missingFor({ chromium: false, codeServerInstall: false }, bare), []);
      assert.deepEqual(
        missingFor({ chromium: true, codeServerInstall: false }, bare).map((m) => m.aptPackage),
        ['chromium'],
      );
      assert.deepEqual(
        missingFor({ chromium: false, codeServerInstall: true }, bare).map((m) => m.aptPackage),
        ['libkrb5-dev', 'ripgrep', 'build-essential', 'python3'],
      );
    });
  });

  describe('the decision', () => {
    const host = { isRoot: true, passwordlessSudo: false, aptGet: true, installAllowed: true };

    it('does nothing when nothing is missing, whoever runs it', () => {
      assert.deepEqual(planSetup([], { ...host, isRoot: false, aptGet: false }), { action: 'none' });
    });

    it('installs as root with apt-get update, then one install of every missing package (each package once)', () => {
      const plan = planSetup(
        [chromium, ripgrep, { what: 'make', aptPackage: 'build-essential' }, { what: 'g++', aptPackage: 'build-essential' }],
        host,
      );
      assert.equal(plan.action, 'install');
      if (plan.action !== 'install') return;
      assert.deepEqual(plan.packages, ['chromium', 'ripgrep', 'build-essential']);
      assert.equal(plan.commands.length, 2);
      assert.deepEqual(plan.commands[0]!.slice(-1), ['update']);
      assert.equal(plan.commands[0]![0], 'apt-get');
      assert.deepEqual(plan.commands[1]!.slice(-6), ['install', '-y', '--no-install-recommends', 'chromium', 'ripgrep', 'build-essential']);
    });

    it('uses sudo -n (never a password prompt) when not root but sudo needs no password', () => {
      const plan = planSetup([ripgrep], { ...host, isRoot: false, passwordlessSudo: true });
      assert.equal(plan.action, 'install');
      if (plan.action !== 'install') return;
      for (const command of plan.commands) assert.deepEqual(command.slice(0, 4), ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive']);
    });

    it('stops with the sudo command when not root and sudo asks for a password', () => {
      const plan = planSetup([chromium], { ...host, isRoot: false });
      assert.equal(plan.action, 'stop');
      if (plan.action !== 'stop') return;
      assert.equal(plan.command, 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
    });

    it('stops when there is no apt-get, even as root', () => {
      const plan = planSetup([ripgrep], { ...host, aptGet: false });
      assert.equal(plan.action, 'stop');
      if (plan.action !== 'stop') return;
      assert.match(plan.reason, /apt-get is not available/);
      assert.equal(plan.command, 'apt-get update && apt-get install -y --no-install-recommends ripgrep');
    });

    it('stops without installing when CHROME_PATH points nowhere: apt cannot fix that', () => {
      const wrongPath = missingChromiumAt('/opt/nowhere/chrome');
      const plan = planSetup(wrongPath, host);
      assert.equal(plan.action, 'stop');
      if (plan.action !== 'stop') return;
      assert.match(plan.reason, /would not fix this: point CHROME_PATH at an existing Chromium/);
      assert.match(stopMessage(plan), /Chromium at CHROME_PATH=\/opt\/nowhere\/chrome/);
      assert.doesNotMatch(stopMessage(plan), /apt-get install/, 'no install command that would not help');
    });

    it('stops when installing is turned off', () => {
      assert.equal(planSetup([ripgrep], { ...host, installAllowed: false }).action, 'stop');
    });
  });

  describe('running it', () => {
    it('touches nothing when nothing is missing', async () => {
      const machine = fakeMachine([], { root: false, apt: false });
      assert.deepEqual(await ensure(machine), []);
      assert.deepEqual(machine.calls, []);
      assert.deepEqual(machine.lines, []);
      assert.equal(machine.sudoAsked(), 0);
    });

    it('as root: one line saying what and why, apt-get update once, then the install; returns what it installed', async () => {
      const machine = fakeMachine([chromium, ripgrep], { root: true, apt: true });
      assert.deepEqual(await ensure(machine), ['chromium', 'ripgrep']);
      assert.equal(machine.calls.length, 2);
      assert.ok(machine.calls[0]!.includes('update'));
      assert.ok(machine.calls[1]!.includes('install'));
      assert.equal(machine.sudoAsked(), 0, 'root never asks sudo');
      assert.match(
        machine.lines[0]!,
        /^Installing system packages with apt-get: chromium ripgrep \(chromium: Chromium .*; ripgrep: ripgrep\)\. One time; log: \/tmp\/setup\.log$/,
      );
      assert.match(machine.lines.at(-1)!, /^Installed chromium ripgrep in \d+ s\.$/);
    });

    it('not root with passwordless sudo: installs through sudo', async () => {
      const machine = fakeMachine([ripgrep], { root: false, apt: true, sudo: true });
      assert.deepEqual(await ensure(machine), ['ripgrep']);
      assert.ok(machine.calls.every((argv) => argv[0] === 'sudo'));
      assert.match(machine.lines[0]!, /with apt-get \(sudo\)/);
    });

    it('not root without sudo: one message with the exact command, nothing run', async () => {
      const machine = fakeMachine([chromium], { root: false, apt: true, sudo: false });
      const message = await setupError(ensure(machine));
      assert.match(message, /Chromium .*: Debian package chromium/);
      assert.match(message, /needs root/);
      assert.ok(message.includes('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium'), message);
      assert.match(message, /CHROME_PATH/);
      assert.deepEqual(machine.calls, []);
    });

    it('no apt-get: one message naming the packages, nothing run, sudo not asked', async () => {
      const machine = fakeMachine([ripgrep], { root: true, apt: false });
      const message = await setupError(ensure(machine));
      assert.match(message, /ripgrep: Debian package ripgrep/);
      assert.match(message, /apt-get is not available/);
      assert.doesNotMatch(message, /CHROME_PATH/);
      assert.deepEqual(machine.calls, []);
      assert.equal(machine.sudoAsked(), 0);
    });

    it('apt-get update failing: stops before installing, with the log and the command', async () => {
      const machine = fakeMachine([ripgrep], { root: true, apt: true }, [{ code: 100, timedOut: false }]);
      const message = await setupError(ensure(machine));
      assert.match(message, /^apt-get update failed \(exit 100\)\. See \/tmp\/setup\.log\./);
      assert.ok(message.includes('apt-get update && apt-get install -y --no-install-recommends ripgrep'));
      assert.equal(machine.calls.length, 1, 'no install after a failed update');
    });

    it('apt-get install timing out: says so with the time limit', async () => {
      const machine = fakeMachine([ripgrep], { root: true, apt: true }, [
        { code: 0, timedOut: false },
        { code: null, timedOut: true },
      ]);
      const message = await setupError(ensure(machine));
      assert.match(message, /^apt-get install ripgrep did not finish within 2 s and was stopped/);
    });

    it('a package still missing after a successful install is an error, not a pass', async () => {
      const machine = fakeMachine([chromium], { root: true, apt: true }, [], false);
      const message = await setupError(ensure(machine));
      assert.match(message, /still missing:\n {2}- Chromium .*chromium/);
    });

    it('installing turned off: stops with the command', async () => {
      const machine = fakeMachine([ripgrep], { root: true, apt: true });
      const message = await setupError(ensure(machine, ALL_NEEDS, false));
      assert.match(message, /FACTCHECK_NO_SYSTEM_INSTALL is set/);
      assert.deepEqual(machine.calls, []);
    });
  });

  describe('the real apt runner', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fc-prereq-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the command and its output to the log', async () => {
      const log = join(dir, 'apt.log');
      const result = await aptRunner(log)(['sh', '-c', 'echo fetched; echo warned >&2; exit 3'], 10_000);
      assert.deepEqual(result, { code: 3, timedOut: false });
      const text = readFileSync(log, 'utf8');
      assert.match(text, /\$ sh -c echo fetched/);
      assert.match(text, /fetched\n/);
      assert.match(text, /warned\n/);
    });

    it('stops a command that runs past its time limit', async () => {
      const started = Date.now();
      const result = await aptRunner(join(dir, 'apt.log'))(['sleep', '30'], 300);
      assert.equal(result.timedOut, true);
      assert.ok(Date.now() - started < 10_000, 'returned soon after the limit');
    });
  });
});
