import * as vscode from 'vscode';
import type { Annotation, Source } from '../../core/annotations/types';
import { FETCH_LIMITS } from '../../core/sources/fetchPort';
import { sourceHealth, suggestArchiveUrl } from '../../core/sources/health';
import type { SourceCheckJob } from '../../core/sources/runChecks';
import { yieldToEventLoop } from '../../core/sources/slices';
import type { SourceCheckRunner } from '../platform';
import { isClaimArgument } from '../claimTarget';
import { CommandId } from '../commandIds';
import { truncate } from '../markdown';
import type { ReviewService } from '../reviewService';
import { SIDECAR_FOLDER, SIDECAR_SUFFIX } from '../storage/sidecarLocation';
import { DisposableBase } from '../../service/disposable';
import { openDocumentFor } from '../openDocuments';
import { registerReportingCommand } from '../reportingCommand';
import { revealBidiControls } from '../../core/text/bidi';

/** `{ uri }` checks one draft, `{ scope: 'workspace' }` every draft with a sidecar; timeoutMs (tests) lowers the 10 s limit. */
interface CheckSourcesArgument {
  uri?: string;
  scope?: 'workspace';
  timeoutMs?: number;
}

/** What a check did, returned to tests and callers. */
export interface CheckSourcesResult {
  drafts: number;
  checked: number;
  problems: number;
  /** Sources whose address was refused as loopback, private or link-local (factCheck.sources.allowPrivateAddresses allows them). */
  refusedAddresses: number;
  cancelled: boolean;
}

interface Owner {
  document: vscode.TextDocument;
  annotationId: string;
}

/** A source named by a command argument: `{ uri, annotationId, sourceId }`. */
interface SourceArgument {
  uri: string;
  annotationId: string;
  sourceId: string;
}

function isSourceArgument(value: unknown): value is SourceArgument {
  if (!isClaimArgument(value)) return false;
  const v = value as unknown as Record<string, unknown>;
  return typeof v.annotationId === 'string' && typeof v.sourceId === 'string';
}

/** The draft a sidecar belongs to: beside it, or mirrored under <root>/.factcheck/. */
function draftOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
  const path = sidecar.path.slice(0, -SIDECAR_SUFFIX.length);
  const folder = vscode.workspace.getWorkspaceFolder(sidecar);
  const mirror = folder && `${folder.uri.path.replace(/\/+$/, '')}/${SIDECAR_FOLDER}/`;
  if (mirror && path.startsWith(mirror))
    return folder.uri.with({ path: `${folder.uri.path.replace(/\/+$/, '')}/${path.slice(mirror.length)}` });
  return sidecar.with({ path });
}

/**
 * Source health commands. "Check Sources" is the only place the extension uses the network:
 * it fetches each source link of the active draft (or of every draft in the workspace) with a
 * cancellable progress notification, and saves each result as soon as it is known. "Open
 * Archived Copy" and "Suggest Archive Link" work on stored links only: nothing is fetched.
 */
export class SourceCheckCommands extends DisposableBase {
  private running: Promise<CheckSourcesResult> | undefined;

  constructor(
    private readonly review: ReviewService,
    private readonly sourceChecks: ((timeoutMs?: number) => SourceCheckRunner) | undefined,
  ) {
    super();
    this.register(CommandId.CheckSources, (arg) => this.checkSources(arg));
    this.register(CommandId.OpenArchivedCopy, (arg) => this.openArchivedCopy(arg));
    this.register(CommandId.SuggestArchiveLink, (arg) => this.suggestArchiveLink(arg));
  }

  private register(id: CommandId, handler: (arg?: unknown) => unknown): void {
    this._register(registerReportingCommand(id, handler));
  }

