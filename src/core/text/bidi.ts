/**
 * Bidirectional formatting characters that reorder the text after them: embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069). In a name, a note or a source title from a sidecar,
 * which travels through git so anyone can write it, one of them can make "added by Ana, 10 Jan"
 * or a claim's text read otherwise than it is stored ("Trojan Source"). Marks (U+200E, U+200F,
 * U+061C) reorder nothing beyond a neutral character and stay.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with each bidirectional control shown as its code point ("[U+202E]"): a reader sees that
 * it is there, and it reorders nothing. Everything a report, a hover or the desk shows from a draft
 * or a sidecar goes through this.
 */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** A link target with its bidirectional controls percent-encoded, as a browser would send them: the link still goes where it went. */
export function encodeBidiControls(url: string): string {
  return url.replace(BIDI_CONTROL, (c) => encodeURIComponent(c));
}
