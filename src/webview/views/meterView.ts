import type { Translate } from '../context';
import { statusName } from '../context';
import { el, replaceChildren } from '../dom';
import type { Meter } from '../model/meter';

/** What the meter can say: the draft's annotations are being read, its claims counted, or both are known. */
export type MeterPhase = 'loading' | 'counting' | 'done';

/** The verification meter: a bar (decorative) and the same numbers as text. */
export class MeterView {
  readonly element: HTMLElement;
  private readonly summary = el('p', { className: 'meter-summary' });
  private readonly bar = el('div', { className: 'meter-bar', attrs: { 'aria-hidden': 'true' } });
  private readonly legend = el('ul', { className: 'meter-legend' });

  constructor(private readonly t: Translate) {
    this.element = el('section', { className: 'meter', attrs: { 'aria-label': t('meterLabel') } }, this.summary, this.bar, this.legend);
  }

  /**
   * While `loading` (the sidecar is being read) no number is shown, as no status is known yet; while
   * `counting`, the numbers are those found so far and the summary says so.
   */
  update(meter: Meter, phase: MeterPhase = 'done'): void {
    this.element.classList.toggle('meter-loading', phase === 'loading');
    this.summary.textContent =
      phase === 'loading'
        ? this.t('meterLoading')
        : phase === 'counting'
          ? this.t('meterCounting', meter.counts.total)
          : this.t('meterSummary', meter.counts.verified, meter.counts.total);
    this.legend.hidden = phase === 'loading';
    replaceChildren(
      this.bar,
      ...meter.segments
        .filter((segment) => segment.count > 0)
        .map((segment) => {
          const part = el('span', { className: `meter-segment status-${segment.status}` });
          part.style.width = `${segment.percent}%`;
          return part;
        }),
    );
    replaceChildren(
      this.legend,
      ...meter.segments.map((segment) =>
        el(
          'li',
          { className: `meter-count status-${segment.status}` },
          el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
          `${statusName(this.t, segment.status)} ${segment.count}`,
        ),
      ),
    );
  }
}
