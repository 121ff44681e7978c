import type { ScanReport } from '../report';

/**
 * The machine-readable report, exactly the shape the evaluation scorer reads:
 * {"files":[{"path","claims":[{start,end,text,kind,reason,score,line,column,matches}],"inconsistencies"}]}.
 * matches: [{path,id,status,similarity,conflict}] from the claim library; inconsistencies: [{fact,spans:[{start,end,text}]}].
 * Every scanned file is listed, with or without claims.
 */
export function formatJson(report: ScanReport): string {
  const files = report.files.map((file) => ({
    path: file.path,
    claims: file.claims.map(({ start, end, text, kind, reason, score, line, column, matches }) => ({
      start,
      end,
      text,
      kind,
      reason,
      score,
      line,
      column,
      matches: (matches ?? []).map(({ path, id, status, similarity, conflict }) => ({ path, id, status, similarity, conflict })),
    })),
    inconsistencies: (file.inconsistencies ?? []).map(({ fact, spans }) => ({ fact, spans: spans.map(({ start, end, text }) => ({ start, end, text })) })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
