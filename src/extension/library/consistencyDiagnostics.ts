import * as vscode from 'vscode';
import type { DraftInsights } from './draftInsights';
import { DisposableBase } from '../../service/disposable';
import type { FactCheckConfiguration } from '../configuration';
import { openDocumentFor } from '../openDocuments';

/** Diagnostic.source of figures-that-disagree diagnostics. */
export const CONSISTENCY_SOURCE = 'Fact-Check consistency';

function enabled(): boolean {
  return vscode.workspace.getConfiguration('factCheck').get<boolean>('consistency.diagnostics', false) === true;
}

/**
 * Figures that disagree as Information diagnostics (opt-in: factCheck.consistency.diagnostics),
 * one per statement, each pointing at the other statements of the same fact.
 */
export class ConsistencyDiagnostics extends DisposableBase {
  private readonly collection = vscode.languages.createDiagnosticCollection('factCheck.consistency');
  private on = enabled();

  constructor(
    private readonly insights: DraftInsights,
    settings: FactCheckConfiguration,
  ) {
    super();
    this._register(
      this.collection,
      insights.onDidChange((uri) => this.update(uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      settings.onDidChange((e) => {
        if (!e.affectsConfiguration('factCheck.consistency.diagnostics')) return;
        this.on = enabled();
        this.collection.clear();
        if (this.on) for (const d of vscode.workspace.textDocuments) this.update(d.uri);
      }),
    );
  }

  private update(uri: vscode.Uri): void {
    const document = openDocumentFor(uri);
    const insight = document && this.on ? this.insights.get(document) : undefined;
    if (!document || !insight) {
      this.collection.delete(uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    for (const found of insight.inconsistencies) {
      const ranges = found.spans.map((span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
      found.spans.forEach((_span, i) => {
        const others = found.values.filter((value, j) => j !== i && value !== found.values[i]);
        const message = vscode.l10n.t(
          'Figures disagree ({0}): {1} here, {2} elsewhere in this draft',
          found.fact,
          found.values[i],
          [...new Set(others)].join('; '),
        );
        const diagnostic = new vscode.Diagnostic(ranges[i], message, vscode.DiagnosticSeverity.Information);
        diagnostic.source = CONSISTENCY_SOURCE;
        diagnostic.relatedInformation = ranges
          .map((range, j) => ({ range, j }))
          .filter(({ j }) => j !== i)
          .map(
            ({ range, j }) =>
              new vscode.DiagnosticRelatedInformation(
                new vscode.Location(document.uri, range),
                vscode.l10n.t('Also stated as {0}', found.values[j]),
              ),
          );
        diagnostics.push(diagnostic);
      });
    }
    this.collection.set(uri, diagnostics);
  }
}
