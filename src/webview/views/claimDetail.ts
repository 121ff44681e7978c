import type { ClaimStatus, HistoryEntry, Source } from '../../core/annotations/types';
import type { ReviewItem } from '../../core/review/types';
import { LIMITS } from '../../shared/protocol';
import { kindName, statusName, type DeskActions, type Translate } from '../context';
import { el, replaceChildren, uniqueId } from '../dom';
import { formatScore, formatTimestamp } from '../model/format';
import { HEALTH_TONE_SIGN, sourceHealthTone } from '../../core/sources/health';
import { sourceHealthLines } from '../model/sourceHealthText';
import type { DeskLibraryMatch } from '../../shared/protocol';
import { LibraryMatches } from './libraryMatches';
import { SourceFormView } from './sourceFormView';

const STATUS_ACTIONS: readonly { status: ClaimStatus; label: Parameters<Translate>[0] }[] = [
  { status: 'verified', label: 'actionVerified' },
  { status: 'unverified', label: 'actionUnverified' },
  { status: 'disputed', label: 'actionDisputed' },
  { status: 'unreviewed', label: 'actionClear' },
  { status: 'dismissed', label: 'actionDismiss' },
];

/**
 * One claim in full: text, kind, reason, status buttons, sources, the attach form, the note and
 * the history. update() refreshes everything except what the user is typing (forms, a dirty note).
 */
export class ClaimDetail {
  readonly element: HTMLElement;
  private item: ReviewItem;
  private readonly claimInfo = el('div', { className: 'claim-info' });
  private readonly statusButtons = new Map<ClaimStatus, HTMLButtonElement>();
  private readonly statusLine = el('p', { className: 'form-status', attrs: { role: 'status' } });
  private readonly sourceList = el('ul', { className: 'sources' });
  private readonly attachForm: SourceFormView;
  private readonly noteInput: HTMLTextAreaElement;
  private readonly noteStatus = el('p', { className: 'form-status', attrs: { role: 'status' } });
  private noteSaved: string;
  private readonly history = el('ol', { className: 'history' });
  /** Open edit forms and pending remove confirmations, by source id; kept across updates. */
  private readonly editing = new Map<string, SourceFormView>();
  private readonly confirming = new Set<string>();
  private readonly library: LibraryMatches;

  constructor(
    private readonly t: Translate,
    private readonly actions: DeskActions,
    item: ReviewItem,
    onBack: () => void,
  ) {
    this.item = item;
    this.library = new LibraryMatches(t, actions, () => this.item.id);
    const statusGroup = el('div', { className: 'status-actions', attrs: { role: 'group', 'aria-label': t('statusActionsLabel') } });
    for (const action of STATUS_ACTIONS) {
      const button = el('button', {
        className: `status-button status-${action.status}`,
        attrs: { type: 'button' },
        text: t(action.label),
        on: { click: () => this.setStatus(action.status) },
      });
      this.statusButtons.set(action.status, button);
      statusGroup.appendChild(button);
    }
    this.attachForm = new SourceFormView(t, 'attach', { url: '', title: '', quote: '', note: '' }, (values, done) =>
      this.actions.request({ type: 'attachSource', itemId: this.item.id, ...values }, done),
    );
    const noteId = uniqueId('note');
    this.noteSaved = item.annotation?.note ?? '';
    this.noteInput = el('textarea', { attrs: { id: noteId, rows: 3, maxlength: LIMITS.note }, on: { input: () => this.showNoteState() } });
    this.noteInput.value = this.noteSaved;
    const noteForm = el(
      'form',
      { className: 'note-form', on: { submit: (event) => this.saveNote(event) } },
      el('label', { attrs: { for: noteId }, text: t('noteLabel') }),
      this.noteInput,
      el('div', { className: 'form-actions' }, el('button', { className: 'secondary', attrs: { type: 'submit' }, text: t('saveNote') })),
      this.noteStatus,
    );
    this.element = el(
      'section',
      { className: 'detail' },
      el(
        'div',
        { className: 'detail-nav' },
        el('button', { className: 'secondary back', attrs: { type: 'button' }, text: `← ${t('back')}`, on: { click: onBack } }),
        el('button', {
          className: 'secondary',
          attrs: { type: 'button' },
          text: t('showInEditor'),
          on: { click: () => this.actions.reveal(this.item.id) },
        }),
      ),
      this.claimInfo,
      statusGroup,
      this.statusLine,
      this.library.element,
      el('h3', { text: t('sourcesHeading') }),
      this.sourceList,
      this.attachForm.element,
      el('h3', { text: t('noteHeading') }),
      noteForm,
      el('h3', { text: t('historyHeading') }),
      this.history,
    );
    this.update(item);
  }

