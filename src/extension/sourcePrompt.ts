import * as vscode from 'vscode';
import { validateSourceUrl } from '../core/annotations/sourceUrl';
import { truncate } from './markdown';
import type { SourceInput } from './reviewService';

/** Why a URL cannot be a source (the store's own rule: http/https, a host, no credentials), or undefined. */
export const urlProblem = validateSourceUrl;

export function titleProblem(title: string): string | undefined {
  return title.trim() === '' ? vscode.l10n.t('A title is required, e.g. the report or article name.') : undefined;
}

/** A title suggestion from the URL: its host without "www.". */
export function titleFromUrl(url: string): string {
  try {
    return new URL(url.trim()).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Checks a source given as a command argument the same way the input boxes do; throws a readable Error. */
export function checkSourceInput(input: Partial<Record<keyof SourceInput, unknown>>): SourceInput {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const source: SourceInput = { url: text(input.url).trim(), title: text(input.title).trim() };
  const problem = urlProblem(source.url) ?? titleProblem(source.title);
  if (problem) throw new Error(problem);
  const quote = text(input.quote).trim();
  const note = text(input.note).trim();
  if (quote) source.quote = quote;
  if (note) source.note = note;
  return source;
}

/**
 * Asks for URL, title, quote and note. Escape on URL or title cancels (undefined); Escape on the
 * optional quote or note keeps what was entered so far, so a half-finished source is not lost.
 */
export async function promptForSource(claimText: string): Promise<SourceInput | undefined> {
  const claim = truncate(claimText, 70);
  const url = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach Source (1/4): URL'),
    prompt: vscode.l10n.t('Source for: {0}', claim),
    // eslint-disable-next-line no-restricted-syntax -- a URL scheme, the same in every language
    placeHolder: 'https://',
    ignoreFocusOut: true,
    validateInput: urlProblem,
  });
  if (url === undefined) return undefined;
  const suggested = titleFromUrl(url);
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach Source (2/4): Title'),
    prompt: vscode.l10n.t('Name of the report, article or document'),
    value: suggested,
    valueSelection: [0, suggested.length],
    ignoreFocusOut: true,
    validateInput: titleProblem,
  });
  if (title === undefined) return undefined;
  const source: SourceInput = { url: url.trim(), title: title.trim() };
  const quote = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach Source (3/4): Supporting quote (optional)'),
    prompt: vscode.l10n.t('The passage in the source that supports or contradicts the claim. Enter to skip.'),
    ignoreFocusOut: true,
  });
  if (quote === undefined) return source;
  if (quote.trim()) source.quote = quote.trim();
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Attach Source (4/4): Note (optional)'),
    prompt: vscode.l10n.t('A note for other editors, e.g. which page or table. Enter to skip.'),
    ignoreFocusOut: true,
  });
  if (note?.trim()) source.note = note.trim();
  return source;
}
