/**
 * Sign-off records: creating one for a draft's text, telling whether it still matches the
 * text (any later change to the text invalidates it), and checking one read from a sidecar.
 */
import { dateTime, field, object, string } from '../annotations/fieldCheck';
import { hashText, HASH_PATTERN } from '../util/hash';
import { failOnField, scoreField } from './policyFields';
import type { PublishPolicy, SignOff } from './types';

/**
 * The hash a sign-off records: hashText of the text without a leading byte order mark and with
 * CRLF and CR line breaks as LF, so a checkout with other line endings (git autocrlf) is not a change.
 */
export function draftTextHash(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return hashText(body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body);
}

/** A sign-off of text by `by` at `now` under policy. Whether the policy holds is the caller's check (evaluatePolicy().canSignOff). */
export function createSignOff(text: string, policy: PublishPolicy, by: string, now: string): SignOff {
  return { by, at: now, textHash: draftTextHash(text), policy: { failOn: [...policy.failOn], minScore: policy.minScore } };
}

/** True when the draft text is still the text that was signed off. */
export function isSignOffValid(signOff: SignOff, text: string): boolean {
  return signOff.textHash === draftTextHash(text);
}

/** Checks a sidecar's signOff field (path names it in errors); unknown keys are kept. */
export function validateSignOff(value: unknown, path: string): SignOff {
  const o = object(value, path);
  string(o.by, field(path, 'by'));
  dateTime(o.at, field(path, 'at'));
  string(o.textHash, field(path, 'textHash'), { pattern: HASH_PATTERN, patternHint: '16 lowercase hex digits' });
  const policyPath = field(path, 'policy');
  const policy = object(o.policy, policyPath);
  failOnField(policy.failOn, field(policyPath, 'failOn'));
  scoreField(policy.minScore, field(policyPath, 'minScore'));
  return o as unknown as SignOff;
}
