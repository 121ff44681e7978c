import * as vscode from 'vscode';
import { FAIL_ON_CONDITIONS, mergePolicy, parsePolicy, POLICY_FILE_NAME, type FailOnCondition, type PublishPolicy } from '../../core/publish';
import { readTextFile } from '../storage/sidecarFiles';
import { DisposableBase } from '../../service/disposable';
import type { FactCheckConfiguration } from '../configuration';
import { errorText } from '../../core/util/errorText';

/** The policy layers from settings (factCheck.publish.*); keys left at their defaults are not set. */
export function policyFromSettings(scope?: vscode.ConfigurationScope): Partial<PublishPolicy> {
  const c = vscode.workspace.getConfiguration('factCheck.publish', scope);
  const layer: Partial<PublishPolicy> = {};
  const minScore = c.get<unknown>('minScore');
  if (typeof minScore === 'number' && Number.isFinite(minScore)) layer.minScore = Math.min(1, Math.max(0, minScore));
  const failOn = c.get<unknown>('failOn');
  if (Array.isArray(failOn)) layer.failOn = failOn.filter((f): f is FailOnCondition => (FAIL_ON_CONDITIONS as readonly unknown[]).includes(f));
  return layer;
}

/** A folder's policy, or why its policy file was refused (the settings policy applies meanwhile). */
export interface ResolvedPolicy {
  policy: PublishPolicy;
  /** `.factcheck-policy.json: line 3, column 5: …` when the file is refused. */
  error?: string;
  /** The policy file read, if there is one. */
  file?: vscode.Uri;
}

/**
 * The publishing policy per workspace folder: defaults, then settings, then the folder's
 * `.factcheck-policy.json` (shared with the CLI). Cached; a watcher drops the cache when a policy file changes.
 */
export class PolicySource extends DisposableBase {
  private readonly cache = new Map<string, Promise<ResolvedPolicy>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(settings: FactCheckConfiguration) {
    super();
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${POLICY_FILE_NAME}`);
    const changed = () => {
      this.cache.clear();
      this.changeEmitter.fire();
    };
    this._register(
      watcher,
      this.changeEmitter,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('factCheck.publish')) changed();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(changed),
    );
  }

  /** The policy for a draft: its workspace folder's, or the settings' for a draft outside every folder. */
  policyFor(draft: vscode.Uri): Promise<ResolvedPolicy> {
    const folder = vscode.workspace.getWorkspaceFolder(draft);
    const key = folder?.uri.toString() ?? '';
    let resolved = this.cache.get(key);
    if (!resolved) {
      resolved = resolvePolicy(folder);
      this.cache.set(key, resolved);
    }
    return resolved;
  }

}

async function resolvePolicy(folder: vscode.WorkspaceFolder | undefined): Promise<ResolvedPolicy> {
  const settings = policyFromSettings(folder);
  if (!folder) return { policy: mergePolicy(settings) };
  const file = vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME);
  let text: string | undefined;
  try {
    text = await readTextFile(file);
  } catch (error) {
    return { policy: mergePolicy(settings), file, error: `${POLICY_FILE_NAME}: ${errorText(error)}` };
  }
  if (text === undefined) return { policy: mergePolicy(settings) };
  const parsed = parsePolicy(text);
  if (!parsed.ok) return { policy: mergePolicy(settings), file, error: parsed.error };
  return { policy: mergePolicy(settings, parsed.policy), file };
}
