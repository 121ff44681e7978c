import type { Translate } from '../context';
import { el, uniqueId } from '../dom';
import type { DeskFilter } from '../model/filter';
import type { DeskOrder } from '../model/triage';

/**
 * Triage controls: the order of the list (as in the draft, or most check-worthy first) and a
 * "Check first" toggle that keeps only claims at or above factCheck.triage.minScore.
 */
export class TriageBar {
  readonly element: HTMLElement;
  private readonly orderSelect: HTMLSelectElement;
  private readonly checkFirstButton: HTMLButtonElement;
  private filter: DeskFilter;

  constructor(
    private readonly t: Translate,
    filter: DeskFilter,
    private readonly onChange: (filter: DeskFilter) => void,
  ) {
    this.filter = filter;
    const orderId = uniqueId('order');
    this.orderSelect = el(
      'select',
      { attrs: { id: orderId }, on: { change: () => this.set({ order: this.orderSelect.value === 'score' ? 'score' : 'position' }) } },
      el('option', { attrs: { value: 'position' satisfies DeskOrder }, text: t('orderPosition') }),
      el('option', { attrs: { value: 'score' satisfies DeskOrder }, text: t('orderScore') }),
    );
    this.checkFirstButton = el('button', {
      className: 'chip check-first',
      attrs: { type: 'button', 'aria-pressed': 'false' },
      on: { click: () => this.set({ checkFirst: !this.filter.checkFirst }) },
    });
    this.element = el(
      'div',
      { className: 'triage', attrs: { role: 'group', 'aria-label': t('triageLabel') } },
      this.checkFirstButton,
      el('div', { className: 'field order-field' }, el('label', { attrs: { for: orderId }, text: t('orderLabel') }), this.orderSelect),
    );
    this.show(filter);
  }

  /** Shows a filter (restored state, another control's change) without calling onChange. */
  show(filter: DeskFilter): void {
    this.filter = filter;
    this.orderSelect.value = filter.order ?? 'position';
    this.checkFirstButton.setAttribute('aria-pressed', String(filter.checkFirst === true));
  }

  /** How many claims are to be checked first, and from which score. */
  updateCount(count: number, minScore: number): void {
    this.checkFirstButton.textContent = this.t('checkFirst', count);
    this.checkFirstButton.title = this.t('checkFirstHint', Math.round(minScore * 100));
  }

  private set(patch: Partial<DeskFilter>): void {
    const next = { ...this.filter, ...patch };
    this.show(next);
    this.onChange(next);
  }
}
