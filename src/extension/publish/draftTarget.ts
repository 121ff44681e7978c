import * as vscode from 'vscode';
import type { ReviewService } from '../reviewService';
import { fileNameOf as fileName } from '../../core/util/fileName';

/** A file named by a command argument: a vscode.Uri, or a URI or path string. */
export function uriArg(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string')
    return value.includes('://') || value.startsWith('file:') ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  return undefined;
}

/** A draft named by a command argument: a file (uriArg), `{ uri }`, or a Drafts view draft node. */
export function namedDraft(arg: unknown): vscode.Uri | undefined {
  const uri = uriArg(arg);
  if (uri) return uri;
  if (arg && typeof arg === 'object') {
    const value = arg as { uri?: unknown; kind?: unknown; row?: { id?: unknown } };
    if (value.kind === 'draft' && typeof value.row?.id === 'string') return vscode.Uri.parse(value.row.id);
    if (typeof value.uri === 'string') return vscode.Uri.parse(value.uri);
    if (value.uri instanceof vscode.Uri) return value.uri;
  }
  return undefined;
}

/** The active editor's document when it is a draft. */
export function activeDraft(review: ReviewService): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && review.isDraft(document) ? document : undefined;
}

/**
 * The draft a publishing command acts on: the draft its argument names (namedDraft), else the active
 * draft. undefined (after saying why) when there is none.
 */
export function draftUriFrom(arg: unknown, review: ReviewService): vscode.Uri | undefined {
  const uri = namedDraft(arg) ?? activeDraft(review)?.uri;
  if (!uri)
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first, or pick one in the Drafts view.'));
  return uri;
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
