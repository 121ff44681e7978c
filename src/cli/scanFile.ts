import { detectClaims, type DetectOptions } from '../core/claims';
import { findInconsistencies } from '../core/consistency';
import type { DraftLanguage } from '../core/document';
import { readDraft } from './readDraft';
import { locateClaimsInPlace, locateInconsistencies, startsWithBom, type FileReport } from './report';

/** What scanning one draft needs: plain data, so that it can be sent to a worker thread. */
export interface ScanTask {
  absolutePath: string;
  language: DraftLanguage;
  detect: DetectOptions;
}

/** A scanned draft without what the command line adds (its path as given, its size, library matches), or why it cannot be read. */
export type ScanOutcome = { scanned: Pick<FileReport, 'bom' | 'claims' | 'inconsistencies'> } | { problem: string };

/** Reads and scans one draft: the same work in the main thread (--jobs 1) and in each worker. */
export function scanFile(task: ScanTask): ScanOutcome {
  const read = readDraft(task.absolutePath);
  if ('problem' in read) return read;
  const claims = detectClaims(read.text, task.language, task.detect);
  return {
    scanned: {
      bom: startsWithBom(read.text),
      claims: locateClaimsInPlace(read.text, claims),
      inconsistencies: locateInconsistencies(read.text, findInconsistencies(read.text)),
    },
  };
}
