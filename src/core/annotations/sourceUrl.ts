/**
 * Why a source URL cannot be stored, or undefined when it can. Only absolute http(s)
 * URLs without credentials: sources are opened in a browser from the hover and sidebar,
 * so javascript:, file: and command: links must never get in, and a pasted login must
 * never end up in git.
 */
export function validateSourceUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return 'Enter the source URL.';
  // new URL() silently drops leading control characters ("\u0001javascript:…" parses as javascript:),
  // which trim() keeps: the raw text is checked before it is parsed.
  if (/\p{Cc}/u.test(trimmed)) return 'A source URL cannot contain control characters.';
  if (/\s/.test(trimmed)) return 'A source URL cannot contain spaces.';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return `"${shorten(trimmed)}" is not a valid URL (it must start with http:// or https://).`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `Only http and https links can be sources, not ${parsed.protocol.replace(/:$/, '')}.`;
  }
  if (parsed.hostname === '') return 'A source URL needs a host name.';
  if (parsed.username !== '' || parsed.password !== '') {
    return 'A source URL must not contain a user name or password.';
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
