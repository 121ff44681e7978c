import * as vscode from 'vscode';
import type { StatusCounts } from '../../core/review/types';
import { DRAFTS_VIEW_ID } from '../commandIds';
import { readConfig } from '../config';
import type { ReviewService } from '../reviewService';
import { afterActivation } from '../afterActivation';
import { DelayedTask } from '../delayedTask';
import { ReviewSettler } from '../reviewSettler';
import { isSidecarPath } from '../storage/sidecarLocation';
import { evaluatePolicy, mergePolicy, type PolicyInputs, type PublishPolicy } from '../../core/publish';
import { countStatuses } from '../../core/review/types';
import { policyFromSettings, type PolicySource, type ResolvedPolicy } from '../publish/policySource';
import { DraftCounter, type DraftCount, type DraftToCount } from './draftCounter';
import { findDrafts, type FoundDraft } from './draftDiscovery';
import { WorkspaceDraftReader } from './draftFilesReader';
import { draftLanguageOfPath, fileNameOf } from './draftLanguage';
import { readDraftsSettings } from './draftsSettings';
import { buildDraftTree, type DraftRow, type DraftTreeNode, type PublishState } from './draftTreeModel';
import type { TaskTimesSummary } from './taskTimes';
import { DisposableBase } from '../../service/disposable';
import type { FactCheckConfiguration } from '../configuration';

/** Events within this window become one re-discovery or recount. */
const CHANGE_DEBOUNCE_MS = 300;
/** Subfolders with more drafts than this start collapsed. */
const EXPANDED_FOLDER_MAX = 50;
/** While counting, the tree is redrawn at most this often. */
const REDRAW_MS = 400;

/** Timings of the last refresh, for the benchmark and tests. */
export interface DraftsStats {
  drafts: number;
  /** From refresh start until the drafts were listed (counts may still be coming). */
  listedMs: number;
  /** From refresh start until every draft was counted. */
  countedMs: number;
  /** Longest counting task between two yields. */
  longestSliceMs: number;
  /** Every counting task and tree redraw of the refresh: longest, 95th percentile, longest step per kind, longest CPU time. */
  tasks: TaskTimesSummary;
}

/** The Drafts view's host side, for tests and benchmarks only (not a stable API). */
export interface DraftsTestApi {
  /** Re-discovers and recounts (every draft when cold, else only changed ones); resolves when every draft is counted. */
  refresh(cold?: boolean): Promise<DraftsStats>;
  /** Resolves when the view is idle (listed and counted). */
  idle(): Promise<void>;
  rows(): DraftRow[];
  tree(): DraftTreeNode[];
  /** The message the view shows above its tree (progress), if any. */
  message(): string | undefined;
  stats(): DraftsStats | undefined;
}

/** Everything the overview shows about one draft, computed from a count. */
export function describeState(state: PublishState | undefined): { icon: string; color: string | undefined; label: string } {
  switch (state) {
    case 'unreadable':
      return { icon: 'error', color: 'factCheck.disputedBorder', label: vscode.l10n.t('Its annotation file cannot be read') };
    case 'blocked-by-disputed':
      return { icon: 'circle-slash', color: 'factCheck.disputedBorder', label: vscode.l10n.t('Blocked by a disputed claim') };
    case 'changed-since-sign-off':
      return { icon: 'history', color: 'factCheck.changedSinceVerificationBorder', label: vscode.l10n.t('Changed since sign-off') };
    case 'needs-work':
      return { icon: 'circle-large-outline', color: 'factCheck.unverifiedBorder', label: vscode.l10n.t('Needs work') };
    case 'ready':
      return { icon: 'pass', color: 'factCheck.unreviewedUnderline', label: vscode.l10n.t('Ready to sign off') };
    case 'signed-off':
      return { icon: 'verified-filled', color: 'factCheck.verifiedUnderline', label: vscode.l10n.t('Signed off') };
    case undefined:
      return { icon: 'loading~spin', color: undefined, label: vscode.l10n.t('Counting claims…') };
  }
}

/** `14/20 verified · 3 unreviewed · 2 unverified · 1 disputed` (zero counts left out). */
export function countsDescription(counts: StatusCounts): string {
  const parts = [vscode.l10n.t('{0}/{1} verified', counts.verified, counts.total)];
  if (counts.unreviewed > 0) parts.push(vscode.l10n.t('{0} unreviewed', counts.unreviewed));
  if (counts.unverified > 0) parts.push(vscode.l10n.t('{0} unverified', counts.unverified));
  if (counts.disputed > 0) parts.push(vscode.l10n.t('{0} disputed', counts.disputed));
  return parts.join(' · ');
}

