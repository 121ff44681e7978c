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
  /** An ASCII digit (what /\d/ finds), so the number patterns run only where one is. */
  digit: boolean;
}

const GATE_OF = new Map<string, [number, number]>();
let gatesMade = 0;

/** Words too common to be worth a lookup; a phrase is gated on one of its other words. */
const COMMON = new Set([
  'as',
  'if',
  'for',
  'me',
  'was',
  'is',
  'it',
  'not',
  'do',
  'to',
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'us',
  'my',
  'can',
  'be',
  'would',
  'have',
  'has',
  'had',
  'that',
  'with',
  'by',
  'at',
  'are',
  'were',
  'this',
]);

/**
 * A gate opened by one word per phrase (its longest uncommon word): a phrase can only
 * match where all its words occur, so a clause without any trigger word skips it.
 */
export function gate(...lists: readonly (readonly string[])[]): Gate {
  if (gatesMade >= 62) throw new Error('words: too many gates for two bit masks');
  const mask = gatesMade < 31 ? 0 : 1;
  const bit = 1 << (gatesMade++ % 31);
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

const IRREGULAR_PAST = new Set([
  'began',
  'won',
  'sold',
  'bought',
  'met',
  'told',
  'said',
  'made',
  'took',
  'gave',
  'went',
  'came',
  'fell',
  'rose',
  'grew',
  'led',
  'held',
  'paid',
  'spent',
  'built',
  'struck',
  'fled',
  'drew',
  'broke',
  'chose',
  'spoke',
  'wrote',
  'drove',
  'became',
  'sent',
  'kept',
  'sank',
  'flew',
  'threw',
]);
const NOT_PAST = new Set([
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'rugged',
  'ragged',
  'kindred',
  'embed',
  'shred',
  'biased',
  'need',
  'red',
  'bed',
  'shed',
  'wed',
  'seed',
  'speed',
  'feed',
  'indeed',
  'breed',
  'greed',
  'weed',
  'bleed',
  'creed',
]);

/** One pass over the words of a lower-cased clause, without a string per word (see WordTable). */
export function scanWords(lower: string): Words {
  const table = wordTable();
  const found: Words = { gates: [0, 0], superlativeLike: false, pastVerb: undefined, digit: false };
  let digit = false;
  let gates0 = 0;
  let gates1 = 0;
  const n = lower.length;
  for (let i = 0; i < n;) {
    while (i < n && !isWordCode(lower.charCodeAt(i))) i++;
    const start = i;
    let hash = 0;
    for (let c = lower.charCodeAt(i); i < n && isWordCode(c); c = lower.charCodeAt(++i)) {
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c <= 57 && c >= 48) digit = true;
    }
    const length = i - start;
    if (length === 0) continue;
    const entry = table.find(lower, start, length, hash);
    if (entry >= 0) {
      gates0 |= table.gates0[entry];
      gates1 |= table.gates1[entry];
    }
    if (length > 4 && endsWith(lower, i, 'est')) found.superlativeLike = true;
    if (found.pastVerb === undefined && isPastVerb(lower, i, length, entry >= 0 ? table.kinds[entry] : 0))
      found.pastVerb = lower.slice(start, i);
  }
  found.gates[0] = gates0;
  found.gates[1] = gates1;
  found.digit = digit;
  return found;
}

/** True when lower[end - suffix.length, end) is `suffix`. */
function endsWith(lower: string, end: number, suffix: string): boolean {
  const from = end - suffix.length;
  for (let k = 0; k < suffix.length; k++) if (lower.charCodeAt(from + k) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** The word ending at `end` looks like a past tense: irregular, or -ed but not -eed nor a known adjective. */
function isPastVerb(lower: string, end: number, length: number, kind: number): boolean {
  if (kind & IRREGULAR) return true;
  return length > 3 && endsWith(lower, end, 'ed') && !endsWith(lower, end, 'eed') && (kind & NOT_PAST_TENSE) === 0;
}

const IRREGULAR = 1;
const NOT_PAST_TENSE = 2;

/**
 * The trigger words and the past-tense word lists in an open-addressing hash table keyed by the
 * words' char codes, so a clause's words are looked up where they lie, without a string for each.
 */
class WordTable {
  readonly words: string[];
  readonly gates0: Int32Array;
  readonly gates1: Int32Array;
  readonly kinds: Uint8Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, { gates: [number, number]; kind: number }>) {
    let size = 16;
    while (size < entries.size * 3) size <<= 1;
    this.mask = size - 1;
    this.words = new Array<string>(size).fill('');
    this.gates0 = new Int32Array(size);
    this.gates1 = new Int32Array(size);
    this.kinds = new Uint8Array(size);
    for (const [word, { gates, kind }] of entries) {
      let slot = hashOf(word) & this.mask;
      while (this.words[slot] !== '') slot = (slot + 1) & this.mask;
      this.words[slot] = word;
      this.gates0[slot] = gates[0];
      this.gates1[slot] = gates[1];
      this.kinds[slot] = kind;
    }
  }

  /** The slot of text[start, start + length), whose hash is `hash`, or -1. */
  find(text: string, start: number, length: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === '') return -1;
      if (word.length === length && sameChars(word, text, start)) return slot;
    }
  }
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash;
}

let table: WordTable | undefined;
let tableGates = -1;

/** The table of the gates made so far (gates are made while modules load, before the first scan). */
function wordTable(): WordTable {
  if (table && tableGates === gatesMade) return table;
  const entries = new Map<string, { gates: [number, number]; kind: number }>();
  for (const [word, gates] of GATE_OF) entries.set(word, { gates, kind: 0 });
  const mark = (words: ReadonlySet<string>, kind: number) => {
    for (const word of words) {
      const entry = entries.get(word) ?? { gates: [0, 0], kind: 0 };
      entry.kind |= kind;
      entries.set(word, entry);
    }
  };
  mark(IRREGULAR_PAST, IRREGULAR);
  mark(NOT_PAST, NOT_PAST_TENSE);
  table = new WordTable(entries);
  tableGates = gatesMade;
  return table;
}

function tokens(lower: string): string[] {
  const out: string[] = [];
  forEachToken(lower, (w) => out.push(w));
  return out;
}

/** Letters and digits (lower case or any script); punctuation, symbols and surrogates split words. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (
    c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0xd800 && c <= 0xdfff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    c < 0xfe00
  );
}

function forEachToken(lower: string, visit: (word: string) => void): void {
  const n = lower.length;
  for (let i = 0; i < n;) {
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
