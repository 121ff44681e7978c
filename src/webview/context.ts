import type { ClaimStatus } from '../core/annotations/types';
import type { ClaimKind } from '../core/claims/types';
import type { RequestMessage } from '../shared/protocol';
import { DESK_STRINGS, format, type DeskStringKey } from './strings';

export type Translate = (key: DeskStringKey, ...args: readonly (string | number)[]) => string;

/** Looks strings up in the host's translated table, falling back to English (and to the key for unknown keys from bad data). */
export function translator(table: Readonly<Record<string, string>>): Translate {
  return (key, ...args) => format(table[key] ?? DESK_STRINGS[key] ?? String(key), ...args);
}

export function statusName(t: Translate, status: ClaimStatus): string {
  return t(`status_${status}`);
}

export function kindName(t: Translate, kind: ClaimKind): string {
  return t(`kind_${kind}`);
}

/** A request without the fields the app fills in (requestId, uri). */
export type DeskRequest = RequestMessage extends infer M ? (M extends RequestMessage ? Omit<M, 'requestId' | 'uri'> : never) : never;
export type RequestDone = (ok: boolean, message?: string) => void;

/** What views may ask of the app; the app adds the draft URI and tracks replies. */
export interface DeskActions {
  reveal(itemId: string): void;
  openSource(annotationId: string, sourceId: string): void;
  /** Selects a span of the draft in the editor (figures that disagree). */
  revealRange(start: number, end: number): void;
  request(request: DeskRequest, done: RequestDone): void;
}
