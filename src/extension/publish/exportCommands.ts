import { workspaceFs } from '../workspacePorts';
import * as vscode from 'vscode';
import {
  annotationCollection,
  claimReviewJson,
  claimReviews,
  importWebAnnotations,
  toWebAnnotation,
  webAnnotationJson,
  type ImportSummary,
} from '../../core/exports';
import { buildReport, renderReport, REPORT_FORMATS, type ReportFormat, type ReportInput } from '../../core/report';
import { CommandId } from '../commandIds';
import { draftsBelow, type DraftTreeNode } from '../drafts/draftTreeModel';
import { draftLanguageOfPath } from '../drafts/draftLanguage';
import type { ReviewService } from '../reviewService';
import { writeTextFileAtomic } from '../storage/sidecarFiles';
import { loadDraftRecords, type DraftRecord } from './draftRecords';
import { activeDraft, draftUriFrom, fileName, loadedDraft, namedDraft, uriArg } from './draftTarget';
import { claimReviewOptions } from './exportSettings';
import type { PolicySource } from './policySource';
import { DisposableBase } from '../../service/disposable';
import { registerReportingCommand } from '../reportingCommand';

/** Optional arguments, for keybindings, scripts and tests: they skip the prompts. */
interface ExportArgs {
  /** A draft (vscode.Uri or string), or a Drafts view node. */
  uri?: unknown;
  format?: ReportFormat;
  /** Where to write, skipping the save dialog. */
  output?: vscode.Uri | string;
  /** For import: the annotation file. */
  file?: vscode.Uri | string;
  /** Do not offer to open the result (tests). */
  quiet?: boolean;
}

export interface ExportResult {
  written?: string;
  drafts: number;
  /** Drafts whose record could not be read (named in the report with an error marker). */
  errors: string[];
  /** Import: how many annotations were added, already present, not found. */
  imported?: { added: number; alreadyPresent: number; notFound: number };
}

function isNode(value: unknown): value is DraftTreeNode {
  return (
    typeof value === 'object' && value !== null && ((value as DraftTreeNode).kind === 'folder' || (value as DraftTreeNode).kind === 'draft')
  );
}

/**
 * Export Report, Export ClaimReview, Export Web Annotations and Import Web Annotations: the core's
 * reports and exports (core/report, core/exports) for the active draft, a draft or a folder of the
 * Drafts view, or the workspace. Files are written atomically (never half-way) and offered to open;
 * imports are merged through the review service and its store, never overwriting an annotation.
 */
export class ExportCommands extends DisposableBase {
  constructor(
    private readonly review: ReviewService,
    private readonly policies: PolicySource,
    /** Every draft the Drafts view lists (for a workspace report). */
    private readonly allDrafts: () => Promise<vscode.Uri[]>,
  ) {
    super();
    this.register(CommandId.ExportReport, (args) => this.exportReport(args));
    this.register(CommandId.ExportClaimReview, (args) => this.exportClaimReview(args));
    this.register(CommandId.ExportWebAnnotations, (args) => this.exportWebAnnotations(args));
    this.register(CommandId.ImportWebAnnotations, (args) => this.importWebAnnotations(args));
  }

  private register(id: CommandId, handler: (args: ExportArgs) => Promise<ExportResult | undefined>): void {
    this._register(
      registerReportingCommand(id, (arg) =>
        handler(
          isNode(arg) || arg instanceof vscode.Uri ? { uri: arg } : typeof arg === 'object' && arg !== null ? (arg as ExportArgs) : {},
        ),
      ),
    );
  }

