/**
 * The publishing policy: its defaults, the `.factcheck-policy.json` file the extension and
 * the CLI both read (parsePolicy, with errors that name the file and the field), and
 * layering (mergePolicy: settings, then the file, then command-line flags).
 */
import { describeSyntaxError } from '../annotations/sidecarParse';
import { FieldError } from '../annotations/fieldCheck';
import { placeOfPath } from './jsonPlace';
import { normalizeFailOn, policyFields } from './policyFields';
import type { FailOnCondition, PublishPolicy } from './types';

/** The policy file's name at a workspace (or repository) root. */
export const POLICY_FILE_NAME = '.factcheck-policy.json';

/** No claim disputed, unverified or changed since verification; every claim scoring ≥ 0.7 reviewed; a stale sign-off fails. */
export const DEFAULT_POLICY: Readonly<PublishPolicy> = Object.freeze({
  failOn: ['disputed', 'unverified', 'changed', 'unreviewed', 'stale-sign-off'] as FailOnCondition[],
  minScore: 0.7,
});

export type ParsePolicyResult = { ok: true; policy: Partial<PublishPolicy> } | { ok: false; error: string };

/**
 * Reads a `.factcheck-policy.json`. Never throws: errors start with the file name and say where,
 * e.g. '.factcheck-policy.json: line 3, column 5: expected "," or "}"' or
 * '.factcheck-policy.json: failOn[1]: must be one of …'. Unknown keys are refused (a typo
 * must not silently weaken the gate). Keys left out take their value from the layer below.
 */
export function parsePolicy(text: string, fileName: string = POLICY_FILE_NAME): ParsePolicyResult {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.trim() === '') return { ok: false, error: `${fileName}: empty file (write {} for the defaults)` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: `${fileName}: ${describeSyntaxError(content, error)}` };
  }
  try {
    return { ok: true, policy: policyFields(parsed, '') };
  } catch (error) {
    if (error instanceof FieldError) {
      if (error.message.startsWith('must')) return { ok: false, error: `${fileName}: the file ${error.message}` };
      // 'failOn[1]: …' → also say where: '… (line 3, column 14)'.
      const path = /^([^\s:[]+)(?:\[(\d+)\])?:/.exec(error.message);
      const place = path ? placeOfPath(content, path[1], path[2] === undefined ? undefined : Number(path[2])) : undefined;
      return { ok: false, error: `${fileName}: ${place ? `${place}: ` : ''}${error.message}` };
    }
    throw error;
  }
}

/** The complete policy: the defaults, then each layer's keys in turn (later layers win; undefined layers are skipped). */
export function mergePolicy(...layers: ReadonlyArray<Partial<PublishPolicy> | undefined>): PublishPolicy {
  let failOn = [...DEFAULT_POLICY.failOn];
  let minScore = DEFAULT_POLICY.minScore;
  for (const layer of layers) {
    if (layer?.failOn !== undefined) failOn = normalizeFailOn(layer.failOn);
    if (layer?.minScore !== undefined) minScore = layer.minScore;
  }
  return { failOn, minScore };
}
