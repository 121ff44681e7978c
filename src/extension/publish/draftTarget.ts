import * as vscode from 'vscode';
import type { ReviewService } from '../reviewService';
import { fileNameOf as fileName } from '../../core/util/fileName';

/**
 * The draft a publishing command acts on: a vscode.Uri or `{ uri }` argument, a Drafts view node
 * (`{ kind: 'draft', row: { id } }`), else the active draft. undefined (after saying why) when there is none.
 */
export function draftUriFrom(arg: unknown, review: ReviewService): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (arg && typeof arg === 'object') {
    const value = arg as { uri?: unknown; kind?: unknown; row?: { id?: unknown } };
    if (value.kind === 'draft' && typeof value.row?.id === 'string') return vscode.Uri.parse(value.row.id);
    if (typeof value.uri === 'string') return vscode.Uri.parse(value.uri);
    if (value.uri instanceof vscode.Uri) return value.uri;
  }
  const document = vscode.window.activeTextEditor?.document;
  if (document && review.isDraft(document)) return document.uri;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first, or pick one in the Drafts view.'));
  return undefined;
}

/** The draft as a document with its annotations loaded; opening it (not showing it) is what the store needs to change it. */
export async function loadedDraft(uri: vscode.Uri, review: ReviewService): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (!review.isDraft(document)) throw new Error(vscode.l10n.t('{0} is not a draft (see factCheck.languages).', fileName(uri)));
  await review.whenLoaded(document);
  return document;
}

/** A draft's file name for messages: the one helper, under the name the publishing commands use. */
export { fileName };
