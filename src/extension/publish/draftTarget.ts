import * as vscode from 'vscode';
import type { ReviewService } from '../reviewService';

/** A file named by a command argument: a vscode.Uri, or a URI or path string. */
export function uriArg(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return value.includes('://') || value.startsWith('file:') ? vscode.Uri.parse(value) : vscode.Uri.file(value);
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
  if (!uri) void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first, or pick one in the Drafts view.'));
  return uri;
}

/** Registers a publishing command whose failures end in one error message (never a stack trace); it returns its result for tests and scripts. */
export function registerPublishCommand<T>(id: string, handler: (arg: unknown) => Promise<T | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (arg?: unknown) => {
    try {
      return await handler(arg);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Fact-Check: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  });
}

/** The draft as a document with its annotations loaded; opening it (not showing it) is what the store needs to change it. */
export async function loadedDraft(uri: vscode.Uri, review: ReviewService): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (!review.isDraft(document)) throw new Error(vscode.l10n.t('{0} is not a draft (see factCheck.languages).', fileName(uri)));
  await review.whenLoaded(document);
  return document;
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
