import { basename } from 'node:path';
import { validateSourceUrl } from '../../core/annotations/sourceUrl';
import {
  annotationCollection,
  claimReviewJson,
  claimReviews,
  toWebAnnotation,
  webAnnotationJson,
  type ClaimReviewOptions,
} from '../../core/exports';
import { lastValue, type ParsedArgs } from '../args';
import { UsageError, quoteArg } from '../io';
import type { LoadedDraft } from '../loadDraft';

export const EXPORT_FORMATS = ['claimreview', 'webannotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSettings {
  claimReview?: ClaimReviewOptions;
}

/** The ClaimReview options from --publisher-name, --publisher-url and --url-template (required for claimreview). */
export function exportOptions(parsed: ParsedArgs, now: string): ExportSettings {
  const format = lastValue(parsed, 'format');
  if (format !== 'claimreview') return {};
  const publisherName = lastValue(parsed, 'publisher-name');
  const urlTemplate = lastValue(parsed, 'url-template');
  if (publisherName === undefined || publisherName.trim() === '')
    throw new UsageError('--format claimreview needs --publisher-name NAME (the fact-checking organisation)');
  if (urlTemplate === undefined)
    throw new UsageError(
      '--format claimreview needs --url-template URL (the published article, e.g. https://news.example/{draft}#claim-{id})',
    );
  const urlProblem = validateSourceUrl(urlTemplate.replace(/\{(draft|id|number)\}/g, 'x'));
  if (urlProblem !== undefined) throw new UsageError(`--url-template '${quoteArg(urlTemplate)}': ${urlProblem}`);
  const options: ClaimReviewOptions = { publisherName: publisherName.trim(), urlTemplate, datePublished: now };
  const publisherUrl = lastValue(parsed, 'publisher-url');
  if (publisherUrl !== undefined) {
    const problem = validateSourceUrl(publisherUrl);
    if (problem !== undefined) throw new UsageError(`--publisher-url '${quoteArg(publisherUrl)}': ${problem}`);
    options.publisherUrl = publisherUrl;
  }
  return { claimReview: options };
}

/** The export of every readable draft; the caller refuses to write anything when a draft cannot be read. */
export function renderExport(format: ExportFormat, drafts: readonly LoadedDraft[], settings: ExportSettings): string {
  const readable = drafts.filter((d) => d.assessment !== undefined && d.error === undefined);
  if (format === 'claimreview') {
    const options = settings.claimReview as ClaimReviewOptions;
    return claimReviewJson(
      readable.flatMap((d) => claimReviews({ draftName: basename(d.draft.absolutePath), items: d.assessment!.review.items }, options)),
    );
  }
  const items = readable.flatMap((d) =>
    (d.assessment!.sidecar?.annotations ?? []).map((a) => toWebAnnotation(a, d.draft.path.split('\\').join('/'))),
  );
  return webAnnotationJson(
    annotationCollection(items, readable.length === 1 ? `Fact-check annotations: ${readable[0].draft.path}` : 'Fact-check annotations'),
  );
}
