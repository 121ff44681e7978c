/**
 * Word-level gates: every pattern is tied to a few trigger words, and one pass over a
 * clause's words tells which patterns are worth running at all. Most clauses open
 * only a handful of gates, which keeps the engine fast on long drafts.
 */

/** A bit per gate, in one of two 31-bit masks; a clause's masks have the bits of the trigger words it contains. */
export interface Gate {
  mask: 0 | 1;
  bit: number;
}

/** What one pass over a lower-cased clause learned. */
export interface Words {
  gates: [number, number];
  /** A word ending in -est (a possible superlative). */
  superlativeLike: boolean;
  /** The first past-tense verb, if any. */
  pastVerb?: string;
}

const GATE_OF = new Map<string, [number, number]>();
let gatesMade = 0;

/** Words too common to be worth a lookup; a phrase is gated on one of its other words. */
const COMMON = new Set(['as', 'if', 'for', 'me', 'was', 'is', 'it', 'not', 'do', 'to', 'the', 'a', 'an', 'of', 'in', 'on', 'us', 'my', 'can', 'be', 'would', 'have', 'has', 'had', 'that', 'with', 'by', 'at', 'are', 'were', 'this']);

/**
 * A gate opened by one word per phrase (its longest uncommon word): a phrase can only
 * match where all its words occur, so a clause without any trigger word skips it.
 */
export function gate(...lists: readonly (readonly string[])[]): Gate {
  if (gatesMade >= 62) throw new Error('words: too many gates for two bit masks');
  const mask = gatesMade < 31 ? 0 : 1;
  const bit = 1 << gatesMade++ % 31;
  for (const list of lists) {
    for (const phrase of list) {
      const words = tokens(phrase.toLowerCase());
      const rare = words.filter((w) => !COMMON.has(w));
      const pool = rare.length > 0 ? rare : words;
      const trigger = pool.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (!trigger) continue;
      const masks = GATE_OF.get(trigger) ?? [0, 0];
      masks[mask] |= bit;
      GATE_OF.set(trigger, masks);
    }
  }
  return { mask, bit };
}

export function opens(words: Words, g: Gate): boolean {
  return (words.gates[g.mask] & g.bit) !== 0;
}

const IRREGULAR_PAST = new Set(['began', 'won', 'sold', 'bought', 'met', 'told', 'said', 'made', 'took', 'gave', 'went', 'came', 'fell', 'rose', 'grew', 'led', 'held', 'paid', 'spent', 'built', 'struck', 'fled', 'drew', 'broke', 'chose', 'spoke', 'wrote', 'drove', 'became', 'sent', 'kept', 'sank', 'flew', 'threw']);
const NOT_PAST = new Set(['hundred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'kindred', 'embed', 'shred', 'biased', 'need', 'red', 'bed', 'shed', 'wed', 'seed', 'speed', 'feed', 'indeed', 'breed', 'greed', 'weed', 'bleed', 'creed']);

/** One pass over the words of a lower-cased clause. */
export function scanWords(lower: string): Words {
  const found: Words = { gates: [0, 0], superlativeLike: false };
  forEachToken(lower, (w) => {
    const masks = GATE_OF.get(w);
    if (masks) {
      found.gates[0] |= masks[0];
      found.gates[1] |= masks[1];
    }
    if (w.length > 4 && w.endsWith('est')) found.superlativeLike = true;
    if (found.pastVerb === undefined && (IRREGULAR_PAST.has(w) || (w.length > 3 && w.endsWith('ed') && !w.endsWith('eed') && !NOT_PAST.has(w)))) found.pastVerb = w;
  });
  return found;
}

function tokens(lower: string): string[] {
  const out: string[] = [];
  forEachToken(lower, (w) => out.push(w));
  return out;
}

/** Letters and digits (lower case or any script); punctuation, symbols and surrogates split words. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0x3000 && c <= 0x303f) && c < 0xfe00;
}

function forEachToken(lower: string, visit: (word: string) => void): void {
  const n = lower.length;
  for (let i = 0; i < n; ) {
    while (i < n && !isWordCode(lower.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordCode(lower.charCodeAt(i))) i++;
    if (i > start) visit(lower.slice(start, i));
  }
}

/** Counts words, stopping at `limit` (enough to tell fragments and titles from sentences). */
export function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c) || (c >= 65 && c <= 90);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}
