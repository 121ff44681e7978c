/** URL-safe alphabet (RFC 4648 base64url): ids can appear in URIs and webview messages unescaped. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Characters in a generated id: 16 × 6 bits = 96 random bits, so collisions between editors are not a concern. */
export const ID_LENGTH = 16;

/** Ids the sidecar accepts: generated ones, and deterministic migrated ones. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** Random bytes fetched in batches: one Web Crypto call per id is slow when many are made at once. */
const pool = new Uint8Array(ID_LENGTH * 256);
let used = pool.length;

/** A random, URL-safe id (Web Crypto: works in Node 20, browsers and webviews). */
export function newId(): string {
  if (used + ID_LENGTH > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  let id = '';
  for (let i = 0; i < ID_LENGTH; i++) id += ALPHABET[pool[used++] & 63];
  return id;
}
