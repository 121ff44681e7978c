import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import { afterActivation } from './afterActivation';
import { needsAttention, styleOf } from './claimStyles';
import type { DiagnosticsMode, DiagnosticsSeverity, FactCheckConfig } from './config';
import { kindLabel, statusLabel } from './labels';
import type { ReviewService } from './reviewService';
import { ReviewSettler } from './reviewSettler';
import { DisposableBase } from '../service/disposable';
import type { FactCheckConfiguration } from './configuration';
import { revealBidiControls } from '../core/text/bidi';

/** Diagnostic.source of every claim diagnostic (quick fixes match on it). */
export const DIAGNOSTIC_SOURCE = 'Fact-Check';
const TYPING_DEBOUNCE_MS = 300;

const SEVERITY: Record<DiagnosticsSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Whether a claim is reported in a mode: "unverified" = flagged or disputed; "all" = everything
 * not verified or dismissed (a verified claim whose text changed since counts: it needs a re-check).
 */
function reported(item: ReviewItem, mode: DiagnosticsMode): boolean {
  if (mode === 'unverified') return item.status === 'unverified' || item.status === 'disputed';
  return mode === 'all' && needsAttention(item);
}

/** Claims in the Problems panel, when the editor opted in (factCheck.diagnostics.enabled). */
export class ClaimDiagnostics extends DisposableBase {
  private readonly collection = vscode.languages.createDiagnosticCollection('factCheck');
  private config: FactCheckConfig;
  private readonly settler: ReviewSettler;

  constructor(
    private readonly review: ReviewService,
    settings: FactCheckConfiguration,
  ) {
    super();
    this.config = settings.current;
    this.settler = new ReviewSettler(review, { typingMs: TYPING_DEBOUNCE_MS, changeMs: 0 }, (document) => this.update(document));
    this._register(
      this.collection,
      this.settler,
      vscode.workspace.onDidOpenTextDocument((document) => this.update(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      settings.onDidChange(() => {
        this.config = settings.current;
        this.updateAll();
      }),
    );
    this._register(afterActivation(() => this.updateAll()));
  }

  private updateAll(): void {
    if (this.config.diagnostics === 'off') {
      this.collection.clear();
      return;
    }
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  private update(document: vscode.TextDocument): void {
    const mode = this.config.diagnostics;
    if (mode === 'off' || document.isClosed || !this.review.isDraft(document)) {
      this.collection.delete(document.uri);
      return;
    }
    this.settler.markSettled(document);
    const severity = SEVERITY[this.config.diagnosticsSeverity];
    const diagnostics = this.review
      .getReview(document)
      .items.filter((item) => reported(item, mode))
      .map((item) => {
        const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
        const status = styleOf(item) === 'changed' ? vscode.l10n.t('changed since verification') : statusLabel(item.status).toLowerCase();
        const message = vscode.l10n.t('{0} claim: {1} ({2})', kindLabel(item.kind), item.reason, status);
        const diagnostic = new vscode.Diagnostic(range, revealBidiControls(message), severity);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = item.kind;
        return diagnostic;
      });
    this.collection.set(document.uri, diagnostics);
  }

  private forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }
}
