import * as vscode from 'vscode';
import type { ReviewItem } from '../../core/review/types';
import { claimArgument } from '../claimTarget';
import { CommandId } from '../commandIds';
import { commandLink, escapeMarkdown } from '../markdown';
import type { DraftInsights } from './draftInsights';
import { conflictSummary, matchSummary } from './libraryLabels';
import type { ReuseArgument } from './reuseCommand';

/** Extra hover lines (already escaped markdown) from the claim library and the consistency check. */
export interface HoverExtras {
  lines?: string[];
}

/** At most this many library lines in a hover; the desk lists them all. */
const MAX_MATCHES = 3;

/**
 * "Verified in port-strike.md on 3 Dec by Ana, 2 sources · Reuse", "Another draft says 74 ships (…)"
 * and "Elsewhere in this draft: 460 employees" for one claim. Every value from a sidecar or draft is escaped.
 */
export function libraryHoverExtras(insights: DraftInsights, document: vscode.TextDocument, item: ReviewItem): HoverExtras {
  const lines: string[] = [];
  const library = insights.library;
  for (const match of insights.matchesFor(document, item).slice(0, MAX_MATCHES)) {
    const path = library.displayPath(match.entry.draft);
    if (match.conflict) {
      lines.push(`⚠ ${escapeMarkdown(conflictSummary(match, path))}`);
      continue;
    }
    const arg: ReuseArgument = { ...claimArgument(document.uri, item), libraryDraft: match.entry.draft, annotationId: match.entry.id };
    lines.push(
      `${escapeMarkdown(matchSummary(match, path))} · ${commandLink(vscode.l10n.t('Reuse'), CommandId.ReuseVerification, arg, vscode.l10n.t('Copy its status and sources to this claim'))}`,
    );
  }
  const insight = insights.get(document);
  for (const found of insight?.inconsistencies ?? []) {
    const here = found.spans.findIndex((span) => span.start < item.end && item.start < span.end);
    if (here < 0) continue;
    const others = found.values.filter((value, i) => i !== here && value !== found.values[here]);
    if (others.length > 0)
      lines.push(`⚠ ${escapeMarkdown(vscode.l10n.t('Elsewhere in this draft: {0}', [...new Set(others)].join('; ')))}`);
  }
  return { lines };
}
