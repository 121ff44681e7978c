import { ENDING_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon';
import { precompiled } from '../text/precompiled';

/** A half-open range of offsets into a masked block. */
export interface Segment {
  start: number;
  end: number;
}

const TITLE_ABBR = new Set(TITLE_ABBREVIATIONS);
const ENDING_ABBR = new Set(ENDING_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);
/** Abbreviations that only hold before a number ("No. 5", "Fig. 2"). */
const NUMBER_ABBR = new Set(['no', 'nos', 'fig', 'figs', 'vol', 'pp', 'art', 'sec', 'ch', 'op']);

const CLOSERS = '"\'”’)]»*_';
const LOWERCASE = precompiled(/\p{Ll}/u);
const UPPERCASE_INITIAL = precompiled(/^\p{Lu}$/u);
/** Characters a highlight may start with: words, numbers, quotes, currency, brackets, emphasis. */
const SPAN_START = precompiled(/[\p{L}\p{N}"“‘'«„([$€£¥¿¡*_]/u);

/** . ! ? … */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * The longest sentence the cue rules see. Longer runs without a sentence end (a pasted table,
 * a file of one huge line) are cut at a space into pieces of at most this length, so that the
 * cost of every rule stays bounded per piece and scanning stays linear in the draft's size.
 * Real sentences are far shorter (the longest in the samples and eval drafts is ~1,000 characters).
 */
export const MAX_SENTENCE_LENGTH = 2000;

/**
 * Splits a masked block into sentences. Units (list items, table rows) never share a
 * sentence; inside a unit a sentence ends at . ! ? … (plus closing quotes) followed by
 * a space and something that can start a sentence, unless the period ends an abbreviation.
 * Sentences longer than MAX_SENTENCE_LENGTH are split into pieces.
 */
export function segmentSentences(masked: string, unitStarts: readonly number[]): Segment[] {
  const sentences: Segment[] = [];
  const bounds = [0, ...unitStarts.filter((s) => s > 0 && s < masked.length), masked.length];
  for (let u = 0; u + 1 < bounds.length; u++) {
    const unitEnd = bounds[u + 1];
    let start = bounds[u];
    // Every search stays inside its unit, and a run of terminators is looked at once: both keep this linear.
    for (let i = start; i < unitEnd; i++) {
      if (!isTerminator(masked.charCodeAt(i))) continue;
      let run = i + 1;
      while (run < unitEnd && isTerminator(masked.charCodeAt(run))) run++;
      let j = run;
      while (j < unitEnd && CLOSERS.includes(masked[j])) j++;
      let k = j;
      while (k < unitEnd && isSpace(masked.charCodeAt(k))) k++;
      // Later terminators of the same run end here too and get the same answer (see endsSentence).
      if ((j < unitEnd && k === j) || (k < unitEnd && !endsSentence(masked, i, j, k))) {
        i = run - 1;
        continue;
      }
      pushCapped(masked, start, j, sentences);
      start = j;
      i = j - 1;
    }
    pushCapped(masked, start, unitEnd, sentences);
  }
  return sentences;
}

/** Adds [start, end) like pushTrimmed, in pieces of at most MAX_SENTENCE_LENGTH cut after a space where there is one. */
function pushCapped(masked: string, start: number, end: number, into: Segment[]): void {
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    let cut = from + MAX_SENTENCE_LENGTH;
    const floor = from + (MAX_SENTENCE_LENGTH >> 1);
    while (cut > floor && !isSpace(masked.charCodeAt(cut - 1))) cut--;
    if (cut === floor) cut = from + MAX_SENTENCE_LENGTH;
    // Never split a surrogate pair.
    const code = masked.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    pushTrimmed(masked, from, cut, into);
    from = cut;
  }
  pushTrimmed(masked, from, end, into);
}

/** True when the terminator at i (ending at j) closes a sentence whose successor starts at k. */
function endsSentence(masked: string, i: number, j: number, k: number): boolean {
  const next = masked[k];
  if (LOWERCASE.test(next)) return false;
  if (masked[i] !== '.' || j !== i + 1) return true;
  let w = i;
  while (w > 0 && isAsciiLetterOrDot(masked.charCodeAt(w - 1))) w--;
  const word = masked.slice(w, i);
  const lower = word.toLowerCase();
  if (word === '') return true;
  if (NUMBER_ABBR.has(lower)) return !/\d/.test(next);
  if (TITLE_ABBR.has(lower)) return false;
  if (UPPERCASE_INITIAL.test(word) || ENDING_ABBR.has(lower) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) {
    const nextWord = /^[\p{L}']+/u.exec(masked.slice(k, k + 24))?.[0].toLowerCase() ?? '';
    return STARTERS.has(nextWord);
  }
  return true;
}

/** Splits a sentence at semicolons and colons outside quotations, for clause-level highlights. */
export function splitClauses(masked: string, sentence: Segment): Segment[] {
  // Looked for inside the sentence only: a search to the end of the block made long blocks quadratic.
  if (!hasClauseMark(masked, sentence)) return [sentence];
  const clauses: Segment[] = [];
  let start = sentence.start;
  let quoted = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = masked[i];
    if (c === '"') quoted = !quoted;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (!quoted && (c === ';' || c === ':') && i + 1 < sentence.end && isSpace(masked.charCodeAt(i + 1))) {
      pushTrimmed(masked, start, i + 1, clauses);
      start = i + 1;
    }
  }
  pushTrimmed(masked, start, sentence.end, clauses);
  return clauses;
}

function hasClauseMark(masked: string, sentence: Segment): boolean {
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = masked.charCodeAt(i);
    if (c === 59 || c === 58) return true;
  }
  return false;
}

function isAsciiLetterOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/** SPAN_START for one code point; ASCII (nearly every call) without a string or a regex. */
function canStartSpan(cp: number): boolean {
  if (cp >= 128) return SPAN_START.test(String.fromCodePoint(cp));
  if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return true;
  // " ' ( [ $ * _
  return cp === 34 || cp === 39 || cp === 40 || cp === 91 || cp === 36 || cp === 42 || cp === 95;
}

/** Adds [start, end) without surrounding space, leading emoji or bullets; drops empty ranges. */
function pushTrimmed(masked: string, start: number, end: number, into: Segment[]): void {
  let s = start;
  while (s < end) {
    const cp = masked.codePointAt(s) ?? 0;
    if (canStartSpan(cp)) break;
    s += cp > 0xffff ? 2 : 1;
  }
  let e = end;
  while (e > s && isSpace(masked.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e });
}
