// Escaping for hover markdown. Pure (no vscode import) so unit tests cover it directly.
// Everything shown in a hover that came from a draft, a sidecar or a user is untrusted:
// it must render as the literal text, never as markdown, HTML or a link.

import { revealBidiControls } from '../core/text/bidi';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Collapses runs of whitespace (including newlines) so untrusted text cannot start a block (heading, list, code fence). */
function singleLine(text: string): string {
  return revealBidiControls(text).replace(/\s+/g, ' ').trim();
}

/**
 * Escapes text for inline markdown: HTML-significant characters become entities and markdown
 * syntax characters a backslash (`:`, `/`, `.` and `@` too, which stops GFM autolinks), so
 * `**`, `[x](y)`, `<img>`, `&amp;`, `www.x.org` and `https://x.org` all show literally.
 */
export function escapeMarkdown(text: string): string {
  return singleLine(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~:/@]/g, '\\$&')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Shortens text to max characters (on a word boundary when one is near), adding an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = singleLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The URL as a safe link target when it is http(s); undefined otherwise (javascript:, command:, file:, junk). */
export function safeLinkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // URL.href percent-encodes spaces, quotes and angle brackets; parentheses would end the link early.
  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A markdown link whose label is escaped; a non-http(s) URL is shown as escaped plain text instead. */
export function markdownLink(label: string, url: string): string {
  const target = safeLinkTarget(url);
  const text = escapeMarkdown(label.trim() === '' ? url : label);
  return target ? `[${text}](${target})` : `${text} (${escapeMarkdown(url)})`;
}

/** A `command:` link with JSON arguments, as VS Code expects in trusted markdown. */
export function commandLink(label: string, command: string, args: unknown, tooltip?: string): string {
  const query = encodeURIComponent(JSON.stringify([args]));
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](command:${command}?${query}${title})`;
}
