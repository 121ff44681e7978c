import { StreamedArray, StreamedObject, jsonChunks, jsonFrame, HOLE } from '../output/jsonStream';
import type { FileReport, LocatedClaim } from '../report';
import type { ScanWriter } from './writer';

/**
 * The machine-readable report, exactly the shape the evaluation scorer reads:
 * {"files":[{"path","claims":[{start,end,text,kind,reason,score,line,column,matches}],"inconsistencies"}]}.
 * matches: [{path,id,status,similarity,conflict}] from the claim library; inconsistencies: [{fact,spans:[{start,end,text}]}].
 * Every scanned file is listed, with or without claims. Written file by file, and a file's claims one by one,
 * with the bytes of JSON.stringify(report, null, 2).
 */
export function jsonWriter(): ScanWriter {
  const frame = jsonFrame({ files: [HOLE] });
  let count = 0;
  return {
    start: () => [frame.open],
    *file(file) {
      yield frame.before(count++);
      yield* jsonChunks(fileEntry(file), frame.itemDepth, true);
    },
    end: () => [frame.close(count), '\n'],
  };
}

/** `--format jsonl`: one compact JSON object per line and file, the same object as a file of the json format. */
export function jsonlWriter(): ScanWriter {
  return {
    start: () => [],
    *file(file) {
      yield* jsonChunks(fileEntry(file), 0, false);
      yield '\n';
    },
    end: () => [],
  };
}

function fileEntry(file: FileReport): StreamedObject {
  return new StreamedObject({
    path: file.path,
    claims: new StreamedArray(claimEntries(file.claims)),
    inconsistencies: (file.inconsistencies ?? []).map(({ fact, spans }) => ({
      fact,
      spans: spans.map(({ start, end, text }) => ({ start, end, text })),
    })),
  });
}

function* claimEntries(claims: Iterable<LocatedClaim>): Generator<object> {
  for (const { start, end, text, kind, reason, score, line, column, matches } of claims) {
    yield {
      start,
      end,
      text,
      kind,
      reason,
      score,
      line,
      column,
      matches: (matches ?? []).map(({ path, id, status, similarity, conflict }) => ({ path, id, status, similarity, conflict })),
    };
  }
}
