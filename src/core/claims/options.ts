import { CLAIM_KINDS, isClaimKind, type ClaimKind, type DetectOptions } from './types';

/** DetectOptions checked and lower-cased once, so per-sentence work stays cheap. */
export interface ResolvedOptions {
  kinds: ReadonlySet<ClaimKind>;
  minScore: number;
  extraCues: readonly string[];
  ignorePhrases: readonly string[];
  /** Identifies the options in cache keys. */
  key: string;
}

function phrases(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const cleaned = value
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  return [...new Set(cleaned)];
}

/** The options of a scan with no settings (most of them), resolved once: a scan of thousands of short drafts resolves them per draft. */
let defaults: ResolvedOptions | undefined;

/** Tolerates settings typed by hand: unknown kinds and blank phrases are dropped, minScore is clamped. */
export function resolveOptions(options: DetectOptions = {}): ResolvedOptions {
  if (
    options.kinds === undefined &&
    options.minScore === undefined &&
    options.extraCues === undefined &&
    options.ignorePhrases === undefined
  )
    return (defaults ??= resolve({}));
  return resolve(options);
}

function resolve(options: DetectOptions): ResolvedOptions {
  const kinds = Array.isArray(options.kinds) ? options.kinds.filter(isClaimKind) : [...CLAIM_KINDS];
  const min = Number(options.minScore ?? 0);
  const resolved = {
    kinds: new Set(kinds),
    minScore: Number.isFinite(min) ? Math.min(1, Math.max(0, min)) : 0,
    extraCues: phrases(options.extraCues),
    ignorePhrases: phrases(options.ignorePhrases),
  };
  return { ...resolved, key: JSON.stringify([[...resolved.kinds].sort(), resolved.minScore, resolved.extraCues, resolved.ignorePhrases]) };
}
