/**
 * FNV-1a, 64-bit, over the UTF-16 code units of text, as 16 lowercase hex digits.
 * Deterministic and synchronous everywhere (Node, browser, CLI); not cryptographic —
 * it only detects that a verified claim's text changed.
 * The 64-bit product is computed on four 16-bit limbs so no BigInt is needed.
 */
export function hashText(text: string): string {
  // Offset basis 0xcbf29ce484222325 as 16-bit limbs, most significant first.
  let h3 = 0xcbf2;
  let h2 = 0x9ce4;
  let h1 = 0x8422;
  let h0 = 0x2325;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // FNV-1a works on bytes: feed the code unit's low then high byte (a counted loop: no array per character, twice as fast).
    for (let step = 0, byte = unit & 0xff; step < 2; step++, byte = unit >>> 8) {
      h0 ^= byte;
      // Multiply by the FNV prime 0x00000100000001b3 (limbs 0x0000, 0x0100, 0x0000, 0x01b3), modulo 2^64.
      const p0 = h0 * 0x01b3;
      const p1 = h1 * 0x01b3;
      const p2 = h2 * 0x01b3 + h0 * 0x0100;
      const p3 = h3 * 0x01b3 + h1 * 0x0100;
      const c1 = p1 + (p0 >>> 16);
      const c2 = p2 + Math.floor(c1 / 0x10000);
      const c3 = p3 + Math.floor(c2 / 0x10000);
      h0 = p0 & 0xffff;
      h1 = c1 & 0xffff;
      h2 = c2 & 0xffff;
      h3 = c3 & 0xffff;
    }
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** What hashText returns. */
export const HASH_PATTERN = /^[0-9a-f]{16}$/;
