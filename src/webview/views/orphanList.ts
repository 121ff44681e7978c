import type { Annotation } from '../../core/annotations/types';
import { kindName, statusName, type DeskActions, type Translate } from '../context';
import { el, replaceChildren } from '../dom';
import { snippet } from '../model/format';

/** Annotations whose text is gone from the draft, each re-attachable to the editor selection. */
export class OrphanList {
  readonly element: HTMLElement;
  private readonly heading = el('h3');
  private readonly list = el('ul', { className: 'orphans' });
  /** Result lines by annotation id, kept across updates until the orphan is gone. */
  private readonly results = new Map<string, string>();

  constructor(
    private readonly t: Translate,
    private readonly actions: DeskActions,
  ) {
    this.element = el('section', { className: 'orphan-section' }, this.heading, el('p', { className: 'hint', text: t('orphansHelp') }), this.list);
    this.element.hidden = true;
  }

  update(orphans: readonly Annotation[]): void {
    this.element.hidden = orphans.length === 0;
    this.heading.textContent = this.t('orphansHeading', orphans.length);
    const ids = new Set(orphans.map((orphan) => orphan.id));
    for (const id of this.results.keys()) if (!ids.has(id)) this.results.delete(id);
    replaceChildren(this.list, ...orphans.map((orphan) => this.renderOrphan(orphan)));
  }

  private renderOrphan(orphan: Annotation): HTMLElement {
    const result = el('p', { className: 'form-status', attrs: { role: 'status' }, text: this.results.get(orphan.id) ?? '' });
    const sources = orphan.sources.length;
    return el(
      'li',
      { className: `orphan status-${orphan.status}` },
      el('blockquote', { className: 'claim-text', text: snippet(orphan.anchor.exact, 240) }),
      el(
        'p',
        { className: 'row-meta' },
        el('span', { className: 'badge kind-badge', text: kindName(this.t, orphan.kind) }),
        el('span', { className: 'row-status', text: statusName(this.t, orphan.status) }),
        sources > 0 ? el('span', { className: 'row-sources', text: sources === 1 ? this.t('oneSource') : this.t('sourcesCount', sources) }) : null,
      ),
      el('button', {
        className: 'secondary',
        attrs: { type: 'button' },
        text: this.t('reattach'),
        on: {
          click: () => {
            result.textContent = this.t('working');
            this.actions.request({ type: 'reattach', annotationId: orphan.id }, (ok, message) => {
              const text = ok ? '' : (message ?? '');
              this.results.set(orphan.id, text);
              result.textContent = text;
            });
          },
        },
      }),
      result,
    );
  }
}
