import type * as vscode from 'vscode';
import type { DeskDraft, DeskInconsistency, DeskLibraryMatch } from '../../shared/protocol';
import type { DraftInsight } from './draftInsights';
import { conflictSummary, matchSummary } from './libraryLabels';
import type { WorkspaceLibrary } from './workspaceLibrary';

/** The desk's share of a draft insight: worded matches per claim and the figures that disagree, with lines. */
export function deskInsight(
  library: WorkspaceLibrary,
  document: vscode.TextDocument,
  insight: DraftInsight,
): Pick<DeskDraft, 'library' | 'inconsistencies'> {
  const matches: Record<string, DeskLibraryMatch[]> = {};
  for (const [itemId, found] of insight.matches) {
    matches[itemId] = found.map((match) => {
      const path = library.displayPath(match.entry.draft);
      return {
        libraryDraft: match.entry.draft,
        annotationId: match.entry.id,
        summary: match.conflict ? conflictSummary(match, path) : matchSummary(match, path),
        text: match.entry.text,
        status: match.entry.status,
        similarity: match.similarity,
        conflict: match.conflict,
      };
    });
  }
  const inconsistencies: DeskInconsistency[] = insight.inconsistencies.map((found) => ({
    fact: found.fact,
    spans: found.spans.map((span, i) => ({ ...span, value: found.values[i], line: document.positionAt(span.start).line + 1 })),
  }));
  return { library: matches, inconsistencies };
}
