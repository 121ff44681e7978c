/** Checks of policy values read from untrusted JSON (a policy file, a sidecar's signOff), naming the field in errors. */
import { array, fail, field, object, oneOf, type Json } from '../annotations/fieldCheck';
import { FAIL_ON_CONDITIONS, type FailOnCondition, type PublishPolicy } from './types';

/** `$schema` is allowed so editors can validate the file against schemas/factcheck-policy.schema.json. */
const POLICY_KEYS = ['$schema', 'failOn', 'minScore'];

/** failOn in canonical order, duplicates dropped. */
export function normalizeFailOn(conditions: readonly FailOnCondition[]): FailOnCondition[] {
  return FAIL_ON_CONDITIONS.filter((c) => conditions.includes(c));
}

/** A score in 0..1, or a FieldError naming path. */
export function scoreField(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `must be a number from 0 to 1, not ${JSON.stringify(value) ?? 'missing'}`);
  if (value < 0 || value > 1) fail(path, `must be from 0 to 1, not ${value}`);
  return value;
}

export function failOnField(value: unknown, path: string): FailOnCondition[] {
  return normalizeFailOn(array(value, path).map((c, i) => oneOf(c, FAIL_ON_CONDITIONS, field(path, i))));
}

/** Checks a policy file's object: every key is optional, unknown keys are refused. */
export function policyFields(value: unknown, path: string): Partial<PublishPolicy> {
  const o: Json = object(value, path);
  for (const key of Object.keys(o)) {
    if (!POLICY_KEYS.includes(key)) fail(field(path, key), `unknown setting (known: failOn, minScore)`);
  }
  const policy: Partial<PublishPolicy> = {};
  if (o.failOn !== undefined) policy.failOn = failOnField(o.failOn, field(path, 'failOn'));
  if (o.minScore !== undefined) policy.minScore = scoreField(o.minScore, field(path, 'minScore'));
  return policy;
}
