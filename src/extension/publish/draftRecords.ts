import { workspaceFs } from '../workspacePorts';
import * as vscode from 'vscode';
import { assessDraft, type DraftAssessment } from '../../core/publish';
import { readConfig } from '../config';
import { draftLanguageOfPath, fileNameOf } from '../drafts/draftLanguage';
import { decodeDraftBytes } from '../drafts/draftFilesReader';
import { relativeTo } from '../drafts/draftDiscovery';
import type { ReviewService } from '../reviewService';
import { readTextFile } from '../storage/sidecarFiles';
import { sidecarUriFor } from '../storage/sidecarLocation';
import type { PolicySource } from './policySource';
import { errorText } from '../../core/util/errorText';
import { openDocumentFor } from '../openDocuments';

/** A draft's fact-check record as saved: its text (the editor's, when open), its sidecar and the policy verdict. */
export interface DraftRecord {
  uri: vscode.Uri;
  name: string;
  /** Workspace-relative path, as reports show it. */
  path: string;
  text: string;
  assessment?: DraftAssessment;
  /** Why the draft or its sidecar cannot be read. */
  error?: string;
}

/**
 * Reads drafts for reports and exports: pending annotation changes are written first, then each
 * draft and its sidecar are read and assessed with the core (one draft per task, so the host stays responsive).
 */
export async function loadDraftRecords(
  uris: readonly vscode.Uri[],
  review: ReviewService,
  policies: PolicySource,
  progress?: (done: number) => void,
): Promise<DraftRecord[]> {
  await review.flush();
  const { sidecarLocation } = readConfig();
  const records: DraftRecord[] = [];
  for (const uri of uris) {
    records.push(await loadOne(uri, sidecarLocation, policies));
    progress?.(records.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return records;
}

async function loadOne(
  uri: vscode.Uri,
  location: ReturnType<typeof readConfig>['sidecarLocation'],
  policies: PolicySource,
): Promise<DraftRecord> {
  const name = fileNameOf(uri.path);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const record: DraftRecord = { uri, name, path: folder ? relativeTo(folder.uri, uri) : name, text: '' };
  const open = openDocumentFor(uri);
  if (open) record.text = open.getText();
  else {
    try {
      const decoded = decodeDraftBytes(await workspaceFs.readFile(uri));
      if ('problem' in decoded) return { ...record, error: decoded.problem };
      record.text = decoded.text;
    } catch (error) {
      return { ...record, error: errorText(error) };
    }
  }
  const sidecar = sidecarUriFor(uri, location);
  let sidecarText: string | undefined;
  try {
    sidecarText = sidecar ? await readTextFile(sidecar) : undefined;
  } catch (error) {
    return { ...record, error: errorText(error) };
  }
  const { policy, detect } = await policies.policyFor(uri);
  const assessment = assessDraft({
    uri: uri.toString(),
    text: record.text,
    language: draftLanguageOfPath(uri.path),
    draftName: name,
    ...(sidecarText !== undefined ? { sidecarText } : {}),
    policy,
    detect,
  });
  record.assessment = assessment;
  if (assessment.evaluation.error !== undefined) record.error = assessment.evaluation.error;
  return record;
}
