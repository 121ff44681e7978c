import { ENDING_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './lexicon';

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

const TERMINATORS = '.!?…';
const TERMINATOR = /[.!?…]/g;
const CLAUSE_MARK = /[;:]/g;
const CLOSERS = '"\'”’)]»*_';
const LOWERCASE = /\p{Ll}/u;
const UPPERCASE_INITIAL = /^\p{Lu}$/u;
/** Characters a highlight may start with: words, numbers, quotes, currency, brackets, emphasis. */
const SPAN_START = /[\p{L}\p{N}"“‘'«„([$€£¥¿¡*_]/u;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/**
 * Splits a masked block into sentences. Units (list items, table rows) never share a
 * sentence; inside a unit a sentence ends at . ! ? … (plus closing quotes) followed by
 * a space and something that can start a sentence, unless the period ends an abbreviation.
 */
export function segmentSentences(masked: string, unitStarts: readonly number[]): Segment[] {
  const sentences: Segment[] = [];
  const bounds = [0, ...unitStarts.filter((s) => s > 0 && s < masked.length), masked.length];
  for (let u = 0; u + 1 < bounds.length; u++) {
    const unitEnd = bounds[u + 1];
    let start = bounds[u];
    TERMINATOR.lastIndex = start;
    for (let found = TERMINATOR.exec(masked); found && found.index < unitEnd; found = TERMINATOR.exec(masked)) {
      const i = found.index;
      let j = i + 1;
      while (j < unitEnd && TERMINATORS.includes(masked[j])) j++;
      while (j < unitEnd && CLOSERS.includes(masked[j])) j++;
      if (j < unitEnd && !isSpace(masked.charCodeAt(j))) continue;
      let k = j;
      while (k < unitEnd && isSpace(masked.charCodeAt(k))) k++;
      if (k < unitEnd && !endsSentence(masked, i, j, k)) continue;
      pushTrimmed(masked, start, j, sentences);
      start = j;
      TERMINATOR.lastIndex = j;
    }
    pushTrimmed(masked, start, unitEnd, sentences);
  }
  return sentences;
}

/** True when the terminator at i (ending at j) closes a sentence whose successor starts at k. */
function endsSentence(masked: string, i: number, j: number, k: number): boolean {
  const next = masked[k];
  if (LOWERCASE.test(next)) return false;
  if (masked[i] !== '.' || j !== i + 1) return true;
  let w = i;
  while (w > 0 && /[A-Za-z.]/.test(masked[w - 1])) w--;
  const word = masked.slice(w, i);
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}']+/u.exec(masked.slice(k, k + 24))?.[0].toLowerCase() ?? '';
  if (NUMBER_ABBR.has(lower)) return !/\d/.test(next);
  if (TITLE_ABBR.has(lower)) return false;
  if (UPPERCASE_INITIAL.test(word) || ENDING_ABBR.has(lower) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) return STARTERS.has(nextWord);
  return true;
}

/** Splits a sentence at semicolons and colons outside quotations, for clause-level highlights. */
export function splitClauses(masked: string, sentence: Segment): Segment[] {
  CLAUSE_MARK.lastIndex = sentence.start;
  const mark = CLAUSE_MARK.exec(masked);
  if (!mark || mark.index >= sentence.end) return [sentence];
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

/** Adds [start, end) without surrounding space, leading emoji or bullets; drops empty ranges. */
function pushTrimmed(masked: string, start: number, end: number, into: Segment[]): void {
  let s = start;
  while (s < end) {
    const cp = masked.codePointAt(s) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (SPAN_START.test(ch)) break;
    s += ch.length;
  }
  let e = end;
  while (e > s && isSpace(masked.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s, end: e });
}
