import type { ScanReport } from '../report';

/**
 * The machine-readable report, exactly the shape the evaluation scorer reads:
 * {"files":[{"path","claims":[{start,end,text,kind,reason,score,line,column}]}]}.
 * Every scanned file is listed, with or without claims.
 */
export function formatJson(report: ScanReport): string {
  const files = report.files.map((file) => ({
    path: file.path,
    claims: file.claims.map(({ start, end, text, kind, reason, score, line, column }) => ({ start, end, text, kind, reason, score, line, column })),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
