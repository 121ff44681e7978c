/** The report as CSV (RFC 4180): a header row, then one row per claim of every draft; CRLF line ends. */
import { describeHistory, statusLabel, type Report } from './model';

export const CSV_COLUMNS = [
  'draft',
  'title',
  'number',
  'line',
  'kind',
  'status',
  'score',
  'claim',
  'note',
  'sources',
  'last_change',
  'error',
] as const;

/**
 * What a spreadsheet may run as a formula: =, +, -, @ first (OWASP), also behind leading spaces
 * or line breaks (some spreadsheets trim them) and as full-width signs; tab, CR and NUL first (ASVS 1.2.10).
 */
const FORMULA_START = /^(?:[\s\u00a0\u200b\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\0])/;

/** One field: quoted when it holds a comma, quote or line break (quotes doubled); a possible formula gets a leading apostrophe. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: Report): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const d of report.drafts) {
    if (d.error !== undefined) {
      rows.push([d.path, d.title, '', '', '', '', '', '', '', '', '', d.error]);
      continue;
    }
    for (const c of d.claims) {
      const sources = c.sources.map((s) => `${s.title} <${s.url}>`).join('; ');
      const last = c.history.at(-1);
      rows.push([
        d.path,
        d.title,
        String(c.number),
        String(c.line),
        c.kind,
        statusLabel(c),
        c.score.toFixed(2),
        c.text,
        c.note,
        sources,
        last ? describeHistory(last) : '',
        '',
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
