import * as vscode from 'vscode';
import {
  FAIL_ON_CONDITIONS,
  mergePolicy,
  parsePolicy,
  POLICY_FILE_NAME,
  type FailOnCondition,
  type PolicyInputs,
  type PublishPolicy,
} from '../../core/publish';
import { readConfig } from '../config';
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
  if (Array.isArray(failOn))
    layer.failOn = failOn.filter((f): f is FailOnCondition => (FAIL_ON_CONDITIONS as readonly unknown[]).includes(f));
  return layer;
}

/**
 * A folder's policy inputs (the policy and the detection settings every verdict uses), or why its
 * policy file was refused (the settings' policy applies meanwhile).
 */
export interface ResolvedPolicy extends PolicyInputs {
  detect: NonNullable<PolicyInputs['detect']>;
  /** `.factcheck-policy.json: line 3, column 5: …` when the file is refused. */
  error?: string;
  /** The policy file read, if there is one. */
  file?: vscode.Uri;
}

/** Settings besides factCheck.publish.* that change a verdict: what the review of a draft leaves out. */
const DETECTION_SETTINGS = ['factCheck.minScore', 'factCheck.kinds', 'factCheck.extraCuePhrases', 'factCheck.ignorePhrases'];

/**
 * The one place that builds the policy inputs, per workspace folder: the policy (defaults, then settings,
 * then the folder's `.factcheck-policy.json`, shared with the CLI) and the detection settings. The Drafts
 * view, sign-off, Check and reports all ask here. Cached; a watcher, created on first use so activation
 * stays short, drops the cache when a policy file or a setting changes.
 */
export class PolicySource extends DisposableBase {
  private readonly cache = new Map<string, Promise<ResolvedPolicy>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private watching = false;

  constructor(private readonly settings: FactCheckConfiguration) {
    super();
    this._register(this.changeEmitter);
  }

  /** The policy inputs for a draft: its workspace folder's, or the settings' for a draft outside every folder. */
  policyFor(draft: vscode.Uri): Promise<ResolvedPolicy> {
    this.watch();
    const folder = vscode.workspace.getWorkspaceFolder(draft);
    const key = folder?.uri.toString() ?? '';
    let resolved = this.cache.get(key);
    if (!resolved) {
      resolved = resolvePolicy(folder);
      this.cache.set(key, resolved);
    }
    return resolved;
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${POLICY_FILE_NAME}`);
    const changed = () => {
      this.cache.clear();
      this.changeEmitter.fire();
    };
    this._register(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      this.settings.onDidChange((e) => {
        if (e.affectsConfiguration('factCheck.publish') || DETECTION_SETTINGS.some((s) => e.affectsConfiguration(s))) changed();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(changed),
    );
  }
}

async function resolvePolicy(folder: vscode.WorkspaceFolder | undefined): Promise<ResolvedPolicy> {
  const settings = policyFromSettings(folder);
  const detect = readConfig(folder).detect;
  if (!folder) return { policy: mergePolicy(settings), detect };
  const file = vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME);
  let text: string | undefined;
  try {
    text = await readTextFile(file);
  } catch (error) {
    return { policy: mergePolicy(settings), detect, file, error: `${POLICY_FILE_NAME}: ${errorText(error)}` };
  }
  if (text === undefined) return { policy: mergePolicy(settings), detect };
  const parsed = parsePolicy(text);
  if (!parsed.ok) return { policy: mergePolicy(settings), detect, file, error: parsed.error };
  return { policy: mergePolicy(settings, parsed.policy), detect, file };
}
