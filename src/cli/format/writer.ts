import type { FileReport } from '../report';

/**
 * A scan report written as the files are scanned: start, then each file in order, then end.
 * Each step gives the text in pieces, so neither a whole report nor one huge file's part of it is one string.
 */
export interface ScanWriter {
  start(): Iterable<string>;
  file(file: FileReport): Iterable<string>;
  end(): Iterable<string>;
}

/** The whole report as one string: for small reports and tests. */
export function writeAll(writer: ScanWriter, files: readonly FileReport[]): string {
  const parts: string[] = [];
  // for…of, not push(...): a huge file gives more pieces than a call takes arguments.
  for (const part of writer.start()) parts.push(part);
  for (const file of files) for (const part of writer.file(file)) parts.push(part);
  for (const part of writer.end()) parts.push(part);
  return parts.join('');
}
