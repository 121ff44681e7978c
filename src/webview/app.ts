import type { ReviewItem } from '../core/review/types';
import type { DeskDraft, HostMessage, WebviewMessage } from '../shared/protocol';
import { translator, type DeskActions, type DeskRequest, type RequestDone, type Translate } from './context';
import { el, replaceChildren, setAttrs, setText } from './dom';
import { DEFAULT_FILTER, filterItems, isFiltered, type DeskFilter } from './model/filter';
import { buildMeter } from './model/meter';
import { reconcileItem } from './model/selection';
import { INITIAL_VIEW_STATE, restoreViewState, type DeskViewState } from './model/viewState';
import { ClaimDetail } from './views/claimDetail';
import { ClaimList } from './views/claimList';
import { DisagreeList } from './views/disagreeList';
import { FilterBar } from './views/filterBar';
import { TriageBar } from './views/triageBar';
import { countCheckFirst, triageThreshold } from './model/triage';
import { MeterView } from './views/meterView';
import { OrphanList } from './views/orphanList';

/** What the app needs from acquireVsCodeApi(), so it can be driven without a webview. */
export interface DeskHost {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: DeskViewState): void;
}

interface DeskUi {
  t: Translate;
  name: HTMLElement;
  storeError: HTMLElement;
  signOff: HTMLElement;
  meter: MeterView;
  noDraft: HTMLElement;
  draftPage: HTMLElement;
  listPage: HTMLElement;
  filters: FilterBar;
  triage: TriageBar;
  listMessage: HTMLElement;
  list: ClaimList;
  orphans: OrphanList;
  disagreements: DisagreeList;
  detailPage: HTMLElement;
}

const SCROLL_SAVE_MS = 150;

/**
 * The desk: header and meter, filters, the claim list and orphans, or one claim's detail.
 * Snapshots from the host patch these parts in place so typing and scroll survive updates.
 */
