import { basename, relative } from 'node:path';
import { assessDraft, type DraftAssessment, type PublishPolicy } from '../core/publish';
import type { DraftFile } from './drafts';
import { readDraft } from './readDraft';
import { readSidecarFor } from './sidecarLookup';

/** A draft read with its sidecar and assessed, as `check`, `report` and the exports need it. */
export interface LoadedDraft {
  draft: DraftFile;
  /** Absent when the draft itself cannot be read. */
  text?: string;
  /** Relative to the working folder. */
  sidecarPath?: string;
  assessment?: DraftAssessment;
  /** Why the draft or its sidecar cannot be read. */
  error?: string;
}

export function loadDraft(draft: DraftFile, cwd: string, policy: PublishPolicy): LoadedDraft {
  const read = readDraft(draft.absolutePath);
  if ('problem' in read) return { draft, error: `cannot read the draft: ${read.problem}` };
  const sidecar = readSidecarFor(draft.absolutePath);
  const sidecarPath = sidecar ? relative(cwd, sidecar.path) : undefined;
  const where = sidecarPath !== undefined ? { sidecarPath } : {};
  if (sidecar && 'problem' in sidecar)
    return { draft, text: read.text, ...where, error: `its sidecar ${sidecarPath} cannot be read: ${sidecar.problem}` };
  const assessment = assessDraft({
    uri: draft.path,
    text: read.text,
    language: draft.language,
    draftName: basename(draft.absolutePath),
    ...(sidecar ? { sidecarText: sidecar.text } : {}),
    policy,
  });
  const error = assessment.evaluation.error;
  return {
    draft,
    text: read.text,
    ...where,
    assessment,
    ...(error !== undefined ? { error: `its sidecar ${sidecarPath} cannot be read: ${error}` } : {}),
  };
}