  /** The claim's matches in the claim library (none hides the section). */
  setLibraryMatches(matches: readonly DeskLibraryMatch[]): void {
    this.library.update(matches);
  }

  get itemId(): string {
    return this.item.id;
  }

  /** True while a form holds input not yet saved: then the detail must not switch claims under the user. */
  isDirty(): boolean {
    return (
      this.attachForm.isDirty() || this.noteInput.value !== this.noteSaved || [...this.editing.values()].some((form) => form.isDirty())
    );
  }

  update(item: ReviewItem): void {
    this.item = item;
    const annotation = item.annotation;
    replaceChildren(
      this.claimInfo,
      el('blockquote', { className: `claim-text status-${item.status}`, text: item.text }),
      el(
        'dl',
        { className: 'facts' },
        el('dt', { text: this.t('statusLabel') }),
        el('dd', { className: `status-text status-${item.status}`, text: statusName(this.t, item.status) }),
        el('dt', { text: this.t('kindLabel') }),
        el('dd', {}, el('span', { className: 'badge kind-badge', text: kindName(this.t, item.kind) })),
        el('dt', { text: this.t('reasonLabel') }),
        el('dd', { text: item.reason }),
        el('dt', { text: this.t('scoreLabel') }),
        el('dd', { text: formatScore(item.score) }),
      ),
      annotation?.changedSinceVerification ? el('p', { className: 'warning', text: `⚠ ${this.t('changedSinceVerification')}` }) : null,
      annotation?.manual ? el('p', { className: 'hint', text: this.t('manualClaim') }) : null,
      !item.detected && !annotation?.manual ? el('p', { className: 'hint', text: this.t('notDetected') }) : null,
    );
    for (const [status, button] of this.statusButtons) button.setAttribute('aria-pressed', String(status === item.status));
    this.renderSources(annotation?.sources ?? []);
    const savedNote = annotation?.note ?? '';
    if (this.noteInput.value === this.noteSaved && document.activeElement !== this.noteInput) this.noteInput.value = savedNote;
    this.noteSaved = savedNote;
    this.showNoteState();
    this.renderHistory(annotation?.history ?? []);
  }

  private setStatus(status: ClaimStatus): void {
    this.statusLine.textContent = this.t('working');
    this.actions.request({ type: 'setStatus', itemId: this.item.id, status }, (ok, message) => {
      this.statusLine.textContent = ok ? '' : (message ?? '');
    });
  }

  private saveNote(event: Event): void {
    event.preventDefault();
    const note = this.noteInput.value;
    this.noteStatus.textContent = this.t('working');
    this.actions.request({ type: 'setNote', itemId: this.item.id, note }, (ok, message) => {
      if (ok) this.noteSaved = note;
      this.noteStatus.textContent = ok ? this.t('saved') : (message ?? '');
    });
  }

  private showNoteState(): void {
    const dirty = this.noteInput.value !== this.noteSaved;
    if (dirty) this.noteStatus.textContent = this.t('unsaved');
    else if (this.noteStatus.textContent === this.t('unsaved')) this.noteStatus.textContent = '';
  }

  private renderSources(sources: readonly Source[]): void {
    const ids = new Set(sources.map((source) => source.id));
    for (const id of this.editing.keys()) if (!ids.has(id)) this.editing.delete(id);
    for (const id of this.confirming) if (!ids.has(id)) this.confirming.delete(id);
    if (sources.length === 0) {
      replaceChildren(this.sourceList, el('li', { className: 'empty', text: this.t('noSources') }));
      return;
    }
    replaceChildren(this.sourceList, ...sources.map((source) => this.renderSource(source)));
  }

