import type * as vscode from 'vscode';
import type { DeskDraft, DeskInconsistency, DeskLibraryMatch } from '../../shared/protocol';
import type { DraftInsight } from './draftInsights';
import { conflictSummary, matchSummary } from './libraryLabels';
import type { WorkspaceLibrary } from './workspaceLibrary';

type DeskShare = Pick<DeskDraft, 'library' | 'inconsistencies'>;

/**
 * Each insight's desk share, for the document version it was worded for: every desk snapshot (each typing pause, each
 * status set) asks again, and a long draft has thousands of matches to word, while an insight changes only when the
 * library is matched again.
 */
const worded = new WeakMap<DraftInsight, { version: number; share: DeskShare }>();

/** The desk's share of a draft insight: worded matches per claim and the figures that disagree, with lines. */
export function deskInsight(library: WorkspaceLibrary, document: vscode.TextDocument, insight: DraftInsight): DeskShare {
  const cached = worded.get(insight);
  if (cached?.version === document.version) return cached.share;
  const share = word(library, document, insight);
  worded.set(insight, { version: document.version, share });
  return share;
}

function word(library: WorkspaceLibrary, document: vscode.TextDocument, insight: DraftInsight): DeskShare {
  const matches: Record<string, DeskLibraryMatch[]> = {};
  // Many matches name the same few drafts.
  const paths = new Map<string, string>();
  const displayPath = (draft: string) => {
    let path = paths.get(draft);
    if (path === undefined) {
      path = library.displayPath(draft);
      paths.set(draft, path);
    }
    return path;
  };
  for (const [itemId, found] of insight.matches) {
    matches[itemId] = found.map((match) => {
      const path = displayPath(match.entry.draft);
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
