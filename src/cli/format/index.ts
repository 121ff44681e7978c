import type { TerminalInfo } from '../io';
import type { ScanReport } from '../report';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** What a formatter may need beyond the report. */
export interface FormatContext {
  /** SARIF artifact URIs are relative to it. */
  cwd: string;
  /** This tool's version, for SARIF's tool.driver. */
  version: string;
  /** Present when stdout is a terminal: text output then fits its width and may use colour. */
  terminal?: TerminalInfo;
}

export function formatReport(format: OutputFormat, report: ScanReport, context: FormatContext): string {
  switch (format) {
    case 'text':
      return formatText(report, context.terminal);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, context);
  }
}
