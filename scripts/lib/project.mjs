// Where things are, the dev build, and the compiled e2e driver library the scripts reuse
// (test/e2e/lib is TypeScript; esbuild transpiles it to out/test/e2e/lib).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace');
export const INTEGRATION_OUT = join(ROOT, 'out', 'test', 'integration');
export const E2E_OUT = join(ROOT, 'out', 'test', 'e2e');
export const MOCHA_BIN = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
export const STATS_REPORTER = join(ROOT, 'scripts', 'lib', 'statsReporter.cjs');

/** The dev build: dist/ bundles plus src/ and test/ transpiled to out/. */
export function build() {
  const result = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`Build failed (node esbuild.mjs exited ${result.status ?? result.signal})`);
}

/** Imports one compiled module of the e2e driver library; build() first. */
export async function driver(name) {
  const file = join(E2E_OUT, 'lib', `${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: the build did not produce the e2e driver library`);
  const module = await import(pathToFileURL(file).href);
  return module.default ?? module;
}

/**
 * Runs a command in the foreground (same process group, so Ctrl+C reaches it too), output passed
 * through; resolves with its exit code, or rejects when timeoutMs runs out (after killing it).
 */
export function runForeground(command, args, { timeoutMs, env = process.env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} ran out of time after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}
