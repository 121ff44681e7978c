import * as vscode from 'vscode';
import { parseSettings, type FactCheckConfig } from '../service/settings';

export type { SidecarLocation } from '../service/storage/sidecarLocation';
export { DEFAULT_TRIAGE_MIN_SCORE } from '../service/settings';
export type { DiagnosticsMode, DiagnosticsSeverity, FactCheckConfig, HighlightEmphasis, HighlightStyle } from '../service/settings';

/** The factCheck.* settings of the window (or of a resource's folder), parsed by the service layer. */
export function readConfig(scope?: vscode.ConfigurationScope): FactCheckConfig {
  const c = vscode.workspace.getConfiguration('factCheck', scope);
  return parseSettings((key) => c.get(key));
}
