import { CLAIM_KINDS } from '../../core/claims/types';
import { isClaimKind } from '../../core/claims/types';
import { kindName, statusName, type Translate } from '../context';
import { el, uniqueId } from '../dom';
import type { DeskFilter, StatusFilter } from '../model/filter';
import type { Meter } from '../model/meter';

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'unreviewed', 'unverified', 'disputed', 'verified', 'dismissed'];
const SEARCH_DEBOUNCE_MS = 120;

/** Status chips (one pressed at a time), a kind select and a search box. Calls onChange with the new filter. */
export class FilterBar {
  readonly element: HTMLElement;
  private readonly chips = new Map<StatusFilter, HTMLButtonElement>();
  private readonly kindSelect: HTMLSelectElement;
  private readonly searchInput: HTMLInputElement;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly t: Translate,
    private filter: DeskFilter,
    private readonly onChange: (filter: DeskFilter) => void,
  ) {
    const chipGroup = el('div', { className: 'chips', attrs: { role: 'group', 'aria-label': t('statusFilterLabel') } });
    for (const status of STATUS_FILTERS) {
      const chip = el('button', {
        className: 'chip',
        attrs: { type: 'button', 'data-status': status },
        on: { click: () => this.set({ status }) },
      });
      this.chips.set(status, chip);
      chipGroup.appendChild(chip);
    }
    const kindId = uniqueId('kind');
    this.kindSelect = el(
      'select',
      {
        attrs: { id: kindId },
        on: { change: () => this.set({ kind: isClaimKind(this.kindSelect.value) ? this.kindSelect.value : 'all' }) },
      },
      el('option', { attrs: { value: 'all' }, text: t('kindAll') }),
      ...CLAIM_KINDS.map((kind) => el('option', { attrs: { value: kind }, text: kindName(t, kind) })),
    );
    const searchId = uniqueId('search');
    this.searchInput = el('input', {
      attrs: { id: searchId, type: 'search', placeholder: t('searchPlaceholder'), maxlength: 500, autocomplete: 'off', spellcheck: false },
      on: {
        input: () => {
          clearTimeout(this.searchTimer);
          this.searchTimer = setTimeout(() => this.set({ search: this.searchInput.value }), SEARCH_DEBOUNCE_MS);
        },
      },
    });
    this.element = el(
      'div',
      { className: 'filters' },
      el('div', { className: 'field search-field' }, el('label', { attrs: { for: searchId }, text: t('searchLabel') }), this.searchInput),
      chipGroup,
      el('div', { className: 'field kind-field' }, el('label', { attrs: { for: kindId }, text: t('kindFilterLabel') }), this.kindSelect),
    );
    this.show(filter);
  }

  /** Shows a filter (e.g. restored state) without calling onChange. */
  show(filter: DeskFilter): void {
    this.filter = filter;
    for (const [status, chip] of this.chips) chip.setAttribute('aria-pressed', String(status === filter.status));
    this.kindSelect.value = filter.kind;
    if (this.searchInput.value !== filter.search && document.activeElement !== this.searchInput) this.searchInput.value = filter.search;
  }

  /** Refreshes the counts on the chips. */
  updateCounts(meter: Meter): void {
    const counts: Record<StatusFilter, number> = {
      all: meter.counts.total,
      unreviewed: meter.counts.unreviewed,
      unverified: meter.counts.unverified,
      disputed: meter.counts.disputed,
      verified: meter.counts.verified,
      dismissed: meter.dismissed,
    };
    for (const [status, chip] of this.chips) {
      const label = status === 'all' ? this.t('statusAll') : statusName(this.t, status);
      chip.textContent = `${label} ${counts[status]}`;
    }
  }

  private set(patch: Partial<DeskFilter>): void {
    const next = { ...this.filter, ...patch };
    this.show(next);
    this.onChange(next);
  }
}
