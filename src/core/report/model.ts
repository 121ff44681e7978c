/**
 * The fact-check report of a draft as data: header (draft, title, date, editors, sign-off),
 * summary counts and every claim in order with its kind, status, check-worthiness, note,
 * sources and a short history. Every format (md, html, csv, json) renders this one model.
 */
import { MERGE_ACTOR, REANCHOR_ACTOR, type HistoryEntry, type SidecarFile, type Source } from '../annotations';
import { validateSourceUrl } from '../annotations/sourceUrl';
import { frontMatterEnd } from '../claims/blocks';
import type { ClaimKind } from '../claims/types';
import { STATE_LABELS, type DraftState, type PolicyEvaluation } from '../publish';
import type { ReviewItem, StatusCounts } from '../review/types';
import { LineIndex } from '../text/lineIndex';
import { fillPlaceholders } from '../text/fillPlaceholders';
import { REPORT_LABELS } from './labels';

/** History entries shown per claim: the latest ones. */
export const SHORT_HISTORY = 5;

export interface ReportInput {
  /** The draft as shown: a workspace-relative path. */
  path: string;
  text: string;
  /** Review items in document order (dismissed ones are left out). */
  items: readonly ReviewItem[];
  sidecar?: SidecarFile;
  evaluation?: PolicyEvaluation;
  /** Why the sidecar (or the draft) cannot be read: the report says so instead of listing claims as unreviewed. */
  error?: string;
}

export interface ReportClaim {
  /** 1-based, in document order. */
  number: number;
  id?: string;
  line: number;
  kind: ClaimKind;
  status: ReviewItem['status'];
  changedSinceVerification: boolean;
  score: number;
  text: string;
  note: string;
  sources: Source[];
  /** The latest SHORT_HISTORY entries, oldest first. */
  history: HistoryEntry[];
  /** How many entries the full history has. */
  historyLength: number;
}

export interface ReportDraft {
  path: string;
  title: string;
  /** Everyone who recorded a change, a source or the sign-off, in order of first appearance. */
  editors: string[];
  signOff?: { by: string; at: string; valid: boolean };
  state?: DraftState;
  stateLabel?: string;
  counts: StatusCounts;
  claims: ReportClaim[];
  error?: string;
}

export interface Report {
  /** ISO 8601, passed in so output is reproducible. */
  generatedAt: string;
  drafts: ReportDraft[];
}

/** The title from front matter (`title:`), else the first Markdown heading, else the file name. */
export function draftTitle(text: string, path: string): string {
  const end = frontMatterEnd(text);
  if (end > 0) {
    const match = /^title\s*[:=]\s*(.+?)\s*$/m.exec(text.slice(0, end));
    if (match) return match[1].replace(/^(["'])(.*)\1$/, '$2').trim();
  }
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text.slice(end));
  if (heading) return heading[1];
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

const SYSTEM_ACTORS = new Set([REANCHOR_ACTOR, MERGE_ACTOR]);

function editorsOf(sidecar: SidecarFile | undefined): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name !== undefined && name.trim() !== '' && !SYSTEM_ACTORS.has(name)) names.add(name);
  };
  for (const a of sidecar?.annotations ?? []) {
    for (const h of a.history) add(h.by);
    for (const s of a.sources) {
      add(s.addedBy);
      add(s.editedBy);
    }
  }
  add(sidecar?.signOff?.by);
  return [...names];
}

export function buildReportDraft(input: ReportInput): ReportDraft {
  const lines = new LineIndex(input.text);
  const claims =
    input.error !== undefined
      ? []
      : input.items
          .filter((item) => item.status !== 'dismissed')
          .map((item, i): ReportClaim => {
            const a = item.annotation;
            const history = a?.history ?? [];
            return {
              number: i + 1,
              ...(a ? { id: a.id } : {}),
              line: lines.positionAt(item.start).line + 1,
              kind: item.kind,
              status: item.status,
              changedSinceVerification: a?.changedSinceVerification === true,
              score: item.score,
              text: item.text,
              note: a?.note ?? '',
              sources: a?.sources ?? [],
              history: history.slice(-SHORT_HISTORY),
              historyLength: history.length,
            };
          });
  const counts: StatusCounts = { total: 0, unreviewed: 0, verified: 0, unverified: 0, disputed: 0 };
  for (const claim of claims) {
    if (claim.status === 'dismissed') continue;
    counts.total++;
    counts[claim.status]++;
  }
  const draft: ReportDraft = {
    path: input.path,
    title: draftTitle(input.text, input.path),
    editors: editorsOf(input.sidecar),
    counts,
    claims,
  };
  const signOff = input.evaluation?.signOff;
  if (signOff) draft.signOff = { by: signOff.record.by, at: signOff.record.at, valid: signOff.valid };
  if (input.evaluation) {
    draft.state = input.evaluation.state;
    draft.stateLabel = STATE_LABELS[input.evaluation.state];
  }
  if (input.error !== undefined) draft.error = input.error;
  return draft;
}

export function buildReport(inputs: readonly ReportInput[], generatedAt: string): Report {
  return { generatedAt, drafts: inputs.map(buildReportDraft) };
}

/**
 * Whether a source URL may become a link: http(s) only. Sidecars are validated when read, but a
 * report is also built from records that never were, and must not make javascript: or file: links.
 */
export function isLinkable(url: string): boolean {
  return validateSourceUrl(url) === undefined && url === url.trim();
}

/** "2026-01-10 09:00 UTC" from an ISO time: short and the same in every locale. */
export function shortTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "5 claims: 2 verified, 1 unverified, 1 disputed, 1 unreviewed". */
export function summaryLine(counts: StatusCounts): string {
  const template = counts.total === 1 ? REPORT_LABELS.summaryOne : REPORT_LABELS.summaryMany;
  return fillPlaceholders(template, counts.verified, counts.unverified, counts.disputed, counts.unreviewed, counts.total);
}

/** A history entry in a few words: "2026-01-10 10:00 UTC Ana: status unreviewed → verified". */
export function describeHistory(entry: HistoryEntry): string {
  const change =
    entry.from !== undefined || entry.to !== undefined
      ? ` ${entry.from ?? ''}${entry.from !== undefined && entry.to !== undefined ? ' → ' : ''}${entry.to ?? ''}`
      : '';
  const detail = entry.detail !== undefined ? ` (${entry.detail})` : '';
  return `${shortTime(entry.at)} ${entry.by}: ${entry.action}${change}${detail}`;
}

/** The status as a reader says it; a verified claim whose text changed says so. */
export function statusLabel(claim: ReportClaim): string {
  return claim.changedSinceVerification ? REPORT_LABELS.changedSinceVerification : claim.status;
}
