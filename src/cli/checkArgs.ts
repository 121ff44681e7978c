import { FAIL_ON_CONDITIONS, type FailOnCondition, type PublishPolicy } from '../core/publish';
import { lastValue, parseArgs, parseScore, type OptionSpec, type ParsedArgs } from './args';
import { UsageError, quoteArg } from './io';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckArgs {
  readonly help: boolean;
  readonly format: CheckFormat;
  /** --policy FILE, when given. */
  readonly policyFile?: string;
  /** --fail-on and --min-score: the top policy layer. */
  readonly overrides: Partial<PublishPolicy>;
  readonly paths: readonly string[];
  /** --allow-empty: finding no draft passes (otherwise it is bad input, as eslint's unmatched pattern). */
  readonly allowEmpty: boolean;
}

/** The policy flags `check` and `report` share. */
export const POLICY_OPTIONS: readonly OptionSpec[] = [
  { name: 'policy', takesValue: true },
  { name: 'fail-on', takesValue: true },
  { name: 'min-score', takesValue: true },
];

const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', takesValue: false, short: 'h' },
  { name: 'format', takesValue: true, short: 'f' },
  { name: 'allow-empty', takesValue: false },
  ...POLICY_OPTIONS,
];

/** --fail-on and --min-score: the top policy layer. */
export function policyOverrides(parsed: ParsedArgs): Partial<PublishPolicy> {
  const overrides: Partial<PublishPolicy> = {};
  const minScore = lastValue(parsed, 'min-score');
  if (minScore !== undefined) overrides.minScore = parseScore(minScore);
  const failOn = lastValue(parsed, 'fail-on');
  if (failOn !== undefined) overrides.failOn = parseFailOn(failOn);
  return overrides;
}

/** `check` arguments, validated. With --help nothing else is checked. */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const parsed = parseArgs(args, CHECK_OPTIONS);
  if (parsed.flags.has('help')) return { help: true, format: 'text', overrides: {}, paths: [], allowEmpty: false };
  const format = lastValue(parsed, 'format') ?? 'text';
  if (!(CHECK_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format '${quoteArg(format)}' for check (use ${CHECK_FORMATS.join(', ')})`);
  const overrides = policyOverrides(parsed);
  if (parsed.positionals.length === 0) throw new UsageError('no paths given: name draft files or folders to check');
  const policyFile = lastValue(parsed, 'policy');
  return {
    help: false,
    format: format as CheckFormat,
    ...(policyFile !== undefined ? { policyFile } : {}),
    overrides,
    paths: parsed.positionals,
    allowEmpty: parsed.flags.has('allow-empty'),
  };
}

/** Comma-separated conditions; "none" for an empty list (nothing blocks). */
function parseFailOn(list: string): FailOnCondition[] {
  if (list.trim().toLowerCase() === 'none') return [];
  const conditions: FailOnCondition[] = [];
  for (const name of list.split(',').map((n) => n.trim().toLowerCase())) {
    if (name === '') continue;
    if (!(FAIL_ON_CONDITIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown condition '${quoteArg(name)}' in --fail-on (known: ${FAIL_ON_CONDITIONS.join(', ')}, or none)`);
    }
    conditions.push(name as FailOnCondition);
  }
  if (conditions.length === 0) throw new UsageError(`--fail-on needs at least one condition (${FAIL_ON_CONDITIONS.join(', ')}) or none`);
  return conditions;
}