/**
 * The Drafts overview (`factCheck.drafts`): every draft in the workspace with its claim counts and
 * publishing state, most urgent first, grouped by workspace folder and subfolder. Drafts are never
 * opened to count them: closed drafts are read and counted in the background in short slices; open
 * ones use the editor's review. A file watcher keeps it current.
 */
export class DraftsView extends DisposableBase implements vscode.TreeDataProvider<DraftTreeNode> {
  private readonly changeEmitter = new vscode.EventEmitter<DraftTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<DraftTreeNode>;
  private readonly reader = new WorkspaceDraftReader();
  private readonly counter: DraftCounter;
  private found = new Map<string, FoundDraft>();
  /** Sidecar URI → draft URI, to recount a draft when only its sidecar changed. */
  private bySidecar = new Map<string, string>();
  private nodes: DraftTreeNode[] = [];
  private working: Promise<DraftsStats> | undefined;
  private again = false;
  private pendingDiscovery = false;
  private readonly discoverLater = new DelayedTask(CHANGE_DEBOUNCE_MS, () => void this.refresh(true));
  private readonly countLater = new DelayedTask(CHANGE_DEBOUNCE_MS, () => void this.refresh(false));
  private readonly redrawLater = new DelayedTask(REDRAW_MS, () => this.redraw());
  private lastStats: DraftsStats | undefined;
  private started = false;

  /** Each workspace folder's policy, loaded before every count. */
  private policies = new Map<string, ResolvedPolicy>();

