import type { ReviewItem } from '../../core/review/types';
import type { Translate } from '../context';
import { el } from '../dom';
import { formatScore, snippet } from '../model/format';
import { isNavigationKey, moveIndex } from '../model/selection';
import { computeWindow, scrollToShow } from '../model/virtualWindow';
import { claimMeta } from './claimMeta';

/** Fixed row height (px) the virtual window relies on; the CSS reads it from --row-height. */
export const ROW_HEIGHT = 54;

export interface ClaimListEvents {
  /** The selection moved (keyboard, click, or restored). */
  onSelect(item: ReviewItem | undefined): void;
  /** Enter or click: open the claim's detail and reveal it in the editor. */
  onOpen(item: ReviewItem): void;
}

interface RenderedRow {
  item: ReviewItem;
  selected: boolean;
  element: HTMLElement;
}

/**
 * A virtualised listbox: only the rows in (and near) the viewport exist in the DOM, absolutely
 * positioned inside a spacer as tall as the whole list. The page scrolls; the list follows.
 */
export class ClaimList {
  readonly element: HTMLElement;
  private items: ReviewItem[] = [];
  private selectedIndex = -1;
  private rendered = new Map<number, RenderedRow>();
  private frame = 0;

  constructor(
    private readonly t: Translate,
    private readonly events: ClaimListEvents,
  ) {
    this.element = el('div', {
      className: 'claim-list',
      attrs: { role: 'listbox', tabindex: 0, 'aria-label': t('listLabel') },
      on: { keydown: (event) => this.onKeyDown(event), click: (event) => this.onClick(event), focus: () => this.onFocus() },
    });
    this.element.style.setProperty('--row-height', `${ROW_HEIGHT}px`);
    window.addEventListener('scroll', () => this.schedule(), { passive: true });
    window.addEventListener('resize', () => this.schedule());
  }

  get selected(): ReviewItem | undefined {
    return this.items[this.selectedIndex];
  }

  get count(): number {
    return this.items.length;
  }

  /** Replaces the rows (new snapshot or filter) and keeps the selection on selectedId when it is still listed. */
  setItems(items: ReviewItem[], selectedId: string | null): void {
    this.items = items;
    this.selectedIndex = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
    this.element.style.height = `${items.length * ROW_HEIGHT}px`;
    this.element.setAttribute('aria-activedescendant', this.selectedIndex >= 0 ? rowId(this.selectedIndex) : '');
    this.render();
  }

  /** Selects a claim by id; scrolls it into view when asked. Returns whether it is listed. */
  select(id: string | null, scrollIntoView: boolean): boolean {
    const index = id === null ? -1 : this.items.findIndex((item) => item.id === id);
    this.setSelectedIndex(index, scrollIntoView);
    return index >= 0;
  }

  /** Renders the rows in the viewport now (after becoming visible or scrolling). */
  render(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const top = this.element.getBoundingClientRect().top;
    const { start, end } = computeWindow(this.items.length, ROW_HEIGHT, -top, window.innerHeight);
    for (const [index, row] of this.rendered) {
      if (index < start || index >= end || this.items[index] !== row.item) {
        row.element.remove();
        this.rendered.delete(index);
      }
    }
    for (let index = start; index < end; index++) {
      const item = this.items[index];
      const selected = index === this.selectedIndex;
      const existing = this.rendered.get(index);
      if (existing && existing.selected === selected) continue;
      const element = this.renderRow(item, index, selected);
      if (existing) existing.element.replaceWith(element);
      else this.element.appendChild(element);
      this.rendered.set(index, { item, selected, element });
    }
  }

  private schedule(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.render());
  }

  private renderRow(item: ReviewItem, index: number, selected: boolean): HTMLElement {
    const row = el(
      'div',
      {
        className: `claim-row status-${item.status}${selected ? ' selected' : ''}`,
        attrs: {
          role: 'option',
          id: rowId(index),
          'aria-selected': String(selected),
          'aria-posinset': index + 1,
          'aria-setsize': this.items.length,
          'data-index': index,
        },
      },
      el('span', { className: 'row-text', text: snippet(item.text) }),
      withScore(
        this.t,
        item.score,
        claimMeta(this.t, 'span', {
          kind: item.kind,
          status: item.status,
          sources: item.annotation?.sources.length ?? 0,
          changedSinceVerification: item.annotation?.changedSinceVerification,
        }),
      ),
    );
    row.style.top = `${index * ROW_HEIGHT}px`;
    return row;
  }

  private setSelectedIndex(index: number, scrollIntoView: boolean): void {
    const changed = index !== this.selectedIndex;
    this.selectedIndex = index;
    this.element.setAttribute('aria-activedescendant', index >= 0 ? rowId(index) : '');
    if (scrollIntoView && index >= 0) {
      const listTop = this.element.getBoundingClientRect().top;
      const target = scrollToShow(index, ROW_HEIGHT, -listTop, window.innerHeight);
      if (target !== undefined) window.scrollTo({ top: window.scrollY + listTop + target });
    }
    this.render();
    if (changed) this.events.onSelect(this.selected);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const pageSize = Math.floor(window.innerHeight / ROW_HEIGHT) - 1;
      this.setSelectedIndex(moveIndex(this.selectedIndex, this.items.length, event.key, pageSize), true);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.selected) {
      event.preventDefault();
      this.events.onOpen(this.selected);
    }
  }

  private onClick(event: MouseEvent): void {
    const row = (event.target as Element | null)?.closest('.claim-row');
    const index = row ? Number(row.getAttribute('data-index')) : -1;
    if (!Number.isInteger(index) || index < 0 || index >= this.items.length) return;
    this.setSelectedIndex(index, false);
    this.events.onOpen(this.items[index]);
  }

  /** Keyboard users landing on the list get a visible selection to move from. */
  private onFocus(): void {
    if (!this.element.matches(':focus-visible')) return;
    if (this.selectedIndex < 0 && this.items.length > 0) this.setSelectedIndex(0, true);
    else if (this.selectedIndex >= 0) this.setSelectedIndex(this.selectedIndex, true);
  }
}

/** The meta line led by the score bar. */
function withScore(t: Translate, score: number, meta: HTMLElement): HTMLElement {
  meta.prepend(scoreBar(t, score));
  return meta;
}

/** A thin bar as long as the claim's check-worthiness, with the number for screen readers and on hover. */
function scoreBar(t: Translate, score: number): HTMLElement {
  const label = t('scoreBar', formatScore(score));
  const fill = el('span', { className: 'score-fill' });
  // CSSOM, not a style attribute: allowed by the desk's content security policy.
  fill.style.width = formatScore(score).replace('–', '0%');
  return el('span', { className: 'score-bar', attrs: { role: 'img', 'aria-label': label, title: label } }, fill);
}

function rowId(index: number): string {
  return `claim-row-${index}`;
}
