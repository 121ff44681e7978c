import { CLAIM_KINDS, isClaimKind, type DetectOptions } from '../core/claims/types';
import type { SidecarLocation } from './storage/sidecarLocation';

export type HighlightStyle = 'underline' | 'background' | 'border';
export type DiagnosticsMode = 'off' | 'unverified' | 'all';
export type DiagnosticsSeverity = 'error' | 'warning' | 'information' | 'hint';
export type HighlightEmphasis = 'none' | 'score';

/** A typed snapshot of the factCheck.* settings; read once per change, not per keystroke. */
export interface FactCheckConfig {
  languages: string[];
  detect: DetectOptions;
  highlightsEnabled: boolean;
  highlightStyle: HighlightStyle;
  showUnreviewed: boolean;
  editorName: string;
  sidecarLocation: SidecarLocation;
  diagnostics: DiagnosticsMode;
  diagnosticsSeverity: DiagnosticsSeverity;
  /** `none`, or `score`: claims at or above triageMinScore are drawn stronger. */
  highlightEmphasis: HighlightEmphasis;
  /** Check-worthiness (0..1) from which a claim is one to "check first". */
  triageMinScore: number;
  /** Whether Check Sources may fetch loopback, private-network and link-local addresses (a user or machine setting only). */
  allowPrivateAddresses: boolean;
}

/** Default of factCheck.triage.minScore: measured figures, records, findings, rules and named sources. */
export const DEFAULT_TRIAGE_MIN_SCORE = 0.8;

/** The allowed values of each enum setting (below factCheck.), as package.json lists them (a unit test checks they agree). */
export const SETTING_ENUMS = {
  'highlights.style': ['underline', 'background', 'border'],
  'highlights.emphasis': ['none', 'score'],
  sidecarLocation: ['besideDraft', 'workspaceFolder'],
  'diagnostics.enabled': ['off', 'unverified', 'all'],
  'diagnostics.severity': ['error', 'warning', 'information', 'hint'],
} as const satisfies Record<string, readonly string[]>;

/** What a setting falls back to when it is unset or of the wrong type: package.json's defaults (a unit test keeps them equal). */
export const SETTING_DEFAULTS = {
  languages: ['markdown', 'plaintext'],
  kinds: [...CLAIM_KINDS],
  minScore: 0,
  'triage.minScore': DEFAULT_TRIAGE_MIN_SCORE,
  extraCuePhrases: [],
  ignorePhrases: [],
  'highlights.enabled': true,
  'highlights.style': 'underline',
  'highlights.showUnreviewed': true,
  'highlights.emphasis': 'none',
  editorName: '',
  sidecarLocation: 'besideDraft',
  'diagnostics.enabled': 'off',
  'diagnostics.severity': 'information',
  'sources.allowPrivateAddresses': false,
} as const satisfies { [K in keyof typeof SETTING_ENUMS]: (typeof SETTING_ENUMS)[K][number] } & Record<string, unknown>;

function unitInterval(value: unknown, fallback: number): number {
  const n = Number(value);
  return typeof value === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function oneOf<K extends keyof typeof SETTING_ENUMS>(value: unknown, key: K): (typeof SETTING_ENUMS)[K][number] {
  const allowed: readonly string[] = SETTING_ENUMS[key];
  return typeof value === 'string' && allowed.includes(value) ? (value as (typeof SETTING_ENUMS)[K][number]) : SETTING_DEFAULTS[key];
}

/**
 * The factCheck.* settings from a reader of raw values (vscode's WorkspaceConfiguration.get, or a
 * plain object in tests): unset or mistyped values fall back to the defaults, numbers are clamped.
 */
export function parseSettings(get: (key: string) => unknown): FactCheckConfig {
  const value = (key: keyof typeof SETTING_DEFAULTS): unknown => {
    const raw = get(key);
    return raw === undefined ? SETTING_DEFAULTS[key] : raw;
  };
  const kinds = stringArray(value('kinds')).filter(isClaimKind);
  const minScore = Number(value('minScore'));
  return {
    languages: stringArray(value('languages')),
    detect: {
      kinds: kinds.length > 0 ? kinds : [...CLAIM_KINDS],
      minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : 0,
      extraCues: stringArray(value('extraCuePhrases')),
      ignorePhrases: stringArray(value('ignorePhrases')),
    },
    highlightsEnabled: value('highlights.enabled') !== false,
    highlightStyle: oneOf(value('highlights.style'), 'highlights.style'),
    showUnreviewed: value('highlights.showUnreviewed') !== false,
    editorName: String(value('editorName') ?? '').trim(),
    sidecarLocation: oneOf(value('sidecarLocation'), 'sidecarLocation'),
    diagnostics: oneOf(value('diagnostics.enabled'), 'diagnostics.enabled'),
    diagnosticsSeverity: oneOf(value('diagnostics.severity'), 'diagnostics.severity'),
    highlightEmphasis: oneOf(value('highlights.emphasis'), 'highlights.emphasis'),
    triageMinScore: unitInterval(value('triage.minScore'), DEFAULT_TRIAGE_MIN_SCORE),
    allowPrivateAddresses: value('sources.allowPrivateAddresses') === true,
  };
}
