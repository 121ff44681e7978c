/**
 * Fact-check reports, pure: buildReport turns drafts (text, review items, sidecar, policy
 * evaluation) into one model, and each format renders it to a string (md, html, csv, json).
 */
export { buildReport, buildReportDraft, draftTitle, type Report, type ReportClaim, type ReportDraft, type ReportInput } from './model';
export { reportMarkdown } from './markdown';
export { reportHtml, escapeHtml } from './html';
export { reportCsv, csvField, CSV_COLUMNS } from './csv';
export { reportJson, REPORT_SCHEMA_ID } from './json';

import { reportCsv } from './csv';
import { reportHtml } from './html';
import { reportJson } from './json';
import { reportMarkdown } from './markdown';
import type { Report } from './model';

export const REPORT_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return reportMarkdown(report);
    case 'html':
      return reportHtml(report);
    case 'csv':
      return reportCsv(report);
    case 'json':
      return reportJson(report);
  }
}
