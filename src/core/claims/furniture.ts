import { countWords, gate, opens, type Words } from './words';
import { BOILERPLATE_STARTS, CALL_TO_ACTION_STARTS, IMPERATIVE_STARTS, OPINION_MARKERS, EVALUATIVE_WORDS, alternation } from './lexicon';
import { precompiled } from '../text/precompiled';

/**
 * Recognises text that is never a claim however many numbers it holds (page
 * furniture, questions, instructions) and the opinion markers that cancel soft cues.
 */

// Written so that no two neighbouring parts can match the same characters (\s*(?:-\s*)? rather than
// \s*-?\s*, names as an atomic run): a regex that can split a run several ways backtracks quadratically.
const READING_TIME = precompiled(/^\W*\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hrs?|hours?)\.?(?:\s+(?:read|reading time|listen|watch))?\W*$/iu);
/** Wire credits and copyright lines: "Reuters contributed to this report", "Copyright 2026 Example News". */
const CREDIT_LINE = precompiled(
  new RegExp(
    [
      String.raw`\bcontributed (?:reporting )?to this (?:report|story|article)\b`,
      String.raw`\bcontributed reporting\b`,
      String.raw`^[^\p{L}\p{N}©]*(?:[Cc]opyright|COPYRIGHT|©)\s*(?:©\s*)?(?:\d{4}|\p{Lu})`,
    ].join('|'),
    'u',
  ),
);
/** (?=(x*))\1 is an atomic x*: the dots a name may hold are never handed back to the trailing \W*. */
const BYLINE = precompiled(/^\W*by\s+\p{Lu}(?=([\p{L}.’'-]*))\1(?:\s+(?:and\s+)?\p{Lu}(?=([\p{L}.’'-]*))\2){0,4}\W*$/u);
const MULTIWORD_BOILERPLATE = BOILERPLATE_STARTS.filter((p) => p.includes(' '));
const SINGLE_BOILERPLATE = BOILERPLATE_STARTS.filter((p) => !p.includes(' '));
const BOILERPLATE = precompiled(
  new RegExp(
    `^[^\\p{L}\\p{N}©]*(?:(?:${alternation(MULTIWORD_BOILERPLATE.map(escape))})(?![\\p{L}])|` +
      `(?:${alternation(SINGLE_BOILERPLATE.map(escape))})\\s*(?:[:|—–]|$))`,
    'iu',
  ),
);
/** A sentence's end: . ! ? or … followed only by closing quotes, brackets and emphasis (what /[.!?…]["'”’)\]»*_`]*$/ finds). */
function endsWithTerminal(sentence: string): boolean {
  const last = lastBefore(sentence, `"'”’)]»*_\``);
  return last !== '' && '.!?…'.includes(last);
}

/** A question's end: ? followed only by closing quotes, brackets and emphasis (what /\?["'”’)\]»*_]*$/ finds). */
export function isQuestion(sentence: string): boolean {
  return lastBefore(sentence, `"'”’)]»*_`) === '?';
}

/** The last character that is not one of `closers` (skipped from the end), or ''. */
function lastBefore(text: string, closers: string): string {
  let end = text.length;
  while (end > 0 && closers.includes(text[end - 1])) end--;
  return end > 0 ? text[end - 1] : '';
}

/**
 * The first ASCII word character ([A-Za-z0-9_], what \W skips), or -1: the line patterns anchored
 * with ^\W* can only match from there, so most sentences are told apart without running them.
 */
function firstWordChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return i;
  }
  return -1;
}
const IMPERATIVE = precompiled(
  new RegExp(
    `^[^\\p{L}]*(?:${alternation(IMPERATIVE_STARTS.map(escape))})\\b(\\s+(?:our|your|us|me|this|these|it|them|my|` + `more)\\b)?`,
    'iu',
  ),
);
const FIRST_WORD = precompiled(/\p{L}+/u);
const IMPERATIVE_FIRST = new Set(IMPERATIVE_STARTS.map((p) => p.split(/[^a-z]/)[0]));
const CALL_TO_ACTION = precompiled(
  new RegExp(
    `^[^\\p{L}]*(?:${alternation(CALL_TO_ACTION_STARTS.map(escape))})\\s+(?:now|today|here|for|to|and|at|via|on|with)` + `\\b`,
    'iu',
  ),
);
const OPINION_GATE = gate(OPINION_MARKERS, EVALUATIVE_WORDS);
const OPINION = precompiled(
  new RegExp(`(?<![\\p{L}’'])(?:${alternation([...OPINION_MARKERS, ...EVALUATIVE_WORDS].map(escape))})(?![\\p{L}])`, 'u'),
);

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

/** True for bylines, reading times, tags and similar lines, very short fragments and stand-alone titles. */
export function isFurniture(sentence: string, aloneInBlock: boolean): boolean {
  const words = countWords(sentence, 9);
  if (words < 3) return true;
  const lead = firstWordChar(sentence);
  const first = lead >= 0 ? sentence[lead] : '';
  if (
    (first >= '0' && first <= '9' && READING_TIME.test(sentence)) ||
    (first === 'b' && BYLINE.test(sentence)) ||
    BOILERPLATE.test(sentence)
  )
    return true;
  const copyright = first === 'c' || first === 'C' || sentence.slice(0, lead < 0 ? sentence.length : lead).includes('©');
  if ((sentence.includes('contributed') || (copyright && /^\W*(?:[Cc]opyright|COPYRIGHT|©)/u.test(sentence))) && CREDIT_LINE.test(sentence))
    return true;
  if (endsWithTerminal(sentence)) return false;
  // A line standing alone without closing punctuation is a title, a headline or a crosshead.
  if (aloneInBlock && countWords(sentence, 15) <= 14) return true;
  return isMetadataStack(sentence);
}

/**
 * Short lines stacked without any closing punctuation ("3 min read / By our correspondent /
 * Updated 14:32"): a dateline or byline block, not a wrapped sentence, which would end in a stop.
 */
function isMetadataStack(sentence: string): boolean {
  const lines = sentence.split(/\r?\n/);
  if (lines.length < 2) return false;
  return lines.every((line) => countWords(line, 11) <= 10 && !endsWithTerminal(line.trim()));
}

/** 'drop' for instructions to the reader ("Read our explainer"), 'opinion' for other imperatives. */
export function imperativeMood(sentence: string): 'drop' | 'opinion' | undefined {
  const first = FIRST_WORD.exec(sentence)?.[0].toLowerCase();
  if (!first || !IMPERATIVE_FIRST.has(first)) return undefined;
  if (CALL_TO_ACTION.test(sentence)) return 'drop';
  const m = IMPERATIVE.exec(sentence);
  if (!m) return undefined;
  return m[1] ? 'drop' : 'opinion';
}

/** The first opinion or value-judgement marker in a lower-cased clause, if any. */
export function opinionMarker(lower: string, words: Words): string | undefined {
  return opens(words, OPINION_GATE) ? OPINION.exec(lower)?.[0] : undefined;
}