export class DeskApp implements DeskActions {
  private ui: DeskUi | undefined;
  private draft: DeskDraft | null = null;
  private view: DeskViewState;
  /** The restored view state still to apply to the first snapshot of its draft. */
  private pendingRestore: DeskViewState | undefined;
  private selectedItem: ReviewItem | undefined;
  private detail: ClaimDetail | undefined;
  private nextRequestId = 1;
  private readonly pending = new Map<number, RequestDone>();
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: DeskHost,
  ) {
    this.view = restoreViewState(host.getState());
    this.pendingRestore = this.view;
    window.addEventListener('scroll', () => this.rememberScroll(), { passive: true });
    document.addEventListener('keydown', (event) => this.onKeyDown(event));
  }

  receive(message: HostMessage): void {
    switch (message.type) {
      case 'init':
        this.build(translator(message.strings));
        break;
      case 'state':
        this.showDraft(message.draft);
        break;
      case 'select':
        this.selectFromEditor(message.itemId, message.openDetail);
        break;
      case 'result': {
        const done = this.pending.get(message.requestId);
        this.pending.delete(message.requestId);
        done?.(message.ok, message.message);
        break;
      }
    }
  }

  // ---- DeskActions (used by the views)

  reveal(itemId: string): void {
    if (this.draft) this.host.postMessage({ type: 'reveal', uri: this.draft.uri, itemId });
  }

  openSource(annotationId: string, sourceId: string): void {
    if (this.draft) this.host.postMessage({ type: 'openSource', uri: this.draft.uri, annotationId, sourceId });
  }

  revealRange(start: number, end: number): void {
    if (this.draft) this.host.postMessage({ type: 'revealRange', uri: this.draft.uri, start, end });
  }

  request(request: DeskRequest, done: RequestDone): void {
    const ui = this.requireUi();
    if (!this.draft) {
      done(false, ui.t('noDraft'));
      return;
    }
    const requestId = this.nextRequestId++;
    this.pending.set(requestId, done);
    this.host.postMessage({ ...request, requestId, uri: this.draft.uri } as WebviewMessage);
  }

  // ---- building and updating

  private build(t: Translate): void {
    if (this.ui) return;
    const list = new ClaimList(t, {
      onSelect: (item) => this.setSelected(item),
      onOpen: (item) => {
        this.reveal(item.id);
        this.openDetail(item, true);
      },
    });
    const filters = new FilterBar(t, this.view.filter, (filter) => this.setFilter(filter));
    const triage = new TriageBar(t, this.view.filter, (filter) => this.setFilter(filter));
    const ui: DeskUi = {
      t,
      name: el('h2', { className: 'draft-name' }),
      storeError: el('p', { className: 'banner error', attrs: { role: 'alert' } }),
      signOff: el('p', { className: 'banner sign-off', attrs: { role: 'status' } }),
      meter: new MeterView(t),
      noDraft: el('p', { className: 'empty-state', text: t('noDraft') }),
      draftPage: el('div', { className: 'draft-page' }),
      listPage: el('div', { className: 'list-page' }),
      filters,
      triage,
      listMessage: el('div', { className: 'list-message', attrs: { role: 'status' } }),
      list,
      orphans: new OrphanList(t, this),
      disagreements: new DisagreeList(t, this),
      detailPage: el('div', { className: 'detail-page' }),
    };
    ui.listPage.append(ui.disagreements.element, filters.element, triage.element, ui.listMessage, list.element, ui.orphans.element);
    ui.detailPage.hidden = true;
    ui.draftPage.append(
      el('header', { className: 'desk-header' }, ui.name, ui.storeError, ui.signOff, ui.meter.element),
      ui.listPage,
      ui.detailPage,
    );
    ui.draftPage.hidden = true;
    this.root.replaceChildren(ui.noDraft, ui.draftPage);
    this.ui = ui;
  }

  private requireUi(): DeskUi {
    if (!this.ui) this.build(translator({}));
    return this.ui as DeskUi;
  }

  private showDraft(draft: DeskDraft | null): void {
    const started = performance.now();
    const ui = this.requireUi();
    const previous = this.draft;
    this.draft = draft;
    ui.noDraft.hidden = draft !== null;
    ui.draftPage.hidden = draft === null;
    if (!draft) return;
    if (draft.uri !== this.view.uri) this.startDraft(draft.uri);
    setText(ui.name, draft.name);
    setAttrs(ui.name, { title: draft.uri });
    ui.storeError.hidden = !draft.storeError;
    setText(ui.storeError, draft.storeError ? ui.t('storeError', draft.storeError) : '');
    const signOff = draft.signOff;
    ui.signOff.hidden = !signOff;
    ui.signOff.classList.toggle('changed', signOff?.valid === false);
    setText(ui.signOff, signOff ? ui.t(signOff.valid ? 'signedOff' : 'changedSinceSignOff', signOff.by, signOff.at.slice(0, 10)) : '');
    const meter = buildMeter(draft.items, draft.dismissed);
    ui.meter.update(meter, draft.loading ? 'loading' : draft.counting ? 'counting' : 'done');
    ui.filters.updateCounts(meter);
    ui.triage.updateCount(countCheckFirst(draft.items, triageThreshold(draft.triageMinScore)), triageThreshold(draft.triageMinScore));
    ui.orphans.update(draft.orphans);
    ui.disagreements.update(draft.inconsistencies ?? []);

    const all = [...draft.items, ...draft.dismissed];
    if (this.selectedItem) this.selectedItem = reconcileItem(this.selectedItem, all);
    else if (this.view.selectedId !== null) this.selectedItem = all.find((item) => item.id === this.view.selectedId);
    this.view.selectedId = this.selectedItem?.id ?? null;
    this.refreshList();
    this.refreshDetail(all);
    this.applyRestore();
    this.saveState();
    const count = ui.list.count;
    void ui.list.element.offsetHeight; // include layout in the measurement
    const changed = previous === null || previous.version !== draft.version || previous.uri !== draft.uri;
    // The render that ends loading or counting (same version) is the one that shows the whole list.
    if (changed || previous.loading !== draft.loading || previous.counting !== draft.counting) {
      this.reportTiming('renderState', started, count);
    }
  }

  /**
   * A different draft: keep the status and kind filters (a way of working), start the search, selection,
   * detail and scroll afresh (or from the restored state of this draft).
   */
  private startDraft(uri: string): void {
    const restore = this.pendingRestore;
    this.closeDetail(false);
    this.selectedItem = undefined;
    this.view =
      restore && restore.uri === uri ? { ...restore } : { ...INITIAL_VIEW_STATE, uri, filter: { ...this.view.filter, search: '' } };
    if (!restore || restore.uri !== uri) this.pendingRestore = undefined;
    this.requireUi().filters.show(this.view.filter);
    this.requireUi().triage.show(this.view.filter);
    window.scrollTo({ top: 0 });
  }

  /** Applies the restored detail and scroll once, on the first snapshot of the restored draft. */
  private applyRestore(): void {
    const restore = this.pendingRestore;
    if (!restore || !this.draft || restore.uri !== this.draft.uri) return;
    this.pendingRestore = undefined;
    const item =
      restore.detailId === null ? undefined : [...this.draft.items, ...this.draft.dismissed].find((i) => i.id === restore.detailId);
    if (item) this.openDetail(item, false);
    window.scrollTo({ top: item ? restore.detailScroll : restore.listScroll });
  }

  private refreshList(): void {
    const ui = this.requireUi();
    const draft = this.draft;
    if (!draft) return;
    const filtered = filterItems(draft.items, draft.dismissed, this.view.filter, triageThreshold(draft.triageMinScore));
    ui.list.setItems(filtered, this.view.selectedId);
    ui.list.element.hidden = filtered.length === 0;
    if (draft.loading) {
      ui.listMessage.replaceChildren(el('p', { className: 'empty-state', attrs: { role: 'status' }, text: ui.t('loading') }));
    } else if (draft.items.length === 0 && draft.dismissed.length === 0) {
      ui.listMessage.replaceChildren(el('p', { className: 'empty-state', text: ui.t('noClaims') }));
    } else if (filtered.length === 0) {
      replaceChildren(
        ui.listMessage,
        el('p', { className: 'empty-state', text: ui.t('noMatches') }),
        isFiltered(this.view.filter)
          ? el('button', {
              className: 'secondary',
              attrs: { type: 'button' },
              text: ui.t('clearFilters'),
              on: { click: () => this.setFilter(DEFAULT_FILTER) },
            })
          : null,
      );
    } else {
      ui.listMessage.replaceChildren(el('span', { className: 'visually-hidden', text: ui.t('listCount', filtered.length) }));
    }
  }

  private refreshDetail(all: readonly ReviewItem[]): void {
    const detail = this.detail;
    if (!detail) return;
    const item = all.find((candidate) => candidate.id === detail.itemId) ?? this.reconcileDetail(all);
    if (item) {
      this.view.detailId = item.id;
      detail.update(item);
      detail.setLibraryMatches(this.draft?.library?.[item.id] ?? []);
    } else {
      this.closeDetail(false);
      this.requireUi().listMessage.prepend(el('p', { className: 'notice', text: this.requireUi().t('claimGone') }));
    }
  }

  /** The detail's claim under its new id (an edit above it moved it, or annotating it gave it one). */
  private reconcileDetail(all: readonly ReviewItem[]): ReviewItem | undefined {
    const shown = this.detailItem;
    return shown ? reconcileItem(shown, all) : undefined;
  }

  private detailItem: ReviewItem | undefined;

  private openDetail(item: ReviewItem, moveFocus: boolean): void {
    const ui = this.requireUi();
    if (this.detail && this.detail.itemId === item.id) {
      this.detail.update(item);
    } else {
      this.detail = new ClaimDetail(ui.t, this, item, () => this.closeDetail(true));
      ui.detailPage.replaceChildren(this.detail.element);
    }
    this.detail.setLibraryMatches(this.draft?.library?.[item.id] ?? []);
    this.detailItem = item;
    const wasList = !ui.listPage.hidden;
    if (wasList) this.view.listScroll = window.scrollY;
    ui.listPage.hidden = true;
    ui.detailPage.hidden = false;
    this.view.detailId = item.id;
    this.setSelected(item);
    if (wasList) window.scrollTo({ top: 0 });
    if (moveFocus) ui.detailPage.querySelector<HTMLElement>('button.back')?.focus();
    this.saveState();
  }

  private closeDetail(moveFocus: boolean): void {
    const ui = this.requireUi();
    if (!this.detail) return;
    this.detail = undefined;
    this.detailItem = undefined;
    this.view.detailId = null;
    ui.detailPage.replaceChildren();
    ui.detailPage.hidden = true;
    ui.listPage.hidden = false;
    ui.list.setItems(
      filterItems(this.draft?.items ?? [], this.draft?.dismissed ?? [], this.view.filter, triageThreshold(this.draft?.triageMinScore)),
      this.view.selectedId,
    );
    window.scrollTo({ top: this.view.listScroll });
    ui.list.render();
    if (moveFocus) {
      ui.list.select(this.view.selectedId, true);
      ui.list.element.focus({ preventScroll: true });
    }
    this.saveState();
  }

  private setSelected(item: ReviewItem | undefined): void {
    this.selectedItem = item;
    this.view.selectedId = item?.id ?? null;
    this.saveState();
  }

  private setFilter(filter: DeskFilter): void {
    this.view.filter = filter;
    this.requireUi().filters.show(filter);
    this.requireUi().triage.show(filter);
    const started = performance.now();
    this.refreshList();
    this.saveState();
    this.reportTiming('filter', started, this.requireUi().list.count);
  }

  /** The editor cursor is on a claim (or a hover asked to show it). */
  private selectFromEditor(itemId: string, openDetail: boolean): void {
    const draft = this.draft;
    if (!draft) return;
    const item = [...draft.items, ...draft.dismissed].find((candidate) => candidate.id === itemId);
    if (!item) return;
    this.setSelected(item);
    const ui = this.requireUi();
    if (this.detail) {
      if (this.detail.itemId !== item.id && !this.detail.isDirty()) this.openDetail(item, false);
      return;
    }
    if (openDetail) this.openDetail(item, false);
    else ui.list.select(item.id, true);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.detail) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) {
      target.blur();
      this.requireUi().detailPage.querySelector<HTMLElement>('button.back')?.focus();
      return;
    }
    event.preventDefault();
    this.closeDetail(true);
  }

  /** Records a User Timing measure (visible to the browser's tools) and tells the host. */
  private reportTiming(name: 'renderState' | 'filter', started: number, count: number): void {
    const measure = performance.measure(`desk:${name}`, { start: started, detail: { count } });
    this.host.postMessage({ type: 'perf', name, ms: measure.duration, count });
  }

  private rememberScroll(): void {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      if (this.detail) this.view.detailScroll = window.scrollY;
      else this.view.listScroll = window.scrollY;
      this.saveState();
    }, SCROLL_SAVE_MS);
  }

  private saveState(): void {
    this.host.setState(this.view);
  }
}
