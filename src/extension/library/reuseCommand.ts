import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/types';
import type { LibraryMatch } from '../../core/library';
import { isClaimArgument, resolveClaim, type ClaimArgument } from '../claimTarget';
import { CommandId } from '../commandIds';
import { truncate } from '../markdown';
import type { ReviewService } from '../reviewService';
import type { DraftInsights } from './draftInsights';
import { matchSummary } from './libraryLabels';
import { registerReportingCommand } from '../reportingCommand';

/** `factCheck.reuseVerification` arguments: the claim, and which library annotation to reuse. */
export interface ReuseArgument extends ClaimArgument {
  /** The library draft (its URI string) and annotation id; without them the editor picks among the matches. */
  libraryDraft?: string;
  annotationId?: string;
}

/**
 * Copies a verification from the claim library onto a claim: its status and sources, with a
 * `reused` history entry (`path#id`). Only on request, never automatically; conflicts (other
 * figures) are never offered.
 */
export class ReuseVerificationCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly review: ReviewService,
    private readonly insights: DraftInsights,
  ) {
    this.registration = registerReportingCommand(CommandId.ReuseVerification, (arg) => this.run(arg));
  }

  async run(arg: unknown): Promise<Annotation | undefined> {
    const target = await resolveClaim(this.review, arg, vscode.l10n.t('Which claim should reuse a verification?'));
    if (!target) return undefined;
    const { document, item } = target;
    const library = this.insights.library;
    let match: LibraryMatch | undefined;
    const wanted = isClaimArgument(arg) ? (arg as ReuseArgument) : undefined;
    if (typeof wanted?.libraryDraft === 'string' && typeof wanted.annotationId === 'string') {
      const entry = library.entry(wanted.libraryDraft, wanted.annotationId);
      if (!entry) throw new Error(vscode.l10n.t('That annotation is no longer in the claim library (its draft or sidecar changed).'));
      match = this.insights.matchesFor(document, item).find((m) => m.entry.draft === entry.draft && m.entry.id === entry.id);
      if (!match) throw new Error(vscode.l10n.t('That annotation does not state the same fact as this claim any more.'));
    } else {
      const offers = this.insights.matchesFor(document, item).filter((m) => !m.conflict);
      if (offers.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The claim library has no verification of this claim.'));
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        offers.map((m) => ({ label: truncate(m.entry.text, 100), detail: matchSummary(m, library.displayPath(m.entry.draft)), match: m })),
        { placeHolder: vscode.l10n.t('Reuse which verification?') },
      );
      match = picked?.match;
    }
    if (!match) return undefined;
    if (match.conflict)
      throw new Error(vscode.l10n.t('That annotation gives other figures: it is not the same fact and cannot be reused.'));
    const path = library.displayPath(match.entry.draft);
    const updated = await this.review.reuseVerification(document, item, {
      origin: `${path}#${match.entry.id}`,
      status: match.entry.status,
      sources: match.entry.sources,
    });
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Fact-Check: reused the verification from {0}', path), 4000);
    return updated;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