  private async checkSources(arg: unknown): Promise<CheckSourcesResult | undefined> {
    if (this.running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Fact-Check is already checking sources.'));
      return undefined;
    }
    const options = (typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? arg : {}) as CheckSourcesArgument;
    const timeoutMs =
      typeof options.timeoutMs === 'number' && options.timeoutMs >= 50 && options.timeoutMs <= FETCH_LIMITS.timeoutMs
        ? options.timeoutMs
        : undefined;
    const runChecks = this.sourceChecks?.(timeoutMs);
    if (!runChecks) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Checking sources needs the desktop VS Code: a browser may not read other sites’ pages. Use `draft-factcheck check-sources` instead.',
        ),
      );
      return undefined;
    }
    const documents = await this.documentsToCheck(arg, options);
    if (documents === undefined) return undefined;
    const jobs: SourceCheckJob<Owner>[] = [];
    for (const document of documents) {
      for (const annotation of await this.review.loadedAnnotations(document)) {
        for (const source of annotation.sources) jobs.push({ source, owner: { document, annotationId: annotation.id } });
      }
    }
    if (jobs.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No sources to check: attach sources to claims first.'));
      return { drafts: documents.length, checked: 0, problems: 0, refusedAddresses: 0, cancelled: false };
    }
    this.running = this.runChecks(jobs, documents.length, runChecks);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async runChecks(jobs: SourceCheckJob<Owner>[], drafts: number, runSourceChecks: SourceCheckRunner): Promise<CheckSourcesResult> {
    const urls = new Set(jobs.map((j) => j.source.url)).size;
    const result: CheckSourcesResult = { drafts, checked: 0, problems: 0, refusedAddresses: 0, cancelled: false };
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Fact-Check: checking {0} source links', urls),
        cancellable: true,
      },
      async (progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        let done = 0;
        try {
          await runSourceChecks(jobs, {
            signal: abort.signal,
            pause: yieldToEventLoop,
            onResult: async (job, checked, outcome) => {
              // Saved at once (atomically, through the sidecar store): a cancel or a crash keeps what is known.
              await this.review.recordSourceCheck(job.owner.document, job.owner.annotationId, checked);
              result.checked++;
              if (sourceHealth(checked).problems.length > 0) result.problems++;
              if (outcome.kind === 'failed' && outcome.privateAddress) result.refusedAddresses++;
              done++;
              progress.report({
                increment: 100 / jobs.length,
                message: vscode.l10n.t('{0} of {1}: {2}', done, jobs.length, truncate(checked.title, 50)),
              });
            },
          });
        } finally {
          subscription.dispose();
          result.cancelled = abort.signal.aborted;
        }
      },
    );
    const summary = result.cancelled
      ? vscode.l10n.t(
          'Fact-Check: source check cancelled after {0} of {1} sources; the results so far are saved.',
          result.checked,
          jobs.length,
        )
      : vscode.l10n.t(
          'Fact-Check: {0} sources checked, {1} with problems (broken, moved, changed or quote not found).',
          result.checked,
          result.problems,
        );
    if (result.refusedAddresses > 0) void this.offerPrivateAddresses(summary, result.refusedAddresses);
    else void (result.problems > 0 ? vscode.window.showWarningMessage(summary) : vscode.window.showInformationMessage(summary));
    return result;
  }

  /** Says which sources were refused for their address, and offers the setting that allows intranet sources. */
  private async offerPrivateAddresses(summary: string, refused: number): Promise<void> {
    const open = vscode.l10n.t('Open Setting');
    const choice = await vscode.window.showWarningMessage(
      `${summary} ${vscode.l10n.t(
        '{0} of them point to this computer, a private network or a link-local address, which are not fetched unless you allow them (for intranet sources).',
        refused,
      )}`,
      open,
    );
    if (choice !== open) return;
    // Machine-scoped, it is set in a remote window's remote settings: the user settings tab would not list it.
    const settings = vscode.env.remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings';
    await vscode.commands.executeCommand(settings, { query: 'factCheck.sources.allowPrivateAddresses' });
  }

  /** The drafts a check covers: the argument's, else a choice between the active draft and the workspace. */
  private async documentsToCheck(arg: unknown, options: CheckSourcesArgument): Promise<vscode.TextDocument[] | undefined> {
    if (isClaimArgument(arg)) return [await this.draft(vscode.Uri.parse(arg.uri, true))];
    if (arg instanceof vscode.Uri) return [await this.draft(arg)];
    const active = vscode.window.activeTextEditor?.document;
    const activeDraft = active && this.review.isDraft(active) ? active : undefined;
    let scope: 'draft' | 'workspace' = options.scope === 'workspace' || !activeDraft ? 'workspace' : 'draft';
    if (options.scope === undefined && activeDraft && vscode.workspace.workspaceFolders?.length) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('This draft'), description: vscode.workspace.asRelativePath(activeDraft.uri), scope: 'draft' as const },
          {
            label: vscode.l10n.t('Every draft in the workspace'),
            description: vscode.l10n.t('drafts with annotation files'),
            scope: 'workspace' as const,
          },
        ],
        { placeHolder: vscode.l10n.t('Check the source links of… (each link is fetched once)') },
      );
      if (!picked) return undefined;
      scope = picked.scope;
    }
    if (scope === 'draft' && activeDraft) return [activeDraft];
    const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
    const documents: vscode.TextDocument[] = [];
    for (const sidecar of sidecars) {
      const draft = draftOfSidecar(sidecar);
      if (!draft) continue;
      try {
        documents.push(await this.draft(draft));
      } catch {
        // A sidecar whose draft is gone or is not a draft: nothing to check against.
      }
    }
    return documents;
  }

  private async draft(uri: vscode.Uri): Promise<vscode.TextDocument> {
    const key = uri.toString();
    const document = openDocumentFor(key) ?? (await vscode.workspace.openTextDocument(uri));
    if (!this.review.isDraft(document))
      throw new Error(vscode.l10n.t('{0} is not a draft Fact-Check reviews.', vscode.workspace.asRelativePath(uri)));
    return document;
  }

  /** The source an argument names, else one picked from the active draft's sources (filtered). */
  private async pickSource(
    arg: unknown,
    placeHolder: string,
    filter: (s: Source) => boolean,
  ): Promise<{ document: vscode.TextDocument; annotation: Annotation; source: Source } | undefined> {
    if (isSourceArgument(arg)) {
      const document = await this.draft(vscode.Uri.parse(arg.uri, true));
      const annotation = (await this.review.loadedAnnotations(document)).find((a) => a.id === arg.annotationId);
      const source = annotation?.sources.find((s) => s.id === arg.sourceId);
      if (!annotation || !source)
        throw new Error(vscode.l10n.t('That source is no longer attached to this claim (it may have been removed by someone else).'));
      return { document, annotation, source };
    }
    const active = vscode.window.activeTextEditor?.document;
    if (!active || !this.review.isDraft(active)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text draft first.'));
      return undefined;
    }
    const choices = (await this.review.loadedAnnotations(active)).flatMap((annotation) =>
      annotation.sources.filter(filter).map((source) => ({
        label: truncate(source.title, 80),
        description: truncate(annotation.anchor.exact, 60),
        detail: revealBidiControls(source.url),
        annotation,
        source,
      })),
    );
    if (choices.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No matching sources in this draft.'));
      return undefined;
    }
    const picked = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder, matchOnDetail: true });
    return picked && { document: active, annotation: picked.annotation, source: picked.source };
  }

  private async openArchivedCopy(arg: unknown): Promise<string | undefined> {
    const picked = await this.pickSource(arg, vscode.l10n.t('Open the archived copy of which source?'), (s) => s.archiveUrl !== undefined);
    if (!picked) return undefined;
    const url = picked.source.archiveUrl;
    if (!url) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('This source has no archived copy yet: use "Suggest Archive Link" or add one in the desk.'),
      );
      return undefined;
    }
    const target = vscode.Uri.parse(url, true);
    if (target.scheme !== 'http' && target.scheme !== 'https') throw new Error(vscode.l10n.t('Only http and https links are opened.'));
    await vscode.env.openExternal(target);
    return url;
  }

  /** Builds a web-archive lookup link locally (nothing is fetched) and stores it after the editor confirms. */
  private async suggestArchiveLink(arg: unknown): Promise<string | undefined> {
    const picked = await this.pickSource(arg, vscode.l10n.t('Suggest an archive link for which source?'), () => true);
    if (!picked) return undefined;
    const suggestion = suggestArchiveUrl(picked.source);
    const skipPrompt = typeof arg === 'object' && arg !== null && (arg as Record<string, unknown>).confirm === false;
    const url = skipPrompt
      ? suggestion
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Archive link for "{0}"', truncate(picked.source.title, 60)),
          prompt: vscode.l10n.t(
            'A Wayback Machine lookup for the page as it was when the source was attached. Nothing has been fetched: open it to see whether a copy exists.',
          ),
          value: suggestion,
          ignoreFocusOut: true,
        });
    if (url === undefined) return undefined;
    await this.review.editSource(picked.document, picked.annotation.id, picked.source.id, { archiveUrl: url });
    return url.trim() === '' ? undefined : url.trim();
  }
}
