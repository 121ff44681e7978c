import type { DraftLanguage } from '../../core/document';

/** A draft file's language by its extension, as the CLI decides it: .md/.markdown are Markdown, anything else plain text. */
export function draftLanguageOfPath(path: string): DraftLanguage {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

export { fileNameOf } from '../../core/util/fileName';
