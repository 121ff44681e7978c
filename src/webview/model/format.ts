/** A one-line snippet of claim text: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function snippet(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Check-worthiness 0..1 as a whole percentage. */
export function formatScore(score: number): string {
  if (!Number.isFinite(score)) return '–';
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
}

/** An ISO timestamp as a short local date and time; the raw text when it does not parse. */
export function formatTimestamp(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
