import type { Annotation } from '../../core/annotations/types';
import type { DeskActions, Translate } from '../context';
import { el, replaceChildren } from '../dom';
import { snippet } from '../model/format';
import { claimMeta } from './claimMeta';

/** Annotations whose text is gone from the draft, each re-attachable to the editor selection. */
export class OrphanList {
  readonly element: HTMLElement;
  private readonly heading = el('h3');
  private readonly list = el('ul', { className: 'orphans' });
  /** Result lines by annotation id, kept across updates until the orphan is gone. */
  private readonly results = new Map<string, string>();
  private readonly statusElements = new Map<string, HTMLElement>();

  constructor(
    private readonly t: Translate,
    private readonly actions: DeskActions,
  ) {
    this.element = el(
      'section',
      { className: 'orphan-section' },
      this.heading,
      el('p', { className: 'hint', text: t('orphansHelp') }),
      this.list,
    );
    this.element.hidden = true;
  }

  update(orphans: readonly Annotation[]): void {
    this.element.hidden = orphans.length === 0;
    this.heading.textContent = this.t('orphansHeading', orphans.length);
    const ids = new Set(orphans.map((orphan) => orphan.id));
    for (const id of this.results.keys()) if (!ids.has(id)) this.results.delete(id);
    this.statusElements.clear();
    replaceChildren(this.list, ...orphans.map((orphan) => this.renderOrphan(orphan)));
  }

  /** A snapshot may re-render the list while a request runs: the answer goes to the row shown now. */
  private showResult(id: string, text: string): void {
    this.results.set(id, text);
    const shown = this.statusElements.get(id);
    if (shown) shown.textContent = text;
  }

  private renderOrphan(orphan: Annotation): HTMLElement {
    const result = el('p', { className: 'form-status', attrs: { role: 'status' }, text: this.results.get(orphan.id) ?? '' });
    this.statusElements.set(orphan.id, result);
    return el(
      'li',
      { className: `orphan status-${orphan.status}` },
      el('blockquote', { className: 'claim-text', text: snippet(orphan.anchor.exact, 240) }),
      claimMeta(this.t, 'p', {
        kind: orphan.kind,
        status: orphan.status,
        sources: orphan.sources.length,
        changedSinceVerification: orphan.changedSinceVerification,
      }),
      el('button', {
        className: 'secondary',
        attrs: { type: 'button' },
        text: this.t('reattach'),
        on: {
          click: () => {
            this.showResult(orphan.id, this.t('working'));
            this.actions.request({ type: 'reattach', annotationId: orphan.id }, (ok, message) =>
              this.showResult(orphan.id, ok ? '' : (message ?? '')),
            );
          },
        },
      }),
      result,
    );
  }
}
