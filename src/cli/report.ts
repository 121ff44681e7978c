import type { ClaimStatus } from '../core/annotations/types';
import type { Claim } from '../core/claims/types';
import type { FactSpan, Inconsistency } from '../core/consistency';
import type { DraftLanguage } from '../core/document';
import { LineIndex } from '../core/text/lineIndex';

/** A claim with where an editor shows it. Lines and columns are 1-based and count UTF-16 code units. */
export interface LocatedClaim extends Claim {
  line: number;
  column: number;
  /** Position just after the claim's last character. */
  endLine: number;
  endColumn: number;
  /** Annotations in other drafts stating the same fact (or, with conflict, the same wording with other figures). */
  matches?: ClaimMatch[];
}

/** One claim-library match as the CLI reports it. */
export interface ClaimMatch {
  /** The other draft. */
  path: string;
  id: string;
  status: ClaimStatus;
  similarity: number;
  conflict: boolean;
  /** For a conflict: what the other draft says ("74 ships"). */
  theySay?: readonly string[];
  /** Who set the status there, and when. */
  by: string;
  at: string;
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
  /** In order; possibly produced while the report is written (a scan in this thread), so read once. */
  claims: Iterable<LocatedClaim>;
  /** Figures in this draft that disagree with each other. */
  inconsistencies?: LocatedInconsistency[];
}

/** An inconsistency whose spans carry line and column as for claims. */
export interface LocatedInconsistency extends Inconsistency {
  spans: (FactSpan & { line: number; column: number })[];
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
  const place = placer(text);
  return [...claims].sort(byPosition).map((claim) => located(claim, place));
}

/**
 * locateClaims for an array the caller hands over: each claim gets its line and column where it
 * stands, without a copy, so a draft with a million claims never holds them twice and the heap does
 * not churn through a million spread objects (detectClaims already returns them in order).
 */
export function locateClaimsInPlace(text: string, claims: Claim[]): LocatedClaim[] {
  for (let i = 1; i < claims.length; i++) if (byPosition(claims[i - 1], claims[i]) > 0) return locateClaims(text, claims);
  const locate = claimLocator(text);
  for (const claim of claims) locate(claim);
  return claims as LocatedClaim[];
}

/**
 * locateClaimsInPlace for claims arriving one at a time (streamClaims, in order): each is located and
 * handed on, never held. Claims out of order are located right too, only more slowly.
 */
export function* locateClaimStream(text: string, claims: Iterable<Claim>): Generator<LocatedClaim> {
  const locate = claimLocator(text);
  for (const claim of claims) yield locate(claim);
}

/** Gives a claim its line and column where it stands; each search starts at the line of the claim before. */
function claimLocator(text: string): (claim: Claim) => LocatedClaim {
  const index = new LineIndex(text);
  const bomShift = startsWithBom(text) ? 1 : 0;
  let line = 0;
  return (claim) => {
    const start = index.positionAt(claim.start, line);
    const end = index.positionAt(claim.end, start.line);
    line = start.line;
    const located = claim as LocatedClaim;
    located.line = start.line + 1;
    located.column = editorColumn(start, bomShift);
    located.endLine = end.line + 1;
    located.endColumn = editorColumn(end, bomShift);
    return located;
  };
}

function byPosition(a: Claim, b: Claim): number {
  return a.start - b.start || a.end - b.end;
}

function located(claim: Claim, place: (offset: number) => { line: number; column: number }): LocatedClaim {
  const start = place(claim.start);
  const end = place(claim.end);
  return { ...claim, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Offset → 1-based line and column as an editor shows them (see locateClaims). */
function placer(text: string): (offset: number) => { line: number; column: number } {
  const index = new LineIndex(text);
  const bomShift = startsWithBom(text) ? 1 : 0;
  return (offset) => {
    const position = index.positionAt(offset);
    return { line: position.line + 1, column: editorColumn(position, bomShift) };
  };
}

/** The 1-based column an editor shows, which hides a BOM on the first line. */
function editorColumn(position: { line: number; character: number }, bomShift: number): number {
  return Math.max(1, position.character + 1 - (position.line === 0 ? bomShift : 0));
}

export function locateInconsistencies(text: string, found: readonly Inconsistency[]): LocatedInconsistency[] {
  const place = placer(text);
  return found.map((inconsistency) => ({
    ...inconsistency,
    spans: inconsistency.spans.map((span) => ({ ...span, ...place(span.start) })),
  }));
}

export function startsWithBom(text: string): boolean {
  return text.charCodeAt(0) === BOM;
}
