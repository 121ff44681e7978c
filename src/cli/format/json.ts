import { StreamedArray, StreamedObject, jsonChunks, jsonFrame, HOLE, indent, plainJson } from '../output/jsonStream';
import type { FileReport, LocatedClaim } from '../report';
import type { ScanFormat } from './writer';

/**
 * The machine-readable report, exactly the shape the evaluation scorer reads:
 * {"files":[{"path","claims":[{start,end,text,kind,reason,score,line,column,matches}],"inconsistencies"}]}.
 * matches: [{path,id,status,similarity,conflict}] from the claim library; inconsistencies: [{fact,spans:[{start,end,text}]}].
 * Every scanned file is listed, with or without claims. Written file by file, and a file's claims one by one,
 * with the bytes of JSON.stringify(report, null, 2).
 */
export function jsonFormat(): ScanFormat {
  const frame = jsonFrame({ files: [HOLE] });
  return {
    separator: frame.before(1),
    opening: frame.before(0),
    start: () => [frame.open],
    *render(file, _fileIndex, tally) {
      tally.items++;
      yield frame.before(1);
      yield* jsonChunks(fileEntry(file), frame.itemDepth, true);
    },
    end: (totals) => [frame.close(totals.items), '\n'],
  };
}

/** `--format jsonl`: one compact JSON object per line and file, the same object as a file of the json format. */
export function jsonlFormat(): ScanFormat {
  return {
    separator: '',
    opening: '',
    start: () => [],
    *render(file, _fileIndex, tally) {
      tally.items++;
      yield* jsonChunks(fileEntry(file), 0, false);
      yield '\n';
    },
    end: () => [],
  };
}

function fileEntry(file: FileReport): StreamedObject {
  return new StreamedObject({
    path: file.path,
    claims: new StreamedArray(file.claims, claimJson),
    inconsistencies: (file.inconsistencies ?? []).map(({ fact, spans }) => ({
      fact,
      spans: spans.map(({ start, end, text }) => ({ start, end, text })),
    })),
  });
}

/** A claim as the json formats list it (tests read reports with this type too). */
export interface ClaimEntry {
  start: number;
  end: number;
  text: string;
  kind: string;
  reason: string;
  score: number;
  line: number;
  column: number;
  matches: { path: string; id: string; status: string; similarity: number; conflict: boolean }[];
}

/** A claim as the json formats list it. */
function claimEntry({ start, end, text, kind, reason, score, line, column, matches }: LocatedClaim): ClaimEntry {
  return { start, end, text, kind, reason, score, line, column, matches: matchEntries(matches) };
}

function matchEntries(matches: LocatedClaim['matches']): ClaimEntry['matches'] {
  return (matches ?? []).map(({ path, id, status, similarity, conflict }) => ({ path, id, status, similarity, conflict }));
}

/** What surrounds an object's members, compact or pretty-printed at a depth. */
interface Punctuation {
  open: string;
  colon: string;
  comma: string;
  close: string;
}
const COMPACT: Punctuation = { open: '{', colon: ':', comma: ',', close: '}' };
const prettyPunctuation: Punctuation[] = [];
const punctuation = (depth: number): Punctuation => ({
  open: `{\n${indent(depth + 1)}`,
  colon: ': ',
  comma: `,\n${indent(depth + 1)}`,
  close: `\n${indent(depth)}}`,
});

/** A number as JSON.stringify writes it. */
const jsonNumber = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

/**
 * plainJson(claimEntry(claim), depth, pretty), written out by hand: a report is mostly claims, and
 * JSON.stringify with indentation (then re-indented) cost more than finding them. A value of an
 * unexpected type (which JSON.stringify would leave out or write otherwise) goes the general way.
 */
function claimJson(claim: LocatedClaim, depth: number, pretty: boolean): string {
  const { start, end, text, kind, reason, score, line, column, matches } = claim;
  if (
    typeof text !== 'string' ||
    typeof kind !== 'string' ||
    typeof reason !== 'string' ||
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    typeof score !== 'number' ||
    typeof line !== 'number' ||
    typeof column !== 'number'
  )
    return plainJson(claimEntry(claim), depth, pretty);
  const list = matches === undefined || matches.length === 0 ? '[]' : plainJson(matchEntries(matches), depth + 1, pretty);
  const { open, colon, comma, close } = pretty ? (prettyPunctuation[depth] ??= punctuation(depth)) : COMPACT;
  return (
    `${open}"start"${colon}${jsonNumber(start)}${comma}"end"${colon}${jsonNumber(end)}${comma}"text"${colon}${JSON.stringify(text)}` +
    `${comma}"kind"${colon}${JSON.stringify(kind)}${comma}"reason"${colon}${JSON.stringify(reason)}${comma}"score"${colon}${jsonNumber(score)}` +
    `${comma}"line"${colon}${jsonNumber(line)}${comma}"column"${colon}${jsonNumber(column)}${comma}"matches"${colon}${list}${close}`
  );
}
