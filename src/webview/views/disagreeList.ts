import type { DeskInconsistency } from '../../shared/protocol';
import type { DeskActions, Translate } from '../context';
import { el, replaceChildren } from '../dom';

/** The desk's "Figures that disagree": each fact with a button per statement that selects it in the editor. */
export class DisagreeList {
  readonly element: HTMLElement;
  private readonly heading = el('h3');
  private readonly list = el('ul', { className: 'disagreements' });

  constructor(
    private readonly t: Translate,
    private readonly actions: DeskActions,
  ) {
    this.element = el(
      'section',
      { className: 'disagree-section', attrs: { 'aria-label': t('disagreeHeading', '') } },
      this.heading,
      el('p', { className: 'hint', text: t('disagreeHelp') }),
      this.list,
    );
    this.element.hidden = true;
  }

  update(found: readonly DeskInconsistency[]): void {
    this.element.hidden = found.length === 0;
    this.heading.textContent = this.t('disagreeHeading', found.length);
    replaceChildren(
      this.list,
      ...found.map((inconsistency) =>
        el(
          'li',
          { className: 'disagreement' },
          el('span', { className: 'disagree-fact', text: inconsistency.fact }),
          el(
            'div',
            { className: 'disagree-spans' },
            ...inconsistency.spans.map((span) =>
              el('button', {
                className: 'secondary disagree-span',
                attrs: { type: 'button', title: span.text },
                text: this.t('disagreeSpan', span.value, span.line),
                on: { click: () => this.actions.revealRange(span.start, span.end) },
              }),
            ),
          ),
        ),
      ),
    );
  }
}
