import { SOURCE_CHECK_FIELDS, type Source } from '../annotations/types';

// Kept apart from evaluate.ts so that saving a check result does not pull the HTML parser into a bundle.

/** The source without any field of a previous check. */
export function withoutCheck(source: Source): Source {
  const copy: Source = { ...source };
  for (const key of SOURCE_CHECK_FIELDS) delete copy[key];
  return copy;
}

/**
 * The current source with a check's fields taken from `checked` (and nothing else), so an
 * edit made while the check ran is kept. undefined when the source's URL changed meanwhile:
 * the result is then about another page.
 */
export function withCheckResult(current: Source, checked: Source): Source | undefined {
  if (current.url !== checked.url) return undefined;
  const next = withoutCheck(current);
  for (const key of SOURCE_CHECK_FIELDS) if (checked[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = checked[key];
  return next;
}
