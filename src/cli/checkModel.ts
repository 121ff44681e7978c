import type { DraftAssessment, PublishPolicy } from '../core/publish';
import type { DraftLanguage } from '../core/document';

/** One blocking claim with where an editor shows it (1-based, UTF-16 columns). */
export interface LocatedBlocker {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One draft as `check` saw it. */
export interface CheckedDraft {
  /** As given on the command line, or folder joined with the name found. */
  path: string;
  absolutePath: string;
  language: DraftLanguage;
  /** The sidecar's path relative to the working folder, when there is one. */
  sidecarPath?: string;
  /** Absent when the draft itself could not be read. */
  assessment?: DraftAssessment;
  /** Why the draft or its sidecar cannot be read: the draft then fails with exit code 2. */
  error?: string;
  /** Per assessment.evaluation.blockers, the same order. */
  places: LocatedBlocker[];
}

export interface CheckRun {
  drafts: CheckedDraft[];
  policy: PublishPolicy;
  /** Relative to the working folder, when a policy file was read. */
  policyFile?: string;
}

export function draftPasses(draft: CheckedDraft): boolean {
  return draft.error === undefined && draft.assessment?.evaluation.pass === true;
}
