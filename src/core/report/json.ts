/** The report as JSON, described by schemas/factcheck-report.schema.json. */
import type { Report } from './model';

export const REPORT_SCHEMA_ID = 'https://draft-factcheck.github.io/schemas/factcheck-report.schema.json';

export function reportJson(report: Report): string {
  return `${JSON.stringify({ $schema: REPORT_SCHEMA_ID, ...report }, null, 2)}\n`;
}
