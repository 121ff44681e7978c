import { detectClaims, streamClaims, type DetectOptions } from '../core/claims';
import { findInconsistencies } from '../core/consistency';
import type { DraftLanguage } from '../core/document';
import { readDraft } from './readDraft';
import { locateClaimsInPlace, locateClaimStream, locateInconsistencies, startsWithBom, type FileReport } from './report';

/** What scanning one draft needs: plain data, so that it can be sent to a worker thread. */
export interface ScanTask {
  absolutePath: string;
  language: DraftLanguage;
  detect: DetectOptions;
}

/** A scanned draft without what the command line adds (its path as given, its size, library matches), or why it cannot be read. */
export type ScanOutcome = { scanned: Pick<FileReport, 'bom' | 'claims' | 'inconsistencies'> } | { problem: string };

/**
 * Reads and scans one draft: the same work in the main thread (--jobs 1) and in each worker. A worker
 * sends an array; in this thread (`lazy`) the claims are found while the report is written, each let go
 * once written, so a draft of a million claims never holds them all (the figures that disagree come first).
 */
export function scanFile(task: ScanTask, lazy = false): ScanOutcome {
  const read = readDraft(task.absolutePath);
  if ('problem' in read) return read;
  const { text } = read;
  const inconsistencies = locateInconsistencies(text, findInconsistencies(text));
  return {
    scanned: {
      bom: startsWithBom(text),
      claims: lazy
        ? locateClaimStream(text, streamClaims(text, task.language, task.detect))
        : locateClaimsInPlace(text, detectClaims(text, task.language, task.detect)),
      inconsistencies,
    },
  };
}
