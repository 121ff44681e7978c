/**
 * The smallest view of a text document the core needs. The extension adapts
 * vscode.TextDocument to it; the CLI and tests build it from strings.
 */
export interface DraftDocument {
  /** Stable identity (a URI string in the editor, a path in the CLI). */
  readonly uri: string;
  /** Increases on every change; with uri it keys caches. */
  readonly version: number;
  /** 'markdown' or 'plaintext' (anything else is treated as plaintext). */
  readonly languageId: string;
  getText(): string;
}

export type DraftLanguage = 'markdown' | 'plaintext';

export function draftLanguageOf(languageId: string): DraftLanguage {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}
