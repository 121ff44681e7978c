import type { Claim } from '../core/claims/types';
import type { DraftLanguage } from '../core/document';
import { LineIndex } from '../core/text/lineIndex';

/** A claim with where an editor shows it. Lines and columns are 1-based and count UTF-16 code units. */
export interface LocatedClaim extends Claim {
  line: number;
  column: number;
  /** Position just after the claim's last character. */
  endLine: number;
  endColumn: number;
}

/** One scanned draft. */
export interface FileReport {
  /** As given on the command line for a named file; directory and name joined for a found one. */
  path: string;
  absolutePath: string;
  language: DraftLanguage;
  /** Size on disk. */
  bytes: number;
  /** True when the text starts with a byte order mark. */
  bom: boolean;
  claims: LocatedClaim[];
}

export interface ScanReport {
  files: FileReport[];
}

const BOM = 0xfeff;

/**
 * Adds line/column to claims. Offsets stay those of the text as read (BOM included, as
 * the scorer and readFileSync see it); columns are as an editor shows them, which hides
 * the BOM, so the first line's columns do not count it.
 */
export function locateClaims(text: string, claims: readonly Claim[]): LocatedClaim[] {
  const index = new LineIndex(text);
  const bomShift = startsWithBom(text) ? 1 : 0;
  const place = (offset: number) => {
    const { line, character } = index.positionAt(offset);
    return { line: line + 1, column: Math.max(1, character + 1 - (line === 0 ? bomShift : 0)) };
  };
  return [...claims]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((claim) => {
      const start = place(claim.start);
      const end = place(claim.end);
      return { ...claim, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
}

export function startsWithBom(text: string): boolean {
  return text.charCodeAt(0) === BOM;
}
