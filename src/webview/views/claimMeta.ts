import type { ClaimStatus } from '../../core/annotations/types';
import type { ClaimKind } from '../../core/claims/types';
import { kindName, statusName, type Translate } from '../context';
import { el } from '../dom';

export interface ClaimMetaFields {
  kind: ClaimKind;
  status: ClaimStatus;
  sources: number;
  changedSinceVerification?: boolean;
}

/** The line under a claim in the list and in Orphaned: kind badge, status (as text, not colour only), sources. */
export function claimMeta(t: Translate, tag: 'span' | 'p', fields: ClaimMetaFields): HTMLElement {
  const changed = t('changedSinceVerification');
  return el(
    tag,
    { className: 'row-meta' },
    el('span', { className: 'badge kind-badge', text: kindName(t, fields.kind) }),
    el('span', { className: 'row-status', text: statusName(t, fields.status) }),
    fields.sources > 0
      ? el('span', { className: 'row-sources', text: fields.sources === 1 ? t('oneSource') : t('sourcesCount', fields.sources) })
      : null,
    fields.changedSinceVerification
      ? el('span', { className: 'row-changed', text: '⚠', attrs: { title: changed, 'aria-label': changed } })
      : null,
  );
}
