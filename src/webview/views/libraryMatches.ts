import type { DeskLibraryMatch } from '../../shared/protocol';
import type { DeskActions, Translate } from '../context';
import { el, replaceChildren } from '../dom';
import { snippet } from '../model/format';

/** A claim's matches in the claim library, in its detail: same facts with Reuse, conflicts as warnings. */
export class LibraryMatches {
  readonly element: HTMLElement;
  private readonly list = el('ul', { className: 'library-matches' });
  private readonly status = el('p', { className: 'form-status', attrs: { role: 'status' } });

  constructor(
    private readonly t: Translate,
    private readonly actions: DeskActions,
    private readonly itemId: () => string,
  ) {
    this.element = el(
      'section',
      { className: 'library-section' },
      el('h3', { text: t('libraryHeading') }),
      el('p', { className: 'hint', text: t('libraryHelp') }),
      this.list,
      this.status,
    );
    this.element.hidden = true;
  }

  update(matches: readonly DeskLibraryMatch[]): void {
    this.element.hidden = matches.length === 0;
    replaceChildren(this.list, ...matches.map((match) => this.render(match)));
  }

  private render(match: DeskLibraryMatch): HTMLElement {
    return el(
      'li',
      { className: `library-match${match.conflict ? ' conflict' : ''}` },
      el('p', { className: match.conflict ? 'warning' : 'library-summary', text: match.conflict ? `⚠ ${match.summary}` : match.summary }),
      el('blockquote', { className: 'claim-text', text: snippet(match.text, 240) }),
      match.conflict
        ? el('p', { className: 'hint', text: this.t('libraryConflict') })
        : el('button', {
            className: 'secondary reuse',
            attrs: { type: 'button' },
            text: this.t('reuse'),
            on: {
              click: () => {
                this.status.textContent = this.t('working');
                this.actions.request(
                  { type: 'reuse', itemId: this.itemId(), libraryDraft: match.libraryDraft, annotationId: match.annotationId },
                  (ok, message) => {
                    this.status.textContent = ok ? '' : (message ?? '');
                  },
                );
              },
            },
          }),
    );
  }
}
