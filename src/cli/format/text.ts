import { CLAIM_KINDS, type ClaimKind } from '../../core/claims/types';
import type { TerminalInfo } from '../io';
import type { ClaimMatch, FileReport, LocatedClaim, ScanReport } from '../report';
import { writeAll, type ReportTotals, type ScanFormat } from './writer';

/** Claim text is cut to this many characters when the output is not a terminal (a pipe, a file). */
const PIPED_TEXT_WIDTH = 120;
/** Never cut claim text shorter than this, however narrow the terminal. */
const MIN_TEXT_WIDTH = 24;
const KIND_WIDTH = Math.max(...CLAIM_KINDS.map((k) => k.length));
/** Between the blocks of two files with claims, and before the summary. */
const BLOCK_SEPARATOR = '\n\n';

const ansi = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', yellow: '\x1b[33m', reset: '\x1b[0m' } as const;
type Style = keyof typeof ansi;

/**
 * Human-readable report: per file with claims, a header and one `path:line:col  kind  text`
 * line per claim (clickable in most terminals and editors), then a summary line. Written file by file.
 */
export function textFormat(terminal?: TerminalInfo): ScanFormat {
  const paint = (style: Style, text: string) => (terminal?.color ? `${ansi[style]}${text}${ansi.reset}` : text);
  return {
    separator: BLOCK_SEPARATOR,
    opening: '',
    start: () => [],
    *render(file, _fileIndex, tally) {
      // Read more than once (widths first): held as an array, where json and sarif write a file's claims as they come.
      const claims = Array.isArray(file.claims) ? (file.claims as readonly LocatedClaim[]) : [...file.claims];
      for (const claim of claims) tally.kinds[claim.kind] = (tally.kinds[claim.kind] ?? 0) + 1;
      if (claims.length === 0 && (file.inconsistencies?.length ?? 0) === 0) return;
      tally.items++;
      yield BLOCK_SEPARATOR;
      yield* fileBlock(file, claims, paint, terminal);
    },
    end: (totals) => [totals.items > 0 ? BLOCK_SEPARATOR : '', paint('bold', summary(totals)), '\n'],
  };
}

export function formatText(report: ScanReport, terminal?: TerminalInfo): string {
  return writeAll(textFormat(terminal), report.files);
}

function* fileBlock(
  file: FileReport,
  claims: readonly LocatedClaim[],
  paint: (style: Style, text: string) => string,
  terminal?: TerminalInfo,
): Generator<string> {
  const path = terminalSafe(file.path);
  const location = (c: LocatedClaim) => `${path}:${c.line}:${c.column}`;
  // A loop, not Math.max(...): a draft with hundreds of thousands of claims would overflow the stack.
  let locationWidth = 0;
  for (const claim of claims) locationWidth = Math.max(locationWidth, location(claim).length);
  yield paint('bold', `${path} (${plural(claims.length, 'claim')})`);
  // Leaves the last terminal column free so a full line does not wrap.
  const textWidth = terminal ? Math.max(MIN_TEXT_WIDTH, terminal.columns - (locationWidth + 2 + KIND_WIDTH + 2) - 1) : PIPED_TEXT_WIDTH;
  for (const claim of claims) {
    const matches =
      claim.matches && claim.matches.length > 0 ? `  ${paint('yellow', `[${claim.matches.map(matchLabel).join('; ')}]`)}` : '';
    yield `\n${paint('dim', location(claim).padEnd(locationWidth))}  ${paint('cyan', claim.kind.padEnd(KIND_WIDTH))}  ${truncate(terminalSafe(claim.text), textWidth)}${matches}`;
  }
  // "path:3:18  figures disagree  number of employees: "640" (3:18) vs "460" (5:15)"
  for (const found of file.inconsistencies ?? []) {
    const [first] = found.spans;
    const where = found.spans.map((s) => `"${terminalSafe(s.text)}" (${s.line}:${s.column})`).join(' vs ');
    yield `\n${paint('dim', `${path}:${first.line}:${first.column}`)}  ${paint('yellow', 'figures disagree')}  ${terminalSafe(found.fact)}: ${where}`;
  }
}

/** "verified in port-strike.md#a1 (0.82)" or "conflict: port-strike.md#a1 says 74 ships (verified)". */
function matchLabel(match: ClaimMatch): string {
  const where = `${terminalSafe(match.path)}#${terminalSafe(match.id)}`;
  if (match.conflict) return `conflict: ${where} says ${terminalSafe((match.theySay ?? []).join(', '))} (${match.status})`;
  return `${match.status} in ${where} (${match.similarity.toFixed(2)})`;
}

/** "7 claims in 2 files (3 scanned): statistic 4, causal 2, event 1" */
function summary({ files, filesWithKinds, kinds }: ReportTotals): string {
  const total = [...kinds.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return `No claims found in ${plural(files, 'file')} scanned.`;
  const perKind = [...kinds]
    .sort(([a, m], [b, n]) => n - m || CLAIM_KINDS.indexOf(a as ClaimKind) - CLAIM_KINDS.indexOf(b as ClaimKind))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return `${plural(total, 'claim')} in ${plural(filesWithKinds, 'file')} (${files} scanned): ${perKind}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Draft text and paths are untrusted: whitespace runs (line breaks included) become one
 * space, and control and bidi-override characters, which could drive the terminal or
 * disguise the text, are shown escaped.
 */
export function terminalSafe(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/** Cuts to at most `width` characters (code points, so no emoji is split), at a word boundary when one is near, ending in "…". */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const cut = chars.slice(0, Math.max(1, width - 1)).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space >= cut.length * 0.7 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}…`;
}
