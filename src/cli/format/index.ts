import type { TerminalInfo } from '../io';
import type { ScanReport } from '../report';
import { jsonFormat, jsonlFormat } from './json';
import { sarifFormat, type SarifArtifactSource } from './sarif';
import { textFormat } from './text';
import { writeAll, type ScanFormat } from './writer';

export const OUTPUT_FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** What a formatter may need beyond the report: plain data, so that a worker thread can make the same format. */
export interface FormatContext {
  /** SARIF artifact URIs are relative to it. */
  cwd: string;
  /** This tool's version, for SARIF's tool.driver. */
  version: string;
  /** Present when stdout is a terminal: text output then fits its width and may use colour. */
  terminal?: TerminalInfo;
}

/** A format; SARIF lists its artifacts first, so it needs the files that will be reported. */
export function scanFormat(format: OutputFormat, context: FormatContext, reported: readonly SarifArtifactSource[]): ScanFormat {
  switch (format) {
    case 'text':
      return textFormat(context.terminal);
    case 'json':
      return jsonFormat();
    case 'jsonl':
      return jsonlFormat();
    case 'sarif':
      return sarifFormat(context, reported);
  }
}

/** A whole report as one string (small reports, tests); the scan command streams with a ScanWriter instead. */
export function formatReport(format: OutputFormat, report: ScanReport, context: FormatContext): string {
  return writeAll(scanFormat(format, context, report.files), report.files);
}
