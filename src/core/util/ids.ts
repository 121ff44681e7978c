/** URL-safe alphabet (RFC 4648 base64url): ids can appear in URIs and webview messages unescaped. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Characters in a generated id: 16 × 6 bits = 96 random bits, so collisions between editors are not a concern. */
export const ID_LENGTH = 16;

/** Ids the sidecar accepts: generated ones, and deterministic migrated ones. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** A random, URL-safe id (Web Crypto: works in Node 20, browsers and webviews). */
export function newId(): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
