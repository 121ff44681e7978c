import * as vscode from 'vscode';
import type { Source } from '../core/annotations/types';
import type { ReviewItem } from '../core/review/types';
import { claimArgument } from './claimTarget';
import { CommandId } from './commandIds';
import { historyActionLabel, kindLabel, scoreLabel, statusLabel, whenLabel } from './labels';
import { commandLink, escapeMarkdown, markdownLink, truncate } from './markdown';
import type { DraftInsights } from './library/draftInsights';
import { libraryHoverExtras, type HoverExtras } from './library/libraryHover';
import type { ReviewService } from './reviewService';
import { HEALTH_TONE_SIGN, sourceHealthTone } from '../core/sources/health';
import { sourceHealthLabels } from './sources/healthLabels';

/** The commands hover links may run; the hover trusts exactly these and nothing else. */
const HOVER_COMMANDS = [
  CommandId.AttachSource,
  CommandId.FlagUnverified,
  CommandId.MarkVerified,
  CommandId.MarkDisputed,
  CommandId.DismissClaim,
  CommandId.ClearStatus,
  CommandId.ShowSidebar,
  CommandId.CheckSources,
  CommandId.ReuseVerification,
] as const;

/** Longest quote shown in a hover; the desk shows the whole thing. */
const QUOTE_MAX = 240;

/** A source's health from its last check ("⚠ broken link (HTTP 404)") and its archived copy, as a markdown suffix. */
function sourceHealthMarkdown(source: Source, now: Date): string {
  let text = '';
  const labels = sourceHealthLabels(source);
  if (labels.length > 0) {
    const problems = labels.filter((l) => l.problem);
    const shown = problems.length > 0 ? problems : labels;
    const when = source.checkedAt ? ` ${vscode.l10n.t('(checked {0})', whenLabel(source.checkedAt, now))}` : '';
    text += `  \n  ${HEALTH_TONE_SIGN[sourceHealthTone(source)]} ${escapeMarkdown(shown.map((l) => l.text).join(' · ') + when)}`;
  }
  if (source.archiveUrl) text += ` · ${markdownLink(vscode.l10n.t('archived copy'), source.archiveUrl)}`;
  return text;
}

/** Builds the hover markdown for one claim. Every string from the draft or the sidecar is escaped. */
export function claimHoverMarkdown(
  item: ReviewItem,
  uri: vscode.Uri,
  now: Date = new Date(),
  extras: HoverExtras = {},
): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };

  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(vscode.l10n.t('{0} claim', kindLabel(item.kind)))}** · ${escapeMarkdown(scoreLabel(item.score))}`);
  lines.push(`${escapeMarkdown(vscode.l10n.t('Why:'))} ${escapeMarkdown(item.reason)}`);
  // Every cue behind the score, so an editor sees why this claim ranks where it does.
  if (item.cues && item.cues.length > 1)
    lines.push(`${escapeMarkdown(vscode.l10n.t('Score from:'))} ${escapeMarkdown(item.cues.join(' · '))}`);
  let status = statusLabel(item.status);
  if (item.annotation?.changedSinceVerification) status += ` — ${vscode.l10n.t('changed since verification, check it again')}`;
  if (item.annotation?.manual) status += ` · ${vscode.l10n.t('marked by an editor')}`;
  lines.push(`${escapeMarkdown(vscode.l10n.t('Status:'))} ${escapeMarkdown(status)}`);
  md.appendMarkdown(lines.join('  \n'));

  const annotation = item.annotation;
  if (annotation && annotation.sources.length > 0) {
    md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Sources:'))}\n`);
    for (const source of annotation.sources) {
      let line = `\n- ${markdownLink(source.title, source.url)}`;
      if (source.quote) line += ` — “${escapeMarkdown(truncate(source.quote, QUOTE_MAX))}”`;
      if (source.note) line += ` _(${escapeMarkdown(truncate(source.note, QUOTE_MAX))})_`;
      line += sourceHealthMarkdown(source, now);
      md.appendMarkdown(line);
    }
  }
  if (annotation?.note)
    md.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Note:'))} ${escapeMarkdown(truncate(annotation.note, QUOTE_MAX))}`);
  if (extras.lines && extras.lines.length > 0) md.appendMarkdown(`\n\n${extras.lines.join('  \n')}`);

  const latest = annotation?.history[annotation.history.length - 1];
  if (latest) {
    const who = latest.by.trim() || vscode.l10n.t('someone');
    const text = vscode.l10n.t('Last change: {0} {1}, {2}', who, historyActionLabel(latest), whenLabel(latest.at, now));
    md.appendMarkdown(`\n\n_${escapeMarkdown(text)}_`);
  }

  const arg = claimArgument(uri, item);
  const links = [
    commandLink(vscode.l10n.t('Attach Source…'), CommandId.AttachSource, arg),
    commandLink(vscode.l10n.t('Flag as Unverified'), CommandId.FlagUnverified, arg),
    commandLink(vscode.l10n.t('Mark Verified'), CommandId.MarkVerified, arg),
    commandLink(vscode.l10n.t('Mark Disputed'), CommandId.MarkDisputed, arg),
    commandLink(vscode.l10n.t('Not a Claim'), CommandId.DismissClaim, arg),
  ];
  if (item.status !== 'unreviewed') links.push(commandLink(vscode.l10n.t('Clear Status'), CommandId.ClearStatus, arg));
  if (annotation && annotation.sources.length > 0)
    links.push(commandLink(vscode.l10n.t('Check Sources'), CommandId.CheckSources, { uri: uri.toString() }));
  links.push(commandLink(vscode.l10n.t('Show in Sidebar'), CommandId.ShowSidebar, arg));
  md.appendMarkdown(`\n\n---\n\n${links.join(' · ')}`);
  return md;
}

/** Shows what a claim is, why it was flagged, its sources and history, with one-click actions. */
export class ClaimHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly review: ReviewService,
    private readonly insights?: DraftInsights,
  ) {
    // Every file: which languages are drafts is a setting, checked per document below.
    this.registration = vscode.languages.registerHoverProvider({ scheme: '*' }, this);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.review.isDraft(document)) return undefined;
    const item = this.review.itemAt(document, document.offsetAt(position));
    if (!item || item.status === 'dismissed') return undefined;
    const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
    const extras = this.insights ? libraryHoverExtras(this.insights, document, item) : {};
    return new vscode.Hover(claimHoverMarkdown(item, document.uri, new Date(), extras), range);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