  private renderSource(source: Source): HTMLElement {
    const annotationId = this.item.annotation?.id ?? '';
    const editForm = this.editing.get(source.id);
    if (editForm) return el('li', { className: 'source editing' }, editForm.element);
    const actions = this.confirming.has(source.id)
      ? el(
          'div',
          { className: 'source-actions confirm' },
          el('span', { text: this.t('removeSourceConfirm') }),
          el('button', {
            className: 'danger',
            attrs: { type: 'button' },
            text: this.t('confirmRemove'),
            on: { click: () => this.removeSource(annotationId, source.id) },
          }),
          el('button', {
            className: 'secondary',
            attrs: { type: 'button' },
            text: this.t('cancel'),
            on: { click: () => this.toggleConfirm(source.id, false) },
          }),
        )
      : el(
          'div',
          { className: 'source-actions' },
          el('button', {
            className: 'secondary',
            attrs: { type: 'button' },
            text: this.t('editSource'),
            on: { click: () => this.startEdit(annotationId, source) },
          }),
          el('button', {
            className: 'secondary',
            attrs: { type: 'button' },
            text: this.t('removeSource'),
            on: { click: () => this.toggleConfirm(source.id, true) },
          }),
        );
    return el(
      'li',
      { className: 'source' },
      // A button, not a link: the webview never navigates; the host opens http(s) URLs it looks up itself.
      el('button', {
        className: 'link source-title',
        attrs: { type: 'button', title: source.url },
        text: source.title || source.url,
        on: { click: () => this.actions.openSource(annotationId, source.id) },
      }),
      el('p', { className: 'source-url', text: source.url }),
      source.quote ? el('blockquote', { className: 'source-quote', text: source.quote }) : null,
      source.note ? el('p', { className: 'source-note', text: source.note }) : null,
      el('p', { className: 'meta', text: this.t('addedBy', source.addedBy, formatTimestamp(source.addedAt)) }),
      ...this.renderHealth(source),
      actions,
    );
  }

  /** The last source check's findings (broken, moved, changed, quote not found) and the archived copy, as plain text. */
  private renderHealth(source: Source): HTMLElement[] {
    const lines = sourceHealthLines(source, this.t);
    const out: HTMLElement[] = [];
    if (lines.length > 0) {
      const problem = lines.some((l) => l.problem);
      const text = lines
        .filter((l) => l.problem === problem)
        .map((l) => l.text)
        .join(' · ');
      out.push(
        el('p', {
          className: `source-health ${problem ? 'problem' : 'ok'}`,
          text: `${HEALTH_TONE_SIGN[sourceHealthTone(source)]} ${text}`,
          attrs: { title: this.t('health_checked', formatTimestamp(source.checkedAt ?? '')) },
        }),
      );
    }
    if (source.archiveUrl) out.push(el('p', { className: 'source-url', text: this.t('archivedCopy', source.archiveUrl) }));
    return out;
  }

  private startEdit(annotationId: string, source: Source): void {
    const close = () => {
      this.editing.delete(source.id);
      this.renderSources(this.item.annotation?.sources ?? []);
    };
    const form = new SourceFormView(
      this.t,
      'edit',
      { url: source.url, title: source.title, quote: source.quote ?? '', note: source.note ?? '' },
      (values, done) =>
        this.actions.request({ type: 'editSource', annotationId, sourceId: source.id, ...values }, (ok, message) => {
          done(ok, message);
          if (ok) close();
        }),
      close,
    );
    this.editing.set(source.id, form);
    this.renderSources(this.item.annotation?.sources ?? []);
    form.focus();
  }

  private toggleConfirm(sourceId: string, on: boolean): void {
    if (on) this.confirming.add(sourceId);
    else this.confirming.delete(sourceId);
    this.renderSources(this.item.annotation?.sources ?? []);
  }

  private removeSource(annotationId: string, sourceId: string): void {
    this.statusLine.textContent = this.t('working');
    this.actions.request({ type: 'removeSource', annotationId, sourceId }, (ok, message) => {
      this.confirming.delete(sourceId);
      this.statusLine.textContent = ok ? '' : (message ?? '');
      this.renderSources(this.item.annotation?.sources ?? []);
    });
  }

  private renderHistory(entries: readonly HistoryEntry[]): void {
    if (entries.length === 0) {
      replaceChildren(this.history, el('li', { className: 'empty', text: this.t('noHistory') }));
      return;
    }
    // Newest first: the latest change is what an editor looks for.
    replaceChildren(
      this.history,
      ...[...entries]
        .reverse()
        .map((entry) =>
          el(
            'li',
            {},
            el('span', { className: 'history-action', text: this.historyLabel(entry) }),
            ' ',
            el('span', { className: 'meta', text: `${this.t('historyBy', entry.by)} · ${formatTimestamp(entry.at)}` }),
            entry.from !== undefined || entry.to !== undefined
              ? el('span', { className: 'history-change', text: `${this.describe(entry, entry.from)} → ${this.describe(entry, entry.to)}` })
              : null,
            entry.detail ? el('span', { className: 'history-detail', text: entry.detail }) : null,
          ),
        ),
    );
  }

  private historyLabel(entry: HistoryEntry): string {
    return this.t(`history_${entry.action}`);
  }

  /** Status transitions read better with the status names. */
  private describe(entry: HistoryEntry, value: string | undefined): string {
    if (value === undefined || value === '') return '∅';
    if (entry.action === 'status' && (STATUS_ACTIONS as readonly { status: string }[]).some((a) => a.status === value))
      return statusName(this.t, value as ClaimStatus);
    return value;
  }
}
