import * as vscode from 'vscode';
import { CLAIM_KINDS, isClaimKind, type DetectOptions } from '../core/claims/types';
import type { SidecarLocation } from '../service/storage/sidecarLocation';

export type { SidecarLocation };

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
}

/** Default of factCheck.triage.minScore: measured figures, records, findings, rules and named sources. */
export const DEFAULT_TRIAGE_MIN_SCORE = 0.8;

function unitInterval(value: unknown, fallback: number): number {
  const n = Number(value);
  return typeof value === 'number' && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readConfig(scope?: vscode.ConfigurationScope): FactCheckConfig {
  const c = vscode.workspace.getConfiguration('factCheck', scope);
  const kinds = stringArray(c.get('kinds')).filter(isClaimKind);
  const minScore = Number(c.get('minScore', 0));
  return {
    languages: stringArray(c.get('languages', ['markdown', 'plaintext'])),
    detect: {
      kinds: kinds.length > 0 ? kinds : [...CLAIM_KINDS],
      minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : 0,
      extraCues: stringArray(c.get('extraCuePhrases')),
      ignorePhrases: stringArray(c.get('ignorePhrases')),
    },
    highlightsEnabled: c.get<boolean>('highlights.enabled', true) !== false,
    highlightStyle: oneOf(c.get('highlights.style'), ['underline', 'background', 'border'] as const, 'underline'),
    showUnreviewed: c.get<boolean>('highlights.showUnreviewed', true) !== false,
    editorName: String(c.get('editorName', '') ?? '').trim(),
    sidecarLocation: oneOf(c.get('sidecarLocation'), ['besideDraft', 'workspaceFolder'] as const, 'besideDraft'),
    diagnostics: oneOf(c.get('diagnostics.enabled'), ['off', 'unverified', 'all'] as const, 'off'),
    diagnosticsSeverity: oneOf(c.get('diagnostics.severity'), ['error', 'warning', 'information', 'hint'] as const, 'information'),
    highlightEmphasis: oneOf(c.get('highlights.emphasis'), ['none', 'score'] as const, 'none'),
    triageMinScore: unitInterval(c.get('triage.minScore'), DEFAULT_TRIAGE_MIN_SCORE),
  };
}