  /** The drafts a command covers: a view folder's drafts, one draft, the active draft, else the whole workspace. */
  private async targets(args: ExportArgs): Promise<{ uris: vscode.Uri[]; label: string; folder: vscode.Uri | undefined } | undefined> {
    if (isNode(args.uri) && args.uri.kind === 'folder') {
      const uris = draftsBelow(args.uri).map((r) => vscode.Uri.parse(r.id));
      return {
        uris,
        label: args.uri.label,
        folder: vscode.Uri.parse(args.uri.path === '' ? args.uri.folderId : `${args.uri.folderId}/${args.uri.path}`),
      };
    }
    const one = namedDraft(args.uri) ?? activeDraft(this.review)?.uri;
    if (one) return { uris: [one], label: fileName(one).replace(/\.[^.]+$/, ''), folder: vscode.Uri.joinPath(one, '..') };
    const uris = await this.allDrafts();
    if (uris.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No drafts found in this workspace.'));
      return undefined;
    }
    return { uris, label: vscode.workspace.name ?? 'workspace', folder: vscode.workspace.workspaceFolders?.[0]?.uri };
  }

  private async records(uris: readonly vscode.Uri[]): Promise<DraftRecord[]> {
    if (uris.length <= 1) return loadDraftRecords(uris, this.review, this.policies);
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Fact-Check: reading {0} drafts', uris.length) },
      (progress) => loadDraftRecords(uris, this.review, this.policies, () => progress.report({ increment: 100 / uris.length })),
    );
  }

  private async exportReport(args: ExportArgs): Promise<ExportResult | undefined> {
    const target = await this.targets(args);
    if (!target) return undefined;
    const format = args.format ?? (await this.pickFormat());
    if (!format) return undefined;
    const output = await this.outputFor(args, target.folder, `${target.label}.factcheck-report.${format}`, format.toUpperCase());
    if (!output) return undefined;
    const records = await this.records(target.uris);
    const inputs = records.map(reportInput);
    await this.write(output, renderReport(buildReport(inputs, new Date().toISOString()), format), args);
    const errors = records.filter((r) => r.error !== undefined).map((r) => r.path);
    if (errors.length > 0)
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Fact-Check: the report marks {0} draft(s) whose annotations cannot be read: {1}', errors.length, errors.join(', ')),
      );
    return { written: output.toString(), drafts: records.length, errors };
  }

  private async exportClaimReview(args: ExportArgs): Promise<ExportResult | undefined> {
    const settings = claimReviewOptions(new Date().toISOString());
    if ('problem' in settings) {
      const open = vscode.l10n.t('Open Settings');
      void vscode.window.showErrorMessage(vscode.l10n.t('Fact-Check: {0}', settings.problem), open).then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', settings.setting);
      });
      return undefined;
    }
    return this.exportAll(args, 'claimreview.json', (records) =>
      claimReviewJson(
        records.flatMap((r) => claimReviews({ draftName: r.name, items: r.assessment?.review.items ?? [] }, settings.options)),
      ),
    );
  }

  private async exportWebAnnotations(args: ExportArgs): Promise<ExportResult | undefined> {
    return this.exportAll(args, 'annotations.jsonld', (records) => {
      const items = records.flatMap((r) => (r.assessment?.sidecar?.annotations ?? []).map((a) => toWebAnnotation(a, r.path)));
      const label =
        records.length === 1 ? vscode.l10n.t('Fact-check annotations: {0}', records[0].path) : vscode.l10n.t('Fact-check annotations');
      return webAnnotationJson(annotationCollection(items, label));
    });
  }

  /** An export needs every draft's record: nothing is written when one cannot be read. */
  private async exportAll(
    args: ExportArgs,
    extension: string,
    render: (records: DraftRecord[]) => string,
  ): Promise<ExportResult | undefined> {
    const target = await this.targets(args);
    if (!target) return undefined;
    const output = await this.outputFor(args, target.folder, `${target.label}.${extension}`, 'JSON-LD');
    if (!output) return undefined;
    const records = await this.records(target.uris);
    const errors = records.filter((r) => r.error !== undefined);
    if (errors.length > 0) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Fact-Check: nothing was exported: the annotations of {0} cannot be read ({1}).',
          errors.map((r) => r.path).join(', '),
          errors[0].error ?? '',
        ),
      );
      return { drafts: records.length, errors: errors.map((r) => r.path) };
    }
    await this.write(output, render(records), args);
    return { written: output.toString(), drafts: records.length, errors: [] };
  }

  private async importWebAnnotations(args: ExportArgs): Promise<ExportResult | undefined> {
    const uri = draftUriFrom(args.uri, this.review);
    if (!uri) return undefined;
    const file =
      uriArg(args.file) ??
      (
        await vscode.window.showOpenDialog({
          canSelectMany: false,
          filters: { [vscode.l10n.t('Web Annotations')]: ['json', 'jsonld'] },
          openLabel: vscode.l10n.t('Import'),
        })
      )?.[0];
    if (!file) return undefined;
    const document = await loadedDraft(uri, this.review);
    const storeError = this.review.getReview(document).storeError;
    if (storeError !== undefined)
      throw new Error(vscode.l10n.t('The annotations of {0} cannot be read, so nothing was imported: {1}', fileName(uri), storeError));
    const json = new TextDecoder().decode(await workspaceFs.readFile(file));
    let summary: ImportSummary | undefined;
    const added = await this.review.importAnnotations(document, (current, by, now) => {
      const result = importWebAnnotations({
        json,
        text: document.getText(),
        draftName: fileName(uri),
        language: draftLanguageOfPath(uri.path),
        sidecar: current,
        by,
        now,
      });
      if (!result.ok) throw new Error(vscode.l10n.t('{0} was not imported: {1}', fileName(file), result.error));
      summary = result.summary;
      return result.file.annotations;
    });
    await this.review.flush();
    const alreadyPresent = summary?.alreadyPresent ?? 0;
    const notFound = summary?.notFound ?? 0;
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Imported {0} annotation(s) into {1} ({2} already present, {3} not found in the draft).',
        added.length,
        fileName(uri),
        alreadyPresent,
        notFound,
      ),
    );
    return { drafts: 1, errors: [], imported: { added: added.length, alreadyPresent, notFound } };
  }

  private async pickFormat(): Promise<ReportFormat | undefined> {
    const labels: Record<ReportFormat, string> = {
      md: vscode.l10n.t('Markdown (reads well on GitHub)'),
      html: vscode.l10n.t('HTML (self-contained, printable)'),
      csv: vscode.l10n.t('CSV (one row per claim)'),
      json: vscode.l10n.t('JSON (for tools)'),
    };
    const picked = await vscode.window.showQuickPick(
      REPORT_FORMATS.map((format) => ({ label: labels[format], format })),
      { placeHolder: vscode.l10n.t('Report format') },
    );
    return picked?.format;
  }

  private async outputFor(
    args: ExportArgs,
    folder: vscode.Uri | undefined,
    name: string,
    filterName: string,
  ): Promise<vscode.Uri | undefined> {
    const given = uriArg(args.output);
    if (given) return given;
    const extension = name.slice(name.lastIndexOf('.') + 1);
    return vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [filterName]: [extension] },
    });
  }

  /** Atomic: readers see the old file or the new one, never half of it. Then offers to open it. */
  private async write(output: vscode.Uri, text: string, args: ExportArgs): Promise<void> {
    await writeTextFileAtomic(output, text);
    if (args.quiet) return;
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Fact-Check: wrote {0}.', fileName(output)), open);
    if (choice === open) await vscode.window.showTextDocument(output);
  }
}

function reportInput(record: DraftRecord): ReportInput {
  const input: ReportInput = { path: record.path, text: record.text, items: record.assessment?.review.items ?? [] };
  if (record.assessment?.sidecar) input.sidecar = record.assessment.sidecar;
  if (record.assessment) input.evaluation = record.assessment.evaluation;
  if (record.error !== undefined) input.error = record.error;
  return input;
}
