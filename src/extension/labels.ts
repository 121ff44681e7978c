import * as vscode from 'vscode';
import { isClaimStatus, type ClaimStatus, type HistoryEntry } from '../core/annotations/types';
import { KIND_LABELS } from '../core/claims/describe';
import type { ClaimKind } from '../core/claims/types';

/** Words an editor reads for claim kinds, statuses, scores and history, shared by hover, pickers, diagnostics and the status bar. */

export function kindLabel(kind: ClaimKind): string {
  return vscode.l10n.t(KIND_LABELS[kind]);
}

export function statusLabel(status: ClaimStatus): string {
  switch (status) {
    case 'unreviewed':
      return vscode.l10n.t('Not reviewed yet');
    case 'verified':
      return vscode.l10n.t('Verified');
    case 'unverified':
      return vscode.l10n.t('Flagged as unverified');
    case 'disputed':
      return vscode.l10n.t('Disputed');
    case 'dismissed':
      return vscode.l10n.t('Not a claim');
  }
}

/** "0.82 (high)": the bands match how an editor triages, not a statistical meaning. */
export function scoreLabel(score: number): string {
  const band = score >= 0.7 ? vscode.l10n.t('high') : score >= 0.4 ? vscode.l10n.t('medium') : vscode.l10n.t('low');
  return vscode.l10n.t('check-worthiness {0} ({1})', score.toFixed(2), band);
}

/** "5 minutes ago" within a week, else a short date; an unparseable stamp is shown as given. */
export function whenLabel(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const seconds = Math.round((now.getTime() - at.getTime()) / 1000);
  if (seconds < 0) return at.toISOString().slice(0, 10);
  if (seconds < 60) return vscode.l10n.t('just now');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? vscode.l10n.t('1 minute ago') : vscode.l10n.t('{0} minutes ago', minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? vscode.l10n.t('1 hour ago') : vscode.l10n.t('{0} hours ago', hours);
  const days = Math.floor(hours / 24);
  if (days < 7) return days === 1 ? vscode.l10n.t('yesterday') : vscode.l10n.t('{0} days ago', days);
  return at.toISOString().slice(0, 10);
}

function statusWord(value: string | undefined): string {
  return isClaimStatus(value) ? statusLabel(value).toLowerCase() : (value ?? '?');
}

/** What a history entry did, without who or when (callers add those). */
export function historyActionLabel(entry: HistoryEntry): string {
  switch (entry.action) {
    case 'created':
      return vscode.l10n.t('created the annotation');
    case 'status':
      return vscode.l10n.t('changed status from {0} to {1}', statusWord(entry.from), statusWord(entry.to));
    case 'source-added':
      return vscode.l10n.t('added a source');
    case 'source-removed':
      return vscode.l10n.t('removed a source');
    case 'source-edited':
      return vscode.l10n.t('edited a source');
    case 'note':
      return vscode.l10n.t('edited the note');
    case 'text-changed':
      return vscode.l10n.t('the claim text changed');
    case 'orphaned':
      return vscode.l10n.t('the claim text could not be found');
    case 'reattached':
      return vscode.l10n.t('re-attached the annotation');
    case 'merge-conflict':
      return vscode.l10n.t('merged conflicting changes');
    case 'reused':
      return vscode.l10n.t('reused a verification from the claim library');
  }
}
