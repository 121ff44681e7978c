/**
 * A tiny path-aware reader for untrusted JSON: every check either returns the value
 * with its type, or throws a FieldError whose message names the field, e.g.
 * 'annotations[3].status: must be one of unreviewed, verified, …'.
 */
export class FieldError extends Error {
  override readonly name = 'FieldError';
}

export type Json = Record<string, unknown>;

/** ISO 8601 date and time with a zone, as Date.prototype.toISOString writes (seconds optional). */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export function fail(path: string, problem: string): never {
  throw new FieldError(path === '' ? problem : `${path}: ${problem}`);
}

export function field(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function object(value: unknown, path: string): Json {
  if (value === undefined) fail(path, 'missing (must be an object)');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `must be an object, not ${describe(value)}`);
  return value as Json;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, value === undefined ? 'missing (must be a list)' : `must be a list, not ${describe(value)}`);
  return value;
}

export function string(value: unknown, path: string, options: { nonEmpty?: boolean; pattern?: RegExp; patternHint?: string } = {}): string {
  if (typeof value !== 'string') fail(path, value === undefined ? 'missing (must be text)' : `must be text, not ${describe(value)}`);
  if (options.nonEmpty && value.trim() === '') fail(path, 'must not be empty');
  if (options.pattern && !options.pattern.test(value))
    fail(path, `${describe(value)} is not ${options.patternHint ?? `of the form ${options.pattern.source}`}`);
  return value;
}

export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : string(value, path);
}

export function dateTime(value: unknown, path: string): string {
  const text = string(value, path, { pattern: ISO_DATE_TIME, patternHint: 'a date and time like 2026-01-31T09:30:00.000Z' });
  if (Number.isNaN(Date.parse(text))) fail(path, `${describe(text)} is not a real date`);
  return text;
}

export function integer(value: unknown, path: string, minimum = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(path, value === undefined ? 'missing (must be a whole number)' : `must be a whole number, not ${describe(value)}`);
  if (value < minimum) fail(path, `must be at least ${minimum}, not ${value}`);
  return value;
}

export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(path, `must be true or false, not ${describe(value)}`);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `must be one of ${allowed.join(', ')} (${value === undefined ? 'missing' : `not ${describe(value)}`})`);
  }
  return value as T;
}
