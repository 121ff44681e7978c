import { CLAIM_KINDS, isClaimKind, type ClaimKind, type DetectOptions } from '../core/claims/types';
import { OUTPUT_FORMATS, isOutputFormat, type OutputFormat } from './format';
import { UsageError, quoteArg } from './io';

/** An option a subcommand accepts: a flag (`--help`) or one taking a value (`--format json`, `--format=json`). */
export interface OptionSpec {
  readonly name: string;
  readonly takesValue: boolean;
  /** Single-letter alias, e.g. 'h' for -h. */
  readonly short?: string;
}

export interface ParsedArgs {
  /** Values per option name, in command-line order (repeatable options keep all). */
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/**
 * Splits arguments into options and positionals. Strict: an unknown option, a missing
 * value, or a value given to a flag is a UsageError. `--` ends the options.
 */
export function parseArgs(args: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const spec = specs.find((s) => `--${s.name}` === written || (s.short !== undefined && `-${s.short}` === written));
    if (!spec) throw new UsageError(`unknown option ${quoteArg(written)} (see draft-factcheck --help)`);
    const inline = written === arg ? undefined : arg.slice(equals + 1);
    if (!spec.takesValue) {
      if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`);
      flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      // A following option is a forgotten value, not a value (--opt=-x passes a dash-led one);
      // a negative number is a value, so that its range check can say what is wrong with it.
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\.?\d/.test(next)))
        throw new UsageError(`option --${spec.name} needs a value`);
      value = next;
      i++;
    }
    values.set(spec.name, [...(values.get(spec.name) ?? []), value]);
  }
  return { values, flags, positionals };
}

export interface ScanArgs {
  readonly help: boolean;
  readonly format: OutputFormat;
  readonly detect: DetectOptions;
  readonly paths: readonly string[];
  /** Extra folders or sidecar files for the claim library (--library, repeatable). */
  readonly library: readonly string[];
  /** --jobs: worker threads (1: none, the main thread scans); absent for the default (see defaultJobs). */
  readonly jobs?: number;
}

/** More threads than this only add memory (and a typo like --jobs 1000 would start that many). */
export const MAX_JOBS = 64;

const SCAN_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', takesValue: false, short: 'h' },
  { name: 'format', takesValue: true, short: 'f' },
  { name: 'min-score', takesValue: true },
  { name: 'kinds', takesValue: true },
  { name: 'extra-cue', takesValue: true },
  { name: 'ignore-phrase', takesValue: true },
  { name: 'library', takesValue: true },
  { name: 'jobs', takesValue: true, short: 'j' },
];

/** `scan` arguments, validated. With --help nothing else is checked. */
export function parseScanArgs(args: readonly string[]): ScanArgs {
  const parsed = parseArgs(args, SCAN_OPTIONS);
  const detect: DetectOptions = {};
  if (parsed.flags.has('help')) return { help: true, format: 'text', detect, paths: [], library: [] };

  const format = lastValue(parsed, 'format') ?? 'text';
  if (!isOutputFormat(format)) throw new UsageError(`unknown format '${quoteArg(format)}' (use ${OUTPUT_FORMATS.join(', ')})`);

  const minScore = lastValue(parsed, 'min-score');
  if (minScore !== undefined) detect.minScore = parseScore(minScore);

  const kindLists = parsed.values.get('kinds');
  if (kindLists) detect.kinds = parseKinds(kindLists);

  const extraCues = phrases(parsed, 'extra-cue');
  if (extraCues.length > 0) detect.extraCues = extraCues;
  const ignorePhrases = phrases(parsed, 'ignore-phrase');
  if (ignorePhrases.length > 0) detect.ignorePhrases = ignorePhrases;

  const library = parsed.values.get('library') ?? [];
  if (library.some((p) => p.trim() === '')) throw new UsageError('--library needs a folder or sidecar file');

  const jobs = lastValue(parsed, 'jobs');

  if (parsed.positionals.length === 0) throw new UsageError('no paths given: name draft files or folders to scan');
  return { help: false, format, detect, paths: parsed.positionals, library, ...(jobs !== undefined ? { jobs: parseJobs(jobs) } : {}) };
}

function parseJobs(value: string): number {
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not '${quoteArg(value)}'`);
  return jobs;
}

/** The last occurrence wins, as with most command-line tools. */
export function lastValue(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.values.get(name)?.at(-1);
}

export function parseScore(value: string): number {
  const score = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  if (!(score >= 0 && score <= 1)) throw new UsageError(`--min-score must be a number from 0 to 1, not '${quoteArg(value)}'`);
  return score;
}

/** Comma-separated, repeatable, case-insensitive; duplicates collapse. */
function parseKinds(lists: readonly string[]): ClaimKind[] {
  const kinds = new Set<ClaimKind>();
  for (const name of lists.flatMap((list) => list.split(','))) {
    const kind = name.trim().toLowerCase();
    if (kind === '') continue;
    if (!isClaimKind(kind))
      throw new UsageError(`unknown claim kind '${quoteArg(name.trim())}' in --kinds (known: ${CLAIM_KINDS.join(', ')})`);
    kinds.add(kind);
  }
  if (kinds.size === 0) throw new UsageError(`--kinds needs at least one kind (${CLAIM_KINDS.join(', ')})`);
  return [...kinds];
}

function phrases(parsed: ParsedArgs, name: string): string[] {
  const given = parsed.values.get(name) ?? [];
  if (given.some((p) => p.trim() === '')) throw new UsageError(`--${name} needs a non-empty phrase`);
  return given.map((p) => p.trim());
}
