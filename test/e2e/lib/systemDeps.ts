import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Something the machine lacks, with the Debian package that provides it. */
export interface MissingDependency {
  what: string;
  aptPackage: string;
  /** Set when installing the package would not help: what to do instead. */
  byHand?: string;
}

export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** The Chromium playwright drives: CHROME_PATH when set, else Debian's. */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROME_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return onPath('chromium') ?? onPath('chromium-browser');
}

/** How the checks below look at the machine; unit tests pass their own. */
export interface MachineLookup {
  fileExists(path: string): boolean;
  onPath(command: string): string | undefined;
  chromiumPath(): string | undefined;
}

const thisMachine: MachineLookup = { fileExists: existsSync, onPath, chromiumPath };

/** What building code-server's native modules offline needs (see installCodeServer). */
export function missingForCodeServerInstall(machine: MachineLookup = thisMachine): MissingDependency[] {
  const missing: MissingDependency[] = [];
  if (!machine.fileExists('/usr/include/krb5.h') && !machine.fileExists('/usr/include/krb5/krb5.h'))
    missing.push({ what: 'Kerberos headers (for the kerberos native module)', aptPackage: 'libkrb5-dev' });
  if (!machine.onPath('rg')) missing.push({ what: 'ripgrep (code-server cannot download its own here)', aptPackage: 'ripgrep' });
  if (!machine.onPath('make') || !(machine.onPath('g++') ?? machine.onPath('c++')))
    missing.push({ what: 'a C++ toolchain for node-gyp', aptPackage: 'build-essential' });
  if (!machine.onPath('python3')) missing.push({ what: 'python3 for node-gyp', aptPackage: 'python3' });
  return missing;
}

export function missingChromium(machine: MachineLookup = thisMachine, chromePath = process.env.CHROME_PATH): MissingDependency[] {
  if (machine.chromiumPath()) return [];
  if (!chromePath) return [{ what: 'Chromium (for the UI and integration tests)', aptPackage: 'chromium' }];
  return [
    {
      what: `Chromium at CHROME_PATH=${chromePath}`,
      aptPackage: 'chromium',
      byHand: `point CHROME_PATH at an existing Chromium or Chrome binary, or unset it to use Debian's chromium`,
    },
  ];
}

/** The one line to paste, or undefined when nothing is missing. */
export function describeMissing(missing: readonly MissingDependency[]): string | undefined {
  if (missing.length === 0) return undefined;
  const lines = missing.map((m) => `  - ${m.what}: Debian package ${m.aptPackage}`);
  const packages = [...new Set(missing.map((m) => m.aptPackage))].join(' ');
  const chromiumHint = missing.some((m) => m.aptPackage === 'chromium')
    ? '\n(or point CHROME_PATH at an existing Chromium/Chrome binary)'
    : '';
  return `Missing system packages:\n${lines.join('\n')}\nInstall them with:\n  apt-get update && apt-get install -y ${packages}${chromiumHint}`;
}
