import * as vscode from 'vscode';
import type { FetchErrorKind, QuoteUncheckedReason, Source } from '../../core/annotations/types';
import { sourceHealth } from '../../core/sources/health';

function fetchErrorLabel(kind: FetchErrorKind): string {
  switch (kind) {
    case 'timeout':
      return vscode.l10n.t('no answer within 10 s');
    case 'dns':
      return vscode.l10n.t('host not found');
    case 'connection':
      return vscode.l10n.t('connection failed');
    case 'too-many-redirects':
      return vscode.l10n.t('too many redirects');
    case 'unsafe-redirect':
      return vscode.l10n.t('address refused (not a public web address)');
    case 'network':
      return vscode.l10n.t('network error');
  }
}

function uncheckedLabel(reason: QuoteUncheckedReason, contentType: string | undefined): string | undefined {
  switch (reason) {
    case 'not-text':
      return vscode.l10n.t('quote not checked: the page is not text ({0})', contentType ?? vscode.l10n.t('unknown type'));
    case 'too-large':
      return vscode.l10n.t('quote not checked: the page is over 5 MB');
    default:
      return undefined; // no quote, or no page (already said as "broken")
  }
}

/**
 * A checked source's health as short localised phrases, worst first (the rules are core's
 * sourceHealth); [] when unchecked. `problem` marks the ones an editor must act on.
 */
export function sourceHealthLabels(source: Source): Array<{ text: string; problem: boolean }> {
  const health = sourceHealth(source);
  if (!health.checked) return [];
  const labels: Array<{ text: string; problem: boolean }> = [];
  if (health.problems.includes('broken')) {
    const why = source.fetchError !== undefined ? fetchErrorLabel(source.fetchError) : `HTTP ${source.httpStatus}`;
    labels.push({ text: vscode.l10n.t('broken link ({0})', why), problem: true });
  }
  if (health.movedTo !== undefined) labels.push({ text: vscode.l10n.t('moved to {0}', health.movedTo), problem: true });
  if (health.problems.includes('changed')) labels.push({ text: vscode.l10n.t('page changed since the last check'), problem: true });
  if (health.problems.includes('quote-not-found')) labels.push({ text: vscode.l10n.t('quote not found on the page'), problem: true });
  if (source.quoteFound === true) labels.push({ text: vscode.l10n.t('quote found'), problem: false });
  const unchecked =
    source.quoteFound === null && source.quoteUnchecked ? uncheckedLabel(source.quoteUnchecked, source.contentType) : undefined;
  if (unchecked && !health.problems.includes('broken')) labels.push({ text: unchecked, problem: false });
  if (labels.length === 0) labels.push({ text: vscode.l10n.t('link works'), problem: false });
  return labels;
}
