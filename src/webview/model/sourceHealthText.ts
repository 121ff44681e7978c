import type { Source } from '../../core/annotations/types';
import { sourceHealth } from '../../core/sources/health';
import type { Translate } from '../context';

/** A checked source's health for the claim detail, worst first; [] when never checked. Rules: core's sourceHealth. */
export function sourceHealthLines(source: Source, t: Translate): Array<{ text: string; problem: boolean }> {
  const health = sourceHealth(source);
  if (!health.checked) return [];
  const lines: Array<{ text: string; problem: boolean }> = [];
  if (health.problems.includes('broken')) {
    lines.push({
      text: t('health_broken', source.fetchError !== undefined ? t(`fetchError_${source.fetchError}`) : `HTTP ${source.httpStatus}`),
      problem: true,
    });
  }
  if (health.movedTo !== undefined) lines.push({ text: t('health_moved', health.movedTo), problem: true });
  if (health.problems.includes('changed')) lines.push({ text: t('health_changed'), problem: true });
  if (health.problems.includes('quote-not-found')) lines.push({ text: t('health_quote-not-found'), problem: true });
  if (source.quoteFound === true) lines.push({ text: t('health_quoteFound'), problem: false });
  if (source.quoteFound === null && !health.problems.includes('broken')) {
    if (source.quoteUnchecked === 'not-text') lines.push({ text: t('health_not-text', source.contentType ?? '?'), problem: false });
    if (source.quoteUnchecked === 'too-large') lines.push({ text: t('health_too-large'), problem: false });
  }
  if (lines.length === 0) lines.push({ text: t('health_ok'), problem: false });
  return lines;
}
