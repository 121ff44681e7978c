import { workspaceFs } from '../workspacePorts';
import * as vscode from 'vscode';
import { readConfig } from '../config';
import { readTextFile } from '../storage/sidecarFiles';
import { sidecarUriFor } from '../storage/sidecarLocation';
import type { DraftContent, DraftReader, DraftToCount } from './draftCounter';
import { errorText } from '../../core/util/errorText';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A draft's bytes as text, or why they are not a text draft. */
export function decodeDraftBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: vscode.l10n.t('binary file, not a text draft') };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: vscode.l10n.t('not valid UTF-8 text') };
  }
}

async function statStamp(uri: vscode.Uri | undefined): Promise<string> {
  if (!uri) return '-';
  try {
    const stat = await workspaceFs.stat(uri);
    return `${stat.mtime}:${stat.size}`;
  } catch {
    return 'absent';
  }
}

/** Reads drafts and their sidecars through vscode.workspace.fs (works on every file system, and on the web). */
export class WorkspaceDraftReader implements DraftReader {
  private location = readConfig().sidecarLocation;

  /** Reads factCheck.sidecarLocation again: once per refresh, not per draft (reading settings 2,000 times took one long task). */
  readSettings(): void {
    this.location = readConfig().sidecarLocation;
  }

  sidecarOf(draft: vscode.Uri): vscode.Uri | undefined {
    return sidecarUriFor(draft, this.location);
  }

  async stamp(draft: DraftToCount): Promise<string> {
    const uri = vscode.Uri.parse(draft.id);
    const [own, sidecar] = await Promise.all([statStamp(uri), statStamp(this.sidecarOf(uri))]);
    return `${own}|${sidecar}`;
  }

  async read(draft: DraftToCount): Promise<DraftContent> {
    const uri = vscode.Uri.parse(draft.id);
    const sidecar = this.sidecarOf(uri);
    const [bytes, sidecarText] = await Promise.all([
      workspaceFs.readFile(uri).then(
        (b) => decodeDraftBytes(b),
        (error: unknown) => ({ problem: errorText(error) }),
      ),
      sidecar
        ? readTextFile(sidecar).then(
            (text) => ({ text }),
            (error: unknown) => ({ problem: errorText(error) }),
          )
        : Promise.resolve({ text: undefined }),
    ]);
    const content: DraftContent = 'text' in bytes ? { text: bytes.text } : { problem: bytes.problem };
    if ('problem' in sidecarText) content.sidecarProblem = sidecarText.problem;
    else if (sidecarText.text !== undefined) content.sidecarText = sidecarText.text;
    return content;
  }
}