  constructor(
    private readonly review: ReviewService,
    private readonly policySource: PolicySource,
    settings: FactCheckConfiguration,
  ) {
    super();
    this.counter = new DraftCounter(this.reader, (id) => this.inputsOf(id));
    this.view = vscode.window.createTreeView(DRAFTS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    const settler = new ReviewSettler(review, { typingMs: CHANGE_DEBOUNCE_MS, changeMs: CHANGE_DEBOUNCE_MS }, (document) => {
      if (this.found.has(document.uri.toString())) this.scheduleRedraw();
    });
    this._register(
      this.view,
      this.changeEmitter,
      settler,
      // Nothing is counted until the view is first shown.
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && !this.started) this.start();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleDiscovery()),
      policySource.onDidChange(() => {
        this.counter.invalidate();
        this.scheduleCount();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.found.has(d.uri.toString())) this.scheduleRedraw();
      }),
      settings.onDidChange((e) => {
        if (e.affectsConfiguration('factCheck.drafts') || e.affectsConfiguration('factCheck.sidecarLocation')) {
          this.counter.invalidate();
          this.scheduleDiscovery();
        } else {
          this.counter.invalidate();
          this.scheduleCount();
        }
      }),
    );
    // Listing and counting are no part of activation, even with the view open.
    this._register(
      afterActivation(() => {
        if (this.view.visible) this.start();
      }),
    );
  }

  get testApi(): DraftsTestApi {
    return {
      refresh: (cold = false) => {
        if (cold) this.counter.invalidate();
        if (!this.started) {
          this.started = true;
          this.watch();
        }
        return this.refresh(true);
      },
      idle: async () => {
        while (this.working || this.discoverLater.pending || this.countLater.pending) {
          await (this.working ?? new Promise((r) => setTimeout(r, 50)));
        }
      },
      rows: () => this.rows(),
      tree: () => this.nodes,
      message: () => this.view.message,
      stats: () => this.lastStats,
    };
  }

  /** Every draft the overview lists (discovered now when it has not looked yet). */
  async listedDrafts(): Promise<vscode.Uri[]> {
    if (this.found.size === 0) await this.discover();
    return [...this.found.values()].map((f) => f.uri);
  }

  getTreeItem(node: DraftTreeNode): vscode.TreeItem {
    if (node.kind === 'folder') {
      // Big subfolders start collapsed: VS Code asks for the children of every expanded node at once.
      const expanded = node.path === '' || node.drafts <= EXPANDED_FOLDER_MAX;
      const item = new vscode.TreeItem(
        node.label,
        expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.id = `folder:${node.id}`;
      item.contextValue = 'factCheck.draftFolder';
      item.iconPath = vscode.ThemeIcon.Folder;
      item.description =
        node.needAttention > 0
          ? vscode.l10n.t('{0} drafts · {1} need attention', node.drafts, node.needAttention)
          : vscode.l10n.t('{0} drafts', node.drafts);
      return item;
    }
    const { row } = node;
    const uri = vscode.Uri.parse(row.id);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `draft:${row.id}`;
    const look = describeState(row.state);
    item.iconPath = new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
    // An unreadable sidecar's counts would show every claim as unreviewed: say what is wrong instead.
    item.description = row.counts && row.state !== 'unreadable' ? countsDescription(row.counts) : look.label;
    item.contextValue = `factCheck.draft.${row.state ?? 'counting'}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Draft'), arguments: [uri] };
    item.accessibilityInformation = { label: `${node.label}, ${look.label}${row.counts ? `, ${countsDescription(row.counts)}` : ''}` };
    return item;
  }

  /** Tooltips only when hovered: building them for thousands of rows would cost every redraw. */
  resolveTreeItem(item: vscode.TreeItem, node: DraftTreeNode): vscode.TreeItem {
    if (node.kind === 'draft') item.tooltip = this.tooltip(node.row, describeState(node.row.state).label);
    return item;
  }

  getChildren(node?: DraftTreeNode): DraftTreeNode[] {
    if (!this.started) this.start();
    return node ? (node.kind === 'folder' ? node.children : []) : this.nodes;
  }

  getParent(): undefined {
    return undefined;
  }

  override dispose(): void {
    for (const task of [this.discoverLater, this.countLater, this.redrawLater]) task.dispose();
    super.dispose();
  }

  // --- internals ---

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.watch();
    void this.refresh(true);
  }

  private watch(): void {
    const include = readDraftsSettings().include;
    const drafts = vscode.workspace.createFileSystemWatcher(include);
    const sidecars = vscode.workspace.createFileSystemWatcher('**/*.factcheck.json');
    this._register(
      drafts,
      sidecars,
      drafts.onDidCreate(() => this.scheduleDiscovery()),
      drafts.onDidDelete(() => this.scheduleDiscovery()),
      drafts.onDidChange((uri) => this.changedOnDisk(uri.toString())),
      sidecars.onDidCreate((uri) => this.sidecarChanged(uri)),
      sidecars.onDidChange((uri) => this.sidecarChanged(uri)),
      sidecars.onDidDelete((uri) => this.sidecarChanged(uri)),
    );
  }

  private sidecarChanged(uri: vscode.Uri): void {
    const draft = this.bySidecar.get(uri.toString());
    if (draft) this.changedOnDisk(draft);
  }

  private changedOnDisk(id: string): void {
    if (!this.found.has(id)) return;
    this.counter.invalidate(id);
    this.scheduleCount();
  }

  private scheduleDiscovery(): void {
    this.discoverLater.debounce();
  }

  private scheduleCount(): void {
    this.countLater.debounce();
  }

  private scheduleRedraw(): void {
    this.redrawLater.throttle();
  }

  /** One refresh at a time; a request during one cuts its counting short and runs once more (counts done so far are kept). */
  private refresh(discover: boolean): Promise<DraftsStats> {
    this.pendingDiscovery ||= discover;
    if (this.working) {
      this.again = true;
      this.counter.cancel();
      return this.working;
    }
    const working = this.loop().finally(() => {
      if (this.working === working) this.working = undefined;
    });
    this.working = working;
    return working;
  }

  private async loop(): Promise<DraftsStats> {
    let stats: DraftsStats;
    do {
      this.again = false;
      const discover = this.pendingDiscovery;
      this.pendingDiscovery = false;
      stats = await this.run(discover);
    } while (this.again);
    return stats;
  }

  private async run(discover: boolean): Promise<DraftsStats> {
    const started = performance.now();
    this.counter.tasks.reset();
    if (discover || this.found.size === 0) await this.discover();
    await this.loadPolicies();
    this.redraw();
    const listedMs = performance.now() - started;
    const open = this.openDrafts();
    const drafts: DraftToCount[] = [...this.found.values()]
      .filter((f) => !open.has(f.uri.toString()))
      .map((f) => ({ id: f.uri.toString(), name: fileNameOf(f.uri.path), language: draftLanguageOfPath(f.uri.path) }));
    const counting = this.counter.countAll(drafts, (done, total) => {
      this.view.message = done < total ? vscode.l10n.t('Counting claims: {0} of {1} drafts…', done, total) : this.policyProblem();
      this.scheduleRedraw();
    });
    await vscode.window.withProgress({ location: { viewId: DRAFTS_VIEW_ID } }, () => counting);
    this.view.message = this.policyProblem();
    this.redraw();
    const tasks = this.counter.tasks.summary();
    this.lastStats = { drafts: this.found.size, listedMs, countedMs: performance.now() - started, longestSliceMs: tasks.longestMs, tasks };
    return this.lastStats;
  }

  private async discover(): Promise<void> {
    const found = await findDrafts(readDraftsSettings());
    this.counter.timed('discover', () => {
      this.reader.readSettings();
      this.found = new Map(found.map((f) => [f.uri.toString(), f]));
      this.bySidecar = new Map();
      for (const f of found) {
        const sidecar = this.reader.sidecarOf(f.uri);
        if (sidecar) this.bySidecar.set(sidecar.toString(), f.uri.toString());
      }
      this.counter.retain(new Set(this.found.keys()));
    });
  }

  private async loadPolicies(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const resolved = await Promise.all(folders.map((f) => this.policySource.policyFor(f.uri)));
    this.policies = new Map(folders.map((f, i) => [f.uri.toString(), resolved[i]]));
  }

  /** A draft's policy inputs: its workspace folder's (loaded before every count), else the settings'. */
  private inputsOf(draftId: string): PolicyInputs {
    const folder = this.found.get(draftId)?.folder.uri.toString();
    return (
      (folder === undefined ? undefined : this.policies.get(folder)) ?? {
        policy: mergePolicy(policyFromSettings()),
        detect: readConfig().detect,
      }
    );
  }

  private policyOf(draftId: string): PublishPolicy {
    return this.inputsOf(draftId).policy;
  }

  /** A refused policy file, said above the tree (the settings' policy applies meanwhile). */
  private policyProblem(): string | undefined {
    const error = [...this.policies.values()].find((p) => p.error !== undefined)?.error;
    return error === undefined ? undefined : vscode.l10n.t('Policy file ignored: {0}', error);
  }

  /** An open draft's counts and state from the editor's review, unsaved edits included. */
  private liveCount(document: vscode.TextDocument): DraftCount {
    const live = this.review.getReview(document);
    const evaluation = evaluatePolicy({
      items: live.items,
      policy: this.policyOf(document.uri.toString()),
      text: document.getText(),
      signOff: this.review.signOffOf(document),
      sidecarError: live.storeError,
    });
    const count: DraftCount = { counts: countStatuses(live.items), state: evaluation.state };
    if (evaluation.error !== undefined) count.problem = evaluation.error;
    return count;
  }

  private rows(): DraftRow[] {
    const rows: DraftRow[] = [];
    const open = this.openDrafts();
    for (const [id, f] of this.found) {
      const document = open.get(id);
      const count = document ? this.liveCount(document) : this.counter.get(id);
      const row: DraftRow = { id, folderId: f.folder.uri.toString(), folderName: f.folder.name, relativePath: f.relativePath };
      if (count) {
        row.counts = count.counts;
        row.state = count.state;
        if (count.problem !== undefined) row.problem = count.problem;
      }
      rows.push(row);
    }
    return rows;
  }

  private redraw(): void {
    this.redrawLater.cancel();
    this.counter.timed('redraw', () => {
      const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => ({ id: f.uri.toString(), name: f.name }));
      this.nodes = buildDraftTree(this.rows(), folders);
      this.view.description = this.found.size > 0 ? vscode.l10n.t('{0} drafts', this.found.size) : undefined;
      this.changeEmitter.fire(undefined);
    });
  }

  /** The open drafts by URI string: their counts come from the editor's review. */
  private openDrafts(): Map<string, vscode.TextDocument> {
    const open = new Map<string, vscode.TextDocument>();
    for (const d of vscode.workspace.textDocuments) if (this.review.isDraft(d) && !isSidecarPath(d.uri)) open.set(d.uri.toString(), d);
    return open;
  }

  private tooltip(row: DraftRow, stateLabel: string): vscode.MarkdownString {
    const md = new vscode.MarkdownString(undefined, true);
    md.appendText(row.relativePath);
    md.appendMarkdown('\n\n**');
    md.appendText(stateLabel);
    md.appendMarkdown('**\n\n');
    if (row.problem !== undefined) {
      md.appendText(row.problem);
      md.appendMarkdown('\n\n');
    }
    if (row.counts) {
      const c = row.counts;
      for (const line of [
        vscode.l10n.t('Not reviewed yet: {0}', c.unreviewed),
        vscode.l10n.t('Flagged as unverified: {0}', c.unverified),
        vscode.l10n.t('Disputed: {0}', c.disputed),
        vscode.l10n.t('Verified: {0}', c.verified),
      ]) {
        md.appendText(line);
        md.appendMarkdown('  \n');
      }
    }
    return md;
  }
}
