import * as vscode from 'vscode';
import { validateSourceUrl } from '../../core/annotations/sourceUrl';
import { DEFAULT_RATINGS, ratingMapProblem, type ClaimReviewOptions, type RatingMap } from '../../core/exports';

/** The ClaimReview options from settings, or the message saying which setting to fix. */
export function claimReviewOptions(now: string): { options: ClaimReviewOptions } | { problem: string; setting: string } {
  const c = vscode.workspace.getConfiguration('factCheck');
  const name = String(c.get('publisher.name', '') ?? '').trim();
  if (name === '')
    return {
      problem: vscode.l10n.t('Set your organisation in factCheck.publisher.name first: ClaimReview needs an author.'),
      setting: 'factCheck.publisher.name',
    };
  const template = String(c.get('claimReview.urlTemplate', '') ?? '').trim();
  const templateProblem =
    template === '' ? vscode.l10n.t('it is empty') : validateSourceUrl(template.replace(/\{(draft|id|number)\}/g, 'x'));
  if (templateProblem !== undefined) {
    return {
      problem: vscode.l10n.t('factCheck.claimReview.urlTemplate must be the published article URL ({0}).', templateProblem),
      setting: 'factCheck.claimReview.urlTemplate',
    };
  }
  const options: ClaimReviewOptions = { publisherName: name, urlTemplate: template, datePublished: now };
  const url = String(c.get('publisher.url', '') ?? '').trim();
  if (url !== '') {
    const problem = validateSourceUrl(url);
    if (problem !== undefined)
      return { problem: vscode.l10n.t('factCheck.publisher.url: {0}', problem), setting: 'factCheck.publisher.url' };
    options.publisherUrl = url;
  }
  const ratings = c.get<unknown>('claimReview.ratings');
  if (ratings !== undefined && ratings !== null && !(typeof ratings === 'object' && Object.keys(ratings).length === 0)) {
    const problem = ratingMapProblem(ratings);
    if (problem !== undefined)
      return { problem: vscode.l10n.t('factCheck.claimReview.ratings: {0}', problem), setting: 'factCheck.claimReview.ratings' };
    options.ratings = ratings as RatingMap;
  } else {
    options.ratings = DEFAULT_RATINGS;
  }
  return { options };
}
