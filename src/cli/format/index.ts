import type { TerminalInfo } from '../io';
import type { ScanReport } from '../report';
import { jsonlWriter, jsonWriter } from './json';
import { sarifWriter, type SarifArtifactSource } from './sarif';
import { textWriter } from './text';
import { writeAll, type ScanWriter } from './writer';

export const OUTPUT_FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
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

/** The writer of a format; SARIF lists its artifacts first, so it needs the files that will be reported. */
export function scanWriter(format: OutputFormat, context: FormatContext, reported: readonly SarifArtifactSource[]): ScanWriter {
  switch (format) {
    case 'text':
      return textWriter(context.terminal);
    case 'json':
      return jsonWriter();
    case 'jsonl':
      return jsonlWriter();
    case 'sarif':
      return sarifWriter(context, reported);
  }
}

/** A whole report as one string (small reports, tests); the scan command streams with scanWriter instead. */
export function formatReport(format: OutputFormat, report: ScanReport, context: FormatContext): string {
  return writeAll(scanWriter(format, context, report.files), report.files);
}
