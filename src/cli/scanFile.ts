import { detectClaims, streamClaims, type DetectOptions } from '../core/claims';
import { findInconsistencies } from '../core/consistency';
import { renderFile, type EncodedFile, type RenderedFile, type ScanFormat } from './format/writer';
import type { ScanLibrary } from './library';
import { readDraft } from './readDraft';
import {
  locateClaimsInPlace,
  locateClaimStream,
  locateInconsistencies,
  startsWithBom,
  type ClaimMatch,
  type FileReport,
  type LocatedClaim,
} from './report';

/** A draft to scan and render: plain data, so that it can be sent to a worker thread. */
export interface ScanTask {
  draft: Pick<FileReport, 'path' | 'absolutePath' | 'language' | 'bytes'>;
  /** Its place among the files reported (SARIF numbers its artifacts). */
  fileIndex: number;
  detect: DetectOptions;
}

/** A draft's part of the report (streamed in this thread, encoded in a worker), or why it cannot be read. */
export type ScanOutcome = { rendered: RenderedFile } | { encoded: EncodedFile } | { problem: string };

/** A draft's part, rendered, or why it cannot be read: what scanFile gives. */
export type ScannedFile = { rendered: RenderedFile } | { problem: string };

/** What a scan renders with, made alike in this thread and in each worker. */
export interface ScanRenderer {
  format: ScanFormat;
  library: ScanLibrary;
}

/**
 * How a draft's claims are found: `stream`ed while its part is written (the main thread, in writing order:
 * a draft of a million claims never holds them all), or `whole` before (a worker, which encodes the part).
 */
export type ScanMode = 'stream' | 'whole';

/** Reads, scans and renders one draft: the same work in the main thread and in each worker. */
export function scanFile(task: ScanTask, renderer: ScanRenderer, mode: ScanMode): ScannedFile {
  const read = readDraft(task.draft.absolutePath);
  if ('problem' in read) return read;
  const { text } = read;
  const { language } = task.draft;
  const claims =
    mode === 'stream'
      ? locateClaimStream(text, streamClaims(text, language, task.detect))
      : locateClaimsInPlace(text, detectClaims(text, language, task.detect));
  const file: FileReport = {
    ...task.draft,
    // Before the claims, which a stream finds only while they are written.
    inconsistencies: locateInconsistencies(text, findInconsistencies(text)),
    bom: startsWithBom(text),
    claims: withMatches(claims, renderer.library, task.draft.absolutePath),
  };
  return { rendered: renderFile(renderer.format, file, task.fileIndex) };
}

/** Adds the claim-library matches of each claim (never from the draft's own sidecar). */
function withMatches(claims: Iterable<LocatedClaim>, scanLibrary: ScanLibrary, draftPath: string): Iterable<LocatedClaim> {
  if (scanLibrary.library.size === 0) return claims; // no matches: every format writes an absent list as []
  return mapped(claims, (claim) => ({
    ...claim,
    matches: scanLibrary.library.match(claim.text, { excludeDraft: draftPath }).map((m): ClaimMatch => ({
      path: scanLibrary.displayPath(m.entry.draft),
      id: m.entry.id,
      status: m.entry.status,
      similarity: m.similarity,
      conflict: m.conflict,
      ...(m.theySay ? { theySay: m.theySay } : {}),
      by: m.entry.by,
      at: m.entry.at,
    })),
  }));
}

/** Each item as it is read: a scan in this thread hands over claims while it finds them. */
function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
