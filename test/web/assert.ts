/**
 * The few assertions the web suites use: node:assert does not exist in the web worker extension host
 * (and esbuild.mjs refuses Node built-ins in browser bundles).
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected))
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

/** Structural equality of JSON-like values (what sidecars and reviews are made of). */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (show(actual) !== show(expected))
    throw new AssertionError(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) throw new AssertionError(`${message ? `${message}: ` : ''}${show(actual)} does not match ${pattern}`);
}
