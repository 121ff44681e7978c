import { isClaimStatus } from '../../core/annotations/types';
import { isClaimKind } from '../../core/claims/types';
import { LIMITS } from '../../shared/protocol';
import { DEFAULT_FILTER, type DeskFilter } from './filter';

/** What the webview persists with setState so a hidden-then-shown view comes back as it was. */
export interface DeskViewState {
  /** The draft the rest applies to; other drafts start fresh. */
  uri: string | null;
  filter: DeskFilter;
  selectedId: string | null;
  /** The claim whose detail is open, or null for the list. */
  detailId: string | null;
  listScroll: number;
  detailScroll: number;
}

export const INITIAL_VIEW_STATE: DeskViewState = {
  uri: null,
  filter: DEFAULT_FILTER,
  selectedId: null,
  detailId: null,
  listScroll: 0,
  detailScroll: 0,
};

function stringOrNull(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

function scroll(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Reads whatever getState() returned (possibly from an older build) into a valid state. */
export function restoreViewState(value: unknown): DeskViewState {
  if (typeof value !== 'object' || value === null) return INITIAL_VIEW_STATE;
  const raw = value as Record<string, unknown>;
  const rawFilter = (typeof raw.filter === 'object' && raw.filter !== null ? raw.filter : {}) as Record<string, unknown>;
  const status = rawFilter.status === 'all' || isClaimStatus(rawFilter.status) ? rawFilter.status : 'all';
  const kind = rawFilter.kind === 'all' || isClaimKind(rawFilter.kind) ? rawFilter.kind : 'all';
  const search = stringOrNull(rawFilter.search, 500) ?? '';
  const checkFirst = rawFilter.checkFirst === true;
  const order = rawFilter.order === 'score' ? 'score' : 'position';
  return {
    uri: stringOrNull(raw.uri, LIMITS.uri),
    filter: { status, kind, search, checkFirst, order },
    selectedId: stringOrNull(raw.selectedId, LIMITS.id),
    detailId: stringOrNull(raw.detailId, LIMITS.id),
    listScroll: scroll(raw.listScroll),
    detailScroll: scroll(raw.detailScroll),
  };
}
