import { validateSourceUrl } from '../../core/annotations/sourceUrl';
import { LIMITS } from '../../shared/protocol';
import type { DeskStringKey } from '../strings';

export interface SourceFormValues {
  url: string;
  title: string;
  quote: string;
  note: string;
}

export type SourceFormField = keyof SourceFormValues;

/** A validation problem: a desk string key with its placeholder arguments, or the core's own message. */
export type FieldError = { key: DeskStringKey; args: number[] } | { text: string };

export type SourceFormResult = { ok: true; values: SourceFormValues } | { ok: false; errors: Partial<Record<SourceFormField, FieldError>> };

const CAPS: Record<SourceFormField, number> = { url: LIMITS.url, title: LIMITS.title, quote: LIMITS.quote, note: LIMITS.note };

/** Validates the attach/edit form (the same URL rules as the annotation store) and returns trimmed values; an empty title becomes the URL. */
export function validateSourceForm(raw: SourceFormValues): SourceFormResult {
  const values: SourceFormValues = { url: raw.url.trim(), title: raw.title.trim(), quote: raw.quote.trim(), note: raw.note.trim() };
  const errors: Partial<Record<SourceFormField, FieldError>> = {};
  const urlProblem = validateSourceUrl(values.url);
  if (urlProblem !== undefined) errors.url = { text: urlProblem };
  for (const field of Object.keys(CAPS) as SourceFormField[]) {
    if (!errors[field] && values[field].length > CAPS[field]) errors[field] = { key: 'tooLong', args: [CAPS[field]] };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (values.title === '') values.title = values.url.slice(0, LIMITS.title);
  return { ok: true, values };
}
