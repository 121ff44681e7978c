/**
 * The words of an ASCII stretch of text, read in place: the tokens WORD_PATTERN (library/fingerprint) finds in
 * text.slice(from, to), as [start, end) pairs with a possessive 's left out, as tokenWord leaves it out. The
 * consistency check reads the few words around each of a draft's figures, and slicing and matching every
 * such window cost it more than all its figures; most news text is ASCII, and for the rest the caller
 * tokenises the slice the general way.
 */

const APOSTROPHE = 39;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isAsciiWordCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/**
 * Pushes start and end of each word of text[from, to) onto `spans` (two numbers a word), at most `limit`
 * words. False, with `spans` part-filled, when a character beyond U+007F was met before that: a letter
 * or digit of another script, or a curly apostrophe, which the ASCII rules cannot tell.
 */
export function asciiWordSpans(text: string, from: number, to: number, spans: number[], limit: number): boolean {
  let words = 0;
  let i = from;
  while (i < to && words < limit) {
    let code = text.charCodeAt(i);
    if (code > 127) return false;
    if (!isAsciiWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    // Letters and digits, then apostrophe parts of letters only ("rock'n'roll"; "'90" ends a word before it).
    while (i < to && isAsciiWordCode((code = text.charCodeAt(i)))) i++;
    while (i < to && code === APOSTROPHE && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next > 127) return false;
      if (!isAsciiLetter(next)) break;
      i += 2;
      while (i < to && isAsciiLetter((code = text.charCodeAt(i)))) i++;
    }
    if (i < to && code > 127) return false;
    let end = i;
    // tokenWord's possessive: a final 's or 'S.
    const last = text.charCodeAt(end - 1);
    if (end - start >= 2 && (last === 115 || last === 83) && text.charCodeAt(end - 2) === APOSTROPHE) end -= 2;
    spans.push(start, end);
    words++;
  }
  return true;
}
