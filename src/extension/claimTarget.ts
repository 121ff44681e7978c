import * as vscode from 'vscode';
import type { ReviewItem } from '../core/review/types';
import { kindLabel, statusLabel } from './labels';
import { truncate } from './markdown';
import type { ReviewService } from './reviewService';
import { openDocumentFor } from './openDocuments';
import { revealBidiControls } from '../core/text/bidi';

/**
 * How hovers, quick fixes, the desk and tests name a claim without the cursor:
 * `{uri, claimStart}` (the claim's start offset) or `{uri, claimId}` (ReviewItem.id).
 */
export interface ClaimArgument {
  uri: string;
  claimStart?: number;
  claimId?: string;
}

export interface ClaimTarget {
  document: vscode.TextDocument;
  item: ReviewItem;
}

export function claimArgument(uri: vscode.Uri, item: ReviewItem): ClaimArgument {
  return { uri: uri.toString(), claimStart: item.start };
}

/** True for a plain object carrying a uri string (commands also get a vscode.Uri from menus, which is not one). */
export function isClaimArgument(value: unknown): value is ClaimArgument {
  if (typeof value !== 'object' || value === null || value instanceof vscode.Uri) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.uri === 'string';
}

/** The open document for a URI string, opening it when needed; a clear error when it is not a draft. */
export async function draftForUri(review: ReviewService, uri: string): Promise<vscode.TextDocument> {
  let parsed: vscode.Uri;
  try {
    parsed = vscode.Uri.parse(uri, true);
  } catch {
    throw new Error(vscode.l10n.t('"{0}" is not a valid document URI.', truncate(uri, 80)));
  }
  const key = parsed.toString();
  const document = openDocumentFor(key) ?? (await vscode.workspace.openTextDocument(parsed));
  if (!review.isDraft(document))
    throw new Error(vscode.l10n.t('{0} is not a draft Fact-Check reviews.', vscode.workspace.asRelativePath(document.uri)));
  return document;
}

/** The claim an argument names; dismissed claims count, so their status can be cleared. */
export async function claimFromArgument(review: ReviewService, arg: ClaimArgument): Promise<ClaimTarget> {
  const document = await draftForUri(review, arg.uri);
  await review.whenLoaded(document); // a command run just after opening must find the claims, not the loading review
  let item: ReviewItem | undefined;
  if (typeof arg.claimId === 'string') {
    item = review.findItem(document, arg.claimId);
  } else if (typeof arg.claimStart === 'number' && Number.isInteger(arg.claimStart)) {
    const { items, dismissed } = review.getReview(document);
    item =
      items.find((i) => i.start === arg.claimStart) ??
      dismissed.find((i) => i.start === arg.claimStart) ??
      review.itemAt(document, arg.claimStart);
  }
  if (!item) throw new Error(vscode.l10n.t('No claim found there. The draft may have changed; scan it again and retry.'));
  return { document, item };
}

/** The active editor when it shows a draft. */
export function activeDraftEditor(review: ReviewService): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && review.isDraft(editor.document) ? editor : undefined;
}

/** Lets the editor choose among the draft's claims; undefined when cancelled. */
export async function pickClaim(items: readonly ReviewItem[], placeHolder: string): Promise<ReviewItem | undefined> {
  const picks = items.map((item) => ({
    label: truncate(item.text, 90),
    description: `${kindLabel(item.kind)} · ${statusLabel(item.status)}`,
    detail: revealBidiControls(item.reason),
    item,
  }));
  const chosen = await vscode.window.showQuickPick(picks, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return chosen?.item;
}

/**
 * The claim a command acts on: the argument's, else the one at the cursor, else one the editor picks.
 * Undefined (after telling the user why, when useful) when there is none or the pick was cancelled.
 */
export async function resolveClaim(review: ReviewService, arg: unknown, placeHolder: string): Promise<ClaimTarget | undefined> {
  if (isClaimArgument(arg)) return claimFromArgument(review, arg);
  const editor = activeDraftEditor(review);
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first.'));
    return undefined;
  }
  const { document } = editor;
  await review.whenLoaded(document);
  const atCursor = review.itemAt(document, document.offsetAt(editor.selection.active));
  if (atCursor) return { document, item: atCursor };
  const { items } = review.getReview(document);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No claims found in this draft.'));
    return undefined;
  }
  const item = await pickClaim(items, placeHolder);
  return item ? { document, item } : undefined;
}
